import 'fastify';
import type { Actor } from '../core/actor';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface Session {
    userId?: number;
    createdAt?: number;
    lastSeenAt?: number;
  }
}
