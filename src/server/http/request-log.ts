/**
 * The request log: Fastify's own two lines per request cost every request a
 * serialisation and a write, most of them for answers nobody reads. Here a
 * request is logged once, when it ends, if it failed (4xx, 5xx), was slow, or
 * LOG_REQUESTS=true asks for every request (docs/operations.md).
 */
import type { FastifyInstance } from 'fastify';

/** An answer slower than this is logged whatever its status. */
export const SLOW_REQUEST_MS = 1000;

export function installRequestLog(app: FastifyInstance, everyRequest: boolean): void {
  app.addHook('onResponse', async (request, reply) => {
    const ms = reply.elapsedTime;
    if (!everyRequest && reply.statusCode < 400 && ms < SLOW_REQUEST_MS) return;
    request.log.info(
      { req: request, res: { statusCode: reply.statusCode }, responseTime: Math.round(ms) },
      'request completed',
    );
  });
}
