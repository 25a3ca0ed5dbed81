import 'fastify';
import type { Actor } from '../core/actor';
import type { ActorRow } from '../domains/accounts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface Session {
    userId?: number;
    createdAt?: number;
    lastSeenAt?: number;
    /** The account the session names, read with it; never stored (session-store.ts). */
    actorRow?: ActorRow | null;
  }
}
