/** The signed-in user's inbox: their own notices only (notifications.permissions.ts). */
import type { ActorContext } from '../../context';
import { notFound } from '../../core/app-error';
import { inboxOwner } from './notifications.permissions';
import { presentNotification } from './notifications.presenter';
import * as repo from './notifications.repository';

export async function listInbox(
  ctx: ActorContext,
  q: { page: number; pageSize: number; unread?: 'true' | 'false' | undefined },
) {
  const userId = inboxOwner(ctx.actor);
  const [{ rows, total }, unread] = await Promise.all([
    repo.listNotifications(ctx.db, userId, { unreadOnly: q.unread === 'true', page: q.page, pageSize: q.pageSize }),
    repo.countUnread(ctx.db, userId),
  ]);
  return {
    items: rows.map((n) => presentNotification(n, ctx.actor.locale)),
    total,
    unread,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function unreadCount(ctx: ActorContext) {
  return { unread: await repo.countUnread(ctx.db, inboxOwner(ctx.actor)) };
}

/** Idempotent: a second call keeps the first time a notice was read. */
export async function markRead(ctx: ActorContext, id: number) {
  const userId = inboxOwner(ctx.actor);
  if (!(await repo.markRead(ctx.db, userId, id))) throw notFound();
  return { unread: await repo.countUnread(ctx.db, userId) };
}

export async function markAllRead(ctx: ActorContext) {
  await repo.markAllRead(ctx.db, inboxOwner(ctx.actor), ctx.now);
  return { unread: 0 };
}
