/**
 * One place turns every failure into `{ error: { code, message, details } }`
 * in the caller's language. A database that cannot be reached is a 503 the
 * caller may retry; other unknown failures are logged and answered as a bare
 * INTERNAL with no internals.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERRORS, type ErrorCode, type FieldProblem, type Locale, renderMessage } from '../../shared/errors';
import { fieldLabel, problemText } from '../../shared/fields';
import { isDatabaseUnavailable } from '../db/unavailable';
import { AppError, FieldError } from '../core/app-error';
import { redactText } from './redact';

export function requestLocale(request: FastifyRequest): Locale {
  if (request.actor) return request.actor.locale;
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^en\b/i.test(header.trim()) ? 'en' : 'zh-CN';
}

function send(
  reply: FastifyReply,
  locale: Locale,
  code: ErrorCode,
  params: Record<string, string | number> = {},
  details?: unknown,
) {
  return reply.status(ERRORS[code].status).send({
    error: { code, message: renderMessage(code, locale, params), ...(details === undefined ? {} : { details }) },
  });
}

export function fieldProblems(
  issues: { path: readonly PropertyKey[]; problem: string }[],
  locale: Locale,
): FieldProblem[] {
  return issues.map(({ path, problem }) => {
    const label = fieldLabel(path, locale);
    const sep = locale === 'zh-CN' ? '' : ' ';
    return { field: path.map(String).join('.'), message: `${label}${sep}${problemText(problem, locale)}` };
  });
}

function validationReply(reply: FastifyReply, locale: Locale, problems: FieldProblem[]) {
  const fields = problems.map((p) => p.message).join(locale === 'zh-CN' ? '；' : '; ');
  return send(reply, locale, 'VALIDATION_FAILED', { fields }, problems);
}

export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, requestLocale(request), 'ROUTE_NOT_FOUND');
}

/** Seconds a client is asked to wait before retrying while the database is unavailable. */
export const DATABASE_RETRY_AFTER_S = 5;

export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError | AppError | FieldError, request, reply) => {
    const locale = requestLocale(request);
    if (isDatabaseUnavailable(error)) {
      // One line, no stack: during an outage every request says the same.
      request.log.warn({ reason: redactText(error.message) }, 'database unavailable');
      // The session could not be saved either: keep the stored one as it was rather than fail
      // this answer a second time (a second error would bypass this handler).
      (request as { session?: unknown }).session = undefined;
      reply.header('retry-after', String(DATABASE_RETRY_AFTER_S));
      return send(reply, locale, 'DATABASE_UNAVAILABLE');
    }
    if (error instanceof AppError) return send(reply, locale, error.code, error.params, error.details);
    if (error instanceof FieldError) {
      return validationReply(
        reply,
        locale,
        fieldProblems([{ path: error.field ? error.field.split('.') : [], problem: error.problem }], locale),
      );
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const problems = fieldProblems(
        error.validation.map((v) => {
          const base = v.instancePath.split('/').filter(Boolean);
          // unrecognized_keys names the keys in params, not in the path
          const keys = (v.params as { keys?: string[] }).keys;
          return { path: keys?.length ? [...base, keys[0]!] : base, problem: v.message ?? 'invalid' };
        }),
        locale,
      );
      return validationReply(reply, locale, problems);
    }
    const fe = error as FastifyError;
    if (fe.code === 'FST_CSRF_INVALID_TOKEN' || fe.code === 'FST_CSRF_MISSING_SECRET')
      return send(reply, locale, 'CSRF_INVALID');
    if (fe.statusCode === 429) return send(reply, locale, 'RATE_LIMITED');
    if (fe.statusCode === 413 || fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return send(reply, locale, 'PAYLOAD_TOO_LARGE');
    if (fe.statusCode === 415 || fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
      return send(reply, locale, 'UNSUPPORTED_MEDIA_TYPE');
    if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) return send(reply, locale, 'BAD_REQUEST');
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, locale, 'INTERNAL');
  });
}
