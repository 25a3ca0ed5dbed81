/**
 * Sessions live in PostgreSQL so any app process behind a load balancer can
 * serve any request, and logging out (or locking a user) ends the session
 * everywhere at once.
 *
 * Reading a session reads the account it names in the same query (`actorRow`, which auth.ts turns into
 * the request's actor): one round trip for who is asking, nothing cached between requests. The row is
 * never written back.
 */
import type { SessionStore } from '@fastify/session';
import type { Db } from '../db/client';
import { loadSessionWithActor } from '../domains/accounts';

export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60 * 1000;
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;

export function createSessionStore(db: Db): SessionStore {
  return {
    set(sid, session, callback) {
      const data = JSON.parse(JSON.stringify(session)) as Record<string, unknown>;
      delete data.actorRow;
      const userId = typeof data.userId === 'number' ? data.userId : null;
      const expires = session.cookie.expires
        ? new Date(session.cookie.expires)
        : new Date(Date.now() + ABSOLUTE_TIMEOUT_MS);
      db.insertInto('sessions')
        .values({ sid, user_id: userId, data: JSON.stringify(data), expires_at: expires })
        .onConflict((oc) =>
          oc.column('sid').doUpdateSet({ user_id: userId, data: JSON.stringify(data), expires_at: expires }),
        )
        .execute()
        .then(() => callback(), callback);
    },
    get(sid, callback) {
      loadSessionWithActor(db, sid, new Date()).then(
        (row) => callback(null, (row ? { ...(row.data as object), actorRow: row.actor } : null) as never),
        (err: unknown) => callback(err),
      );
    },
    destroy(sid, callback) {
      db.deleteFrom('sessions')
        .where('sid', '=', sid)
        .execute()
        .then(() => callback(), callback);
    },
  };
}
