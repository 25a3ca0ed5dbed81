import { sql } from 'kysely';
import type { Db } from '../../db/client';
import { pageWithTotal } from '../../db/paging';

/** One page of a user's notices, newest first, with the page's total. */
export function listNotifications(db: Db, userId: number, f: { unreadOnly: boolean; page: number; pageSize: number }) {
  let base = db.selectFrom('notifications').where('user_id', '=', userId);
  if (f.unreadOnly) base = base.where('read_at', 'is', null);
  return pageWithTotal(
    base
      .select(['id', 'kind', 'title', 'body', 'template', 'params', 'link', 'data', 'created_at', 'read_at'])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  );
}

export async function countUnread(db: Db, userId: number): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Marks one notice read, keeping the first time; undefined when the user holds no such notice. */
export function markRead(db: Db, userId: number, id: number) {
  return db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`coalesce(read_at, now())` })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .returning('id')
    .executeTakeFirst();
}

export async function markAllRead(db: Db, userId: number, at: Date): Promise<void> {
  await db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .execute();
}
