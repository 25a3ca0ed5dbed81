import { ApiError } from './api-client';

/** Both antd and antd-mobile forms are rc-field-form underneath and share this method. */
interface FieldErrorTarget<Name> {
  setFields(fields: { name: Name; errors: string[] }[]): void;
  getFieldsValue(all: true): unknown;
}

/**
 * Put the server's per-field problems under the fields they name. Returns
 * true when every problem found a field on this form, so the caller knows
 * whether the general message still needs showing.
 */
export function showFieldErrors<Name>(form: FieldErrorTarget<Name>, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  const problems = error.fieldProblems;
  if (problems.length === 0) return false;
  const known = new Set(Object.keys(form.getFieldsValue(true) ?? {}));
  const byField = new Map<string, string[]>();
  for (const { field, message } of problems) byField.set(field, [...(byField.get(field) ?? []), message]);
  form.setFields(
    [...byField].filter(([name]) => known.has(name)).map(([name, errors]) => ({ name: name as Name, errors })),
  );
  return [...byField.keys()].every((name) => known.has(name));
}
