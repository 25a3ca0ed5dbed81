/** The signed-in user's inbox: their own notices only, so no area scope applies. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { errorBody, idParam } from '../../../shared/schemas/common';
import { notificationPage, notificationQuery, unreadCount } from '../../../shared/schemas/notifications';
import type { Deps } from '../../context';
import { notFound } from '../../core/app-error';
import { actorContext } from '../../http/auth';
import { pageWithTotal } from '../../db/paging';
import { isNoticeTemplate, type NoticeText, renderNotice } from '../../platform/notice-texts';

const tags = ['notifications'];
const errors = { 401: errorBody, 404: errorBody };

export async function notificationsRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/notifications',
    { schema: { tags, querystring: notificationQuery, response: { 200: notificationPage, ...errors } } },
    async (request) => {
      const { actor } = actorContext(request, deps);
      const { page, pageSize, unread } = request.query;
      let base = deps.db.selectFrom('notifications').where('user_id', '=', actor.userId);
      if (unread === 'true') base = base.where('read_at', 'is', null);
      const [{ rows, total }, unreadRow] = await Promise.all([
        pageWithTotal(
          base
            .select(['id', 'kind', 'title', 'body', 'template', 'params', 'link', 'data', 'created_at', 'read_at'])
            .orderBy('created_at', 'desc')
            .orderBy('id', 'desc')
            .limit(pageSize)
            .offset((page - 1) * pageSize)
            .execute(),
          base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
        ),
        deps.db
          .selectFrom('notifications')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('user_id', '=', actor.userId)
          .where('read_at', 'is', null)
          .executeTakeFirstOrThrow(),
      ]);
      return {
        items: rows.map((n) => ({
          id: n.id,
          kind: n.kind,
          // in the reader's language; a notice stored before templates (or whose template is gone) as it was written
          ...(n.template && isNoticeTemplate(n.template)
            ? renderNotice({ template: n.template, params: (n.params ?? {}) as NoticeText['params'] }, actor.locale)
            : { title: n.title, body: n.body }),
          link: n.link,
          data: (n.data ?? {}) as Record<string, unknown>,
          createdAt: n.created_at.toISOString(),
          readAt: n.read_at ? n.read_at.toISOString() : null,
        })),
        total,
        unread: unreadRow.n,
        page,
        pageSize,
      };
    },
  );
  r.get(
    '/api/v1/notifications/unread-count',
    { schema: { tags, response: { 200: unreadCount, ...errors } } },
    async (request) => {
      const { actor } = actorContext(request, deps);
      const row = await deps.db
        .selectFrom('notifications')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('user_id', '=', actor.userId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow();
      return { unread: row.n };
    },
  );
  // Marking read is idempotent: a second call keeps the first time.
  r.post(
    '/api/v1/notifications/:id/read',
    { schema: { tags, params: idParam, response: { 200: unreadCount, ...errors } } },
    async (request) => {
      const { actor } = actorContext(request, deps);
      const row = await deps.db
        .updateTable('notifications')
        .set({ read_at: sql<Date>`coalesce(read_at, now())` })
        .where('id', '=', request.params.id)
        .where('user_id', '=', actor.userId)
        .returning('id')
        .executeTakeFirst();
      if (!row) throw notFound();
      const count = await deps.db
        .selectFrom('notifications')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('user_id', '=', actor.userId)
        .where('read_at', 'is', null)
        .executeTakeFirstOrThrow();
      return { unread: count.n };
    },
  );
  r.post(
    '/api/v1/notifications/read-all',
    { schema: { tags, response: { 200: unreadCount, ...errors } } },
    async (request) => {
      const { actor } = actorContext(request, deps);
      await deps.db
        .updateTable('notifications')
        .set({ read_at: new Date() })
        .where('user_id', '=', actor.userId)
        .where('read_at', 'is', null)
        .execute();
      return { unread: 0 };
    },
  );
}
