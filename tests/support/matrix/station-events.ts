/**
 * Station events: a resident reads every event and acts on her own registrations; an employer takes
 * a booth for her own enterprise; officers read the events of the stations in their areas, and a
 * station's agent those of her station; the street and the agent open events and work the door.
 */
import { randomUUID } from 'node:crypto';
import { allowed, type MatrixRow, type Who } from '../authorisation-matrix';
import type { World } from './world';

const READERS = ['community_officer', 'street_officer', 'station_agent'] as const;
const KEEPERS = ['street_officer', 'station_agent'] as const;
const R = ['resident'] as const;

export async function stationEventsRows(w: World): Promise<MatrixRow[]> {
  const station = (name: string) => w.id(`select id from stations where name = $1`, [name]);
  const paifang = await station('牌坊街创贷驿站');
  const jiuxiangjia = await station('就享家乐业服务站');
  const fuxingPoint = await station('复兴社区就业服务点');
  const elsewhere = await w.id(
    `insert into stations (area_id, name, kind, address, services) values ($1, '矩阵活动站', 'service_station', '矩阵街道', '{consulting}') returning id`,
    [w.elsewhere.street],
  );
  // An event `days` from today (Shanghai) open all day, so today's door is open.
  const event = (stationId: number, days: number, kind: 'policy_briefing' | 'job_fair' = 'policy_briefing') =>
    w.id(
      `insert into station_events (station_id, kind, title, day, starts, ends, capacity, booths)
       values ($1, $2, '矩阵活动', (now() at time zone 'Asia/Shanghai')::date + $3::int, '00:00', '23:59', 50, $4)
       returning id`,
      [stationId, kind, days, kind === 'job_fair' ? 5 : null],
    );
  let codes = 0;
  const registration = async (eventId: number, residentId: number, status: 'registered' | 'offered') => {
    const id = await w.id(
      `insert into station_event_registrations (event_id, resident_id, status, code, client_key, offered_until)
       values ($1, $2, $3::text, $4, $5, case when $3::text = 'offered' then now() + interval '1 day' end) returning id`,
      [eventId, residentId, status, `66${String(codes++).padStart(4, '0')}`, randomUUID()],
    );
    await w.t.adminQuery(`update station_events set taken = taken + 1 where id = $1`, [eventId]);
    return id;
  };
  const codeOf = async (id: number) =>
    String((await w.t.adminQuery(`select code from station_event_registrations where id = $1`, [id])).rows[0].code);

  const { zhangLi, songXiuxiu, chenPengfei } = w.residents;
  const later = await event(jiuxiangjia, 5);
  const publicFace = { other: { inScope: { id: later }, outOfScope: { id: w.missing } } };
  const hers = await registration(later, songXiuxiu, 'registered');
  const own = (id: number) => ({ other: { inScope: { id }, outOfScope: { id: hers } } });
  const toCancel = await registration(later, zhangLi, 'registered');
  const toConfirm = await registration(await event(jiuxiangjia, 6), zhangLi, 'offered');
  const fair = await event(jiuxiangjia, 7, 'job_fair');

  // The staff's events: the community officer's point vs another; the street's vs another street's; the agent's own vs the street's.
  const staffSubjects = async (days: number) => {
    const at = { fuxing: await event(fuxingPoint, days), paifang: await event(paifang, days) };
    const street = { jiuxiangjia: await event(jiuxiangjia, days), elsewhere: await event(elsewhere, days) };
    return {
      ids: { ...at, ...street },
      subjects: {
        other: { inScope: { id: at.fuxing }, outOfScope: { id: at.paifang } },
        street_officer: { inScope: { id: street.jiuxiangjia }, outOfScope: { id: street.elsewhere } },
        station_agent: { inScope: { id: at.paifang }, outOfScope: { id: street.jiuxiangjia } },
      },
    };
  };
  const read = await staffSubjects(2);
  const door = await staffSubjects(0);
  const doorCode: Partial<Record<Who, string>> = {
    station_agent: await codeOf(await registration(door.ids.paifang, chenPengfei, 'registered')),
    street_officer: await codeOf(await registration(door.ids.jiuxiangjia, chenPengfei, 'registered')),
  };
  const stationSubjects = {
    other: { inScope: { id: jiuxiangjia }, outOfScope: { id: elsewhere } },
    station_agent: { inScope: { id: paifang }, outOfScope: { id: jiuxiangjia } },
  };

  return [
    { method: 'GET', path: '/api/v1/events', expect: allowed(R) },
    { method: 'GET', path: '/api/v1/events/{id}', subjects: publicFace, expect: allowed(R) },
    { method: 'GET', path: '/api/v1/events/{id}/posts', subjects: publicFace, expect: allowed(R) },
    {
      method: 'POST',
      path: '/api/v1/events/{id}/registrations',
      subjects: { other: { inScope: { id: fair }, outOfScope: { id: w.missing } } },
      patch: () => ({ clientKey: randomUUID() }),
      expect: allowed(R),
    },
    { method: 'GET', path: '/api/v1/me/event-registrations', expect: allowed(R) },
    { method: 'POST', path: '/api/v1/me/event-registrations/{id}/cancel', subjects: own(toCancel), expect: allowed(R) },
    {
      method: 'POST',
      path: '/api/v1/me/event-registrations/{id}/confirm',
      subjects: own(toConfirm),
      expect: allowed(R),
    },
    { method: 'GET', path: '/api/v1/employer/fairs', residentAs: 'owner', expect: allowed(R) },
    {
      method: 'POST',
      path: '/api/v1/employer/fairs/{id}/booths',
      residentAs: 'owner',
      subjects: { other: { inScope: { id: fair }, outOfScope: { id: fair } } },
      // her own factory's booth, or a restaurant that is not hers
      body: (_who: Who, where: 'inScope' | 'outOfScope') => ({
        enterpriseId: where === 'inScope' ? w.enterprises.jinhua : w.enterprises.pengfei,
      }),
      expect: allowed(R),
    },
    { method: 'GET', path: '/api/v1/staff/events', expect: allowed(READERS) },
    {
      method: 'POST',
      path: '/api/v1/staff/stations/{id}/events',
      subjects: stationSubjects,
      body: {
        kind: 'policy_briefing',
        title: '矩阵推介会',
        day: '2099-12-28',
        starts: '09:00',
        ends: '10:00',
        capacity: 5,
      },
      expect: allowed(KEEPERS),
    },
    { method: 'GET', path: '/api/v1/staff/events/{id}', subjects: read.subjects, expect: allowed(READERS) },
    {
      method: 'POST',
      path: '/api/v1/staff/events/{id}/check-in',
      subjects: door.subjects,
      body: (who: Who) => ({ code: doorCode[who] ?? '000000' }),
      expect: allowed(['station_agent', 'street_officer']),
    },
  ];
}
