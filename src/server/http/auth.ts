/**
 * Who is asking: the session names a user, the user is loaded fresh for every
 * request (so a deactivated account, a new role or scope, a logout elsewhere
 * count at once, on every app process) — in the same query as the session
 * (session-store.ts) — and the session's idle and absolute limits are enforced
 * here, on the server.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Role } from '../../shared/schemas/auth';
import type { ActorContext, Deps, ServiceContext } from '../context';
import { actorFromRow, loadActor } from '../domains/accounts';
import type { Actor } from '../core/actor';
import { AppError } from '../core/app-error';
import { ABSOLUTE_TIMEOUT_MS, IDLE_TIMEOUT_MS } from './session-store';

const TOUCH_EVERY_MS = 60_000;

export function installActorLoading(app: FastifyInstance, deps: Deps) {
  app.decorateRequest('actor', null);
  // Before validation, so a bad input is answered in the language the user saved, not only the request's header.
  app.addHook('preValidation', async (request) => {
    const session = request.session;
    const userId = session?.get('userId');
    if (!userId) return;
    const now = Date.now();
    const created = session.get('createdAt') ?? 0;
    const lastSeen = session.get('lastSeenAt') ?? 0;
    if (now - created > ABSOLUTE_TIMEOUT_MS || now - lastSeen > IDLE_TIMEOUT_MS) {
      await session.destroy();
      return;
    }
    // The account was read with the session (session-store.ts); a session without that row reads it on its own.
    const row = session.get('actorRow');
    const actor =
      row !== undefined && (row === null || row.id === userId) ? actorFromRow(row) : await loadActor(deps.db, userId);
    if (!actor) {
      await session.destroy();
      return;
    }
    // Saving on every request would write a row per request; a minute's resolution is enough for idleness.
    if (now - lastSeen > TOUCH_EVERY_MS) session.set('lastSeenAt', now);
    request.actor = actor;
  });
}

export function serviceContext(request: FastifyRequest, deps: Deps): ServiceContext {
  return { db: deps.db, cipher: deps.cipher, actor: request.actor, ip: request.ip ?? null, now: new Date() };
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}

/** A signed-in member of staff, of any role. */
export function requireStaff(request: FastifyRequest): Actor {
  const actor = requireActor(request);
  if (actor.kind !== 'staff') throw new AppError('FORBIDDEN');
  return actor;
}

/**
 * A signed-in user in one of the roles, or a refusal. While the security
 * administrator requires two-factor sign-in and this account has not set it up,
 * only the enrolment routes (which pass allowTotpEnrollment) are open.
 */
export function actorContext(
  request: FastifyRequest,
  deps: Deps,
  roles?: readonly Role[],
  options: { allowTotpEnrollment?: boolean } = {},
): ActorContext {
  const actor = requireActor(request);
  if (actor.totpEnrollmentRequired && !options.allowTotpEnrollment) throw new AppError('TOTP_ENROLLMENT_REQUIRED');
  if (roles && !roles.includes(actor.role)) throw new AppError('FORBIDDEN');
  return { ...serviceContext(request, deps), actor };
}
