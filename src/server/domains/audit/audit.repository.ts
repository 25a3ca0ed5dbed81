import { sql } from 'kysely';
import type { Db } from '../../db/client';
import { pageWithTotal } from '../../db/paging';

export async function listAuditEvents(
  db: Db,
  f: {
    action?: string | undefined;
    actorId?: number | undefined;
    actor?: string | undefined;
    targetType?: string | undefined;
    targetId?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    page: number;
    pageSize: number;
  },
) {
  let q = db.selectFrom('audit_events');
  if (f.action) q = q.where('action', 'like', `${f.action.replace(/[\\%_]/g, '\\$&')}%`);
  if (f.actorId) q = q.where('actor_user_id', '=', f.actorId);
  if (f.actor) {
    // The name recorded with the event, or the account's current name or username.
    const like = `%${f.actor.replace(/[\\%_]/g, '\\$&')}%`;
    q = q.where((eb) =>
      eb.or([
        eb('actor_name', 'ilike', like),
        eb(
          'actor_user_id',
          'in',
          eb
            .selectFrom('users')
            .select('users.id')
            .where((u) => u.or([u('users.username', 'ilike', like), u('users.display_name', 'ilike', like)])),
        ),
      ]),
    );
  }
  if (f.targetType) q = q.where('target_type', '=', f.targetType);
  if (f.targetId) q = q.where('target_id', '=', f.targetId);
  if (f.from) q = q.where('at', '>=', new Date(f.from));
  if (f.to) q = q.where('at', '<', new Date(f.to));
  return pageWithTotal(
    q
      .select([
        'id',
        'at',
        'actor_user_id',
        'actor_name',
        'actor_role',
        'action',
        'target_type',
        'target_id',
        'ip',
        'before',
        'after',
        'hash',
      ])
      .orderBy('id', 'desc')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  );
}
