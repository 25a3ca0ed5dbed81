/**
 * What piecework keeps about one worker or one enterprise's factories, month by
 * month, for the whole file an officer opens (一人一档, SPEC §4). Work dates are
 * business days (Asia/Shanghai) already, so a month is the date's first seven
 * characters.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/client';

const monthOf = sql<string>`to_char(l.work_date, 'YYYY-MM')`;

export async function pieceworkResidentFile(db: Db, residentId: number) {
  const [factories, months] = await Promise.all([
    db
      .selectFrom('factory_workers as w')
      .innerJoin('micro_factories as f', 'f.id', 'w.factory_id')
      .select(['f.id as factory_id', 'f.name as factory_name', 'w.joined_on', 'w.left_on'])
      .where('w.resident_id', '=', residentId)
      .orderBy('w.joined_on', 'desc')
      .execute(),
    db
      .selectFrom('settlement_lines as l')
      .innerJoin('factory_workers as w', 'w.id', 'l.worker_id')
      .innerJoin('settlements as s', 's.id', 'l.settlement_id')
      .innerJoin('micro_factories as f', 'f.id', 'l.factory_id')
      .select([
        monthOf.as('month'),
        'f.id as factory_id',
        'f.name as factory_name',
        sql<number>`count(*)::int`.as('days'),
        sql<number>`coalesce(sum(l.quantity), 0)::int`.as('quantity'),
        sql<number>`coalesce(sum(l.amount_fen), 0)::int`.as('amount_fen'),
        sql<number>`coalesce(sum(l.amount_fen) filter (where s.status = 'paid'), 0)::int`.as('paid_fen'),
        sql<number>`(count(*) filter (where l.status = 'disputed'))::int`.as('disputed_days'),
      ])
      .where('w.resident_id', '=', residentId)
      .groupBy([monthOf, 'f.id', 'f.name'])
      .orderBy(monthOf, 'desc')
      .orderBy('f.id')
      .execute(),
  ]);
  return {
    factories: factories.map((f) => ({
      factoryId: f.factory_id,
      factoryName: f.factory_name,
      joinedOn: f.joined_on,
      leftOn: f.left_on,
    })),
    months: months.map((m) => ({
      month: m.month,
      factoryId: m.factory_id,
      factoryName: m.factory_name,
      days: m.days,
      quantity: m.quantity,
      amountFen: m.amount_fen,
      paidFen: m.paid_fen,
      disputedDays: m.disputed_days,
    })),
  };
}

const settlementMonth = sql<string>`to_char(s.work_date, 'YYYY-MM')`;

export async function pieceworkEnterpriseFile(db: Db, enterpriseId: number) {
  const [factories, months] = await Promise.all([
    db
      .selectFrom('micro_factories as f')
      .select([
        'f.id',
        'f.name',
        'f.status',
        sql<number>`(select count(*)::int from factory_workers w where w.factory_id = f.id and w.left_on is null)`.as(
          'workers',
        ),
      ])
      .where('f.enterprise_id', '=', enterpriseId)
      .orderBy('f.id')
      .execute(),
    db
      .selectFrom('settlements as s')
      .innerJoin('micro_factories as f', 'f.id', 's.factory_id')
      .select([
        settlementMonth.as('month'),
        'f.id as factory_id',
        'f.name as factory_name',
        sql<number>`count(*)::int`.as('days'),
        sql<number>`coalesce(sum(s.total_fen), 0)::int`.as('total_fen'),
        sql<number>`coalesce(sum(s.total_fen) filter (where s.status = 'paid'), 0)::int`.as('paid_fen'),
        sql<number>`(count(*) filter (where s.status <> 'paid'))::int`.as('unpaid_days'),
        sql<'closed' | 'confirmed' | 'paid'>`(array_agg(s.status order by s.work_date desc))[1]`.as('last_status'),
      ])
      .where('f.enterprise_id', '=', enterpriseId)
      .groupBy([settlementMonth, 'f.id', 'f.name'])
      .orderBy(settlementMonth, 'desc')
      .orderBy('f.id')
      .execute(),
  ]);
  return {
    factories: factories.map((f) => ({ id: f.id, name: f.name, status: f.status, workers: f.workers })),
    months: months.map((m) => ({
      month: m.month,
      factoryId: m.factory_id,
      factoryName: m.factory_name,
      days: m.days,
      totalFen: m.total_fen,
      paidFen: m.paid_fen,
      unpaidDays: m.unpaid_days,
      lastStatus: m.last_status,
    })),
  };
}
