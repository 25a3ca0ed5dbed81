import { type ErrorCode, type FieldProblem, type Locale, renderMessage } from '../../shared/errors';
import { fieldLabel } from '../../shared/fields';

/** A refusal with a stable code; the HTTP status comes from the table in shared/errors.ts. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: Record<string, string | number> = {},
    readonly details?: FieldProblem[] | Record<string, unknown>,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');

/**
 * A unique value (phone, 身份证, credit code) already held by a record outside the
 * caller's areas: refused under the field, without a word about who holds it or where.
 */
export function notRegistrableHere(locale: Locale, field: string): AppError {
  const params = { field: fieldLabel([field], locale) };
  return new AppError('NOT_REGISTRABLE_HERE', params, [
    { field, message: renderMessage('NOT_REGISTRABLE_HERE', locale, params) },
  ]);
}

/** A bad field found by a rule rather than a schema; rendered like a schema error. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'FieldError';
  }
}
