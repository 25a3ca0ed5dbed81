/** The signed-in user's inbox: their own notices only, so no area scope applies. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBody, idParam } from '../../../shared/schemas/common';
import { notificationPage, notificationQuery, unreadCount } from '../../../shared/schemas/notifications';
import type { Deps } from '../../context';
import { actorContext } from '../../http/auth';
import * as inbox from './inbox.service';

const tags = ['notifications'];
const errors = { 401: errorBody, 404: errorBody };

export async function notificationsRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/notifications',
    { schema: { tags, querystring: notificationQuery, response: { 200: notificationPage, ...errors } } },
    (request) => inbox.listInbox(actorContext(request, deps), request.query),
  );
  r.get(
    '/api/v1/notifications/unread-count',
    { schema: { tags, response: { 200: unreadCount, ...errors } } },
    (request) => inbox.unreadCount(actorContext(request, deps)),
  );
  // Marking read is idempotent: a second call keeps the first time.
  r.post(
    '/api/v1/notifications/:id/read',
    { schema: { tags, params: idParam, response: { 200: unreadCount, ...errors } } },
    (request) => inbox.markRead(actorContext(request, deps), request.params.id),
  );
  r.post('/api/v1/notifications/read-all', { schema: { tags, response: { 200: unreadCount, ...errors } } }, (request) =>
    inbox.markAllRead(actorContext(request, deps)),
  );
}
