/**
 * The demo street's events (SPEC §3.6): a 政策宣传推介会 at the 就享家 乐业服务站 whose seats are all
 * taken and two residents waiting, and a spring job fair there with booths for 窦金花's factory,
 * 青岛奥合源 and 陈鹏飞's two restaurants, a few residents registered. Days follow the seeding day.
 */
import { businessDay } from '../../../shared/dates';
import type { SeedContext } from '../../core/domain-module';
import { nextDay } from './opening-hours';

const BRIEFING_SEATS = 6;
const FAIR_EXHIBITORS = ['金花粉扑包装微工厂', '青岛奥合源服装有限公司', '鹏飞家常菜馆', '鹏飞水饺馆'];

export async function seedEvents({ trx }: SeedContext): Promise<void> {
  const today = businessDay(new Date());
  const station = await trx
    .selectFrom('stations')
    .select('id')
    .where('name', '=', '就享家乐业服务站')
    .executeTakeFirstOrThrow();
  const street = await trx
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'wangguiling')
    .executeTakeFirstOrThrow();
  // The generated residents of the street (the named ones keep their own story).
  const people = await trx
    .selectFrom('residents')
    .select('id')
    .where('phone', 'like', '138%')
    .orderBy('id', 'desc')
    .limit(BRIEFING_SEATS + 2 + 10)
    .execute();

  const briefing = await trx
    .insertInto('station_events')
    .values({
      station_id: station.id,
      kind: 'policy_briefing',
      title: '创业担保贷款政策宣传推介会',
      description: '讲解创业担保贷款、一次性创业补贴和灵活就业社保补贴的申请条件与材料，现场答疑。',
      day: nextDay(today, 4),
      starts: '14:30',
      ends: '16:00',
      capacity: BRIEFING_SEATS,
      taken: Math.min(BRIEFING_SEATS, people.length),
      confirm_hours: 24,
      created_by_user_id: street.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const fair = await trx
    .insertInto('station_events')
    .values({
      station_id: station.id,
      kind: 'job_fair',
      title: '珠海街道春季招聘会',
      description: '辖区微工厂、服装企业和餐饮店现场招聘，计件、灵活时段和妈妈岗均有。',
      day: nextDay(today, 9),
      starts: '09:00',
      ends: '11:30',
      capacity: 200,
      taken: Math.max(0, Math.min(10, people.length - BRIEFING_SEATS - 2)),
      booths: 20,
      booths_taken: FAIR_EXHIBITORS.length,
      confirm_hours: 24,
      created_by_user_id: street.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();

  const registrations = people.map((p, i) => {
    const forBriefing = i < BRIEFING_SEATS + 2;
    return {
      event_id: forBriefing ? briefing.id : fair.id,
      resident_id: p.id,
      status: forBriefing && i >= BRIEFING_SEATS ? ('waitlisted' as const) : ('registered' as const),
      code: String(100_000 + i * 7_919).slice(-6),
      client_key: `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
    };
  });
  if (registrations.length > 0) await trx.insertInto('station_event_registrations').values(registrations).execute();

  const exhibitors = await trx
    .selectFrom('enterprises as e')
    .select([
      'e.id',
      (eb) =>
        eb
          .selectFrom('enterprise_members as m')
          .select('m.user_id')
          .whereRef('m.enterprise_id', '=', 'e.id')
          .orderBy('m.user_id')
          .limit(1)
          .as('owner'),
    ])
    .where('e.name', 'in', FAIR_EXHIBITORS)
    .execute();
  await trx
    .insertInto('station_event_booths')
    .values(
      exhibitors.map((e) => ({ event_id: fair.id, enterprise_id: e.id, registered_by_user_id: e.owner ?? street.id })),
    )
    .execute();
  await trx.updateTable('station_events').set({ booths_taken: exhibitors.length }).where('id', '=', fair.id).execute();
}
