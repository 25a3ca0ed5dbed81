/**
 * Stations: a resident sees every station's public face and acts on her own appointments; officers
 * read the stations of their areas and book for residents of their areas (代办); a station agent
 * reads and works her own station's desk, the street stands in at any desk of its street. The
 * demo's agent (paifang01) works at 牌坊街创贷驿站; the community officer's point is 复兴社区就业服务点.
 */
import { randomUUID } from 'node:crypto';
import { allowed, type MatrixRow, type Who } from '../authorisation-matrix';
import type { World } from './world';

const READERS = ['community_officer', 'street_officer', 'station_agent'] as const;
const DESK = ['station_agent', 'street_officer'] as const;
const ASSIST = ['community_officer', 'street_officer'] as const;
const R = ['resident'] as const;

export async function stationsRows(w: World): Promise<MatrixRow[]> {
  const station = (name: string) => w.id(`select id from stations where name = $1`, [name]);
  const paifang = await station('牌坊街创贷驿站');
  const jiuxiangjia = await station('就享家乐业服务站');
  const fuxingPoint = await station('复兴社区就业服务点');
  const elsewhere = await w.id(
    `insert into stations (area_id, name, kind, address, services) values ($1, '矩阵服务站', 'service_station', '矩阵街道', '{consulting}') returning id`,
    [w.elsewhere.street],
  );
  let minute = 0;
  // A slot of its own at a minute no seeded slot takes, `days` from today (Shanghai).
  const slot = (stationId: number, days: number) =>
    w.id(
      `insert into station_slots (station_id, service, day, starts, ends, capacity)
       values ($1, 'consulting', (now() at time zone 'Asia/Shanghai')::date + $2::int, $3::time, $3::time + interval '5 minutes', 20)
       returning id`,
      [stationId, days, `17:${String(minute++).padStart(2, '0')}`],
    );
  let codes = 0;
  const appointment = async (slotId: number, residentId: number, status: 'booked' | 'checked_in' | 'served') => {
    const id = await w.id(
      `insert into station_appointments (slot_id, station_id, resident_id, status, code, client_key, booked_by_user_id,
         checked_in_at, service_record)
       select s.id, s.station_id, $2, $3::text, $4, $5, (select id from users where username = 'wangguiling'),
         case when $3::text in ('checked_in', 'served') then now() end, case when $3::text = 'served' then '矩阵' end
         from station_slots s where s.id = $1 returning id`,
      [slotId, residentId, status, `77${String(codes++).padStart(4, '0')}`, randomUUID()],
    );
    await w.t.adminQuery(`update station_slots set booked = booked + 1 where id = $1`, [slotId]);
    return id;
  };
  const code = async (appointmentId: number) =>
    String((await w.t.adminQuery(`select code from station_appointments where id = $1`, [appointmentId])).rows[0].code);

  const { zhangLi, songXiuxiu, chenPengfei } = w.residents;
  // The station routes: the community officer's point vs another; the street's station vs another street's;
  // the agent's own station vs the street's.
  const stationSubjects = {
    other: { inScope: { id: fuxingPoint }, outOfScope: { id: paifang } },
    street_officer: { inScope: { id: jiuxiangjia }, outOfScope: { id: elsewhere } },
    station_agent: { inScope: { id: paifang }, outOfScope: { id: jiuxiangjia } },
  };
  const publicFace = { other: { inScope: { id: jiuxiangjia }, outOfScope: { id: w.missing } } };

  // The resident's own appointments, and someone else's.
  const later = await slot(jiuxiangjia, 3);
  const laterStill = await slot(jiuxiangjia, 4);
  const moveTo = await slot(jiuxiangjia, 4);
  const toCancel = await appointment(later, zhangLi, 'booked');
  const toMove = await appointment(await slot(jiuxiangjia, 3), zhangLi, 'booked');
  const served = await appointment(await slot(jiuxiangjia, -1), zhangLi, 'served');
  const hers = await appointment(await slot(jiuxiangjia, 3), songXiuxiu, 'booked');
  const own = (id: number) => ({ other: { inScope: { id }, outOfScope: { id: hers } } });

  // The desk: today's bookings to check in, checked-in ones to record, past ones to mark missed —
  // at the agent's station, the street's and another street's.
  const desk = async (status: 'booked' | 'checked_in', days: number) => ({
    paifang: await appointment(await slot(paifang, days), chenPengfei, status),
    jiuxiangjia: await appointment(await slot(jiuxiangjia, days), chenPengfei, status),
    elsewhere: await appointment(await slot(elsewhere, days), w.elsewhere.resident, status),
  });
  const today = await desk('booked', 0);
  const checkedIn = await desk('checked_in', 0);
  const past = await desk('booked', -1);
  const deskSubjects = (a: { paifang: number; jiuxiangjia: number; elsewhere: number }) => ({
    other: { inScope: { id: a.jiuxiangjia }, outOfScope: { id: a.elsewhere } },
    station_agent: { inScope: { id: a.paifang }, outOfScope: { id: a.jiuxiangjia } },
  });
  const checkInCode: Partial<Record<Who, string>> = {
    station_agent: await code(today.paifang),
    street_officer: await code(today.jiuxiangjia),
  };
  const checkInSubjects = {
    other: { inScope: { id: jiuxiangjia }, outOfScope: { id: elsewhere } },
    station_agent: { inScope: { id: paifang }, outOfScope: { id: jiuxiangjia } },
  };

  // 代办: the slot is anyone's; the resident is in the officer's areas or not.
  const assistSlot = await slot(jiuxiangjia, 5);
  const assisted = (who: Who, where: 'inScope' | 'outOfScope') => ({
    clientKey: randomUUID(),
    consentMethod: 'paper',
    residentId:
      where === 'outOfScope'
        ? who === 'street_officer'
          ? w.elsewhere.resident
          : chenPengfei
        : who === 'street_officer'
          ? chenPengfei
          : zhangLi,
  });

  // Walk-ins: a ticket called at each desk, to serve.
  const calledTicket = async (stationId: number, n: number) =>
    w.id(
      `insert into station_queue_tickets (station_id, day, number, service, name, status, called_at, created_by_user_id)
       values ($1, (now() at time zone 'Asia/Shanghai')::date, $2, 'consulting', '矩阵', 'called', now(),
               (select id from users where username = 'wangguiling')) returning id`,
      [stationId, n],
    );
  const tickets = {
    paifang: await calledTicket(paifang, 9001),
    jiuxiangjia: await calledTicket(jiuxiangjia, 9001),
    elsewhere: await calledTicket(elsewhere, 9001),
  };
  // A waiting one at each desk, for call-next.
  for (const [stationId, n] of [
    [paifang, 9002],
    [jiuxiangjia, 9002],
  ] as const)
    await w.t.adminQuery(
      `insert into station_queue_tickets (station_id, day, number, service, name, created_by_user_id)
       values ($1, (now() at time zone 'Asia/Shanghai')::date, $2, 'consulting', '矩阵', (select id from users where username = 'wangguiling'))`,
      [stationId, n],
    );

  // Rating anything: an event 张丽 attended, and one 宋秀秀 attended (not hers).
  const attendedEvent = async (residentId: number, n: number) => {
    const eventId = await w.id(
      `insert into station_events (station_id, kind, title, day, starts, ends, capacity, taken)
       values ($1, 'policy_briefing', '矩阵推介会', (now() at time zone 'Asia/Shanghai')::date - 1, '09:00', '10:00', 5, 1)
       returning id`,
      [jiuxiangjia],
    );
    await w.t.adminQuery(
      `insert into station_event_registrations (event_id, resident_id, status, code, client_key, checked_in_at)
       values ($1, $2, 'attended', $3, $4, now())`,
      [eventId, residentId, `88${String(n).padStart(4, '0')}`, randomUUID()],
    );
    return eventId;
  };
  const ownEvent = {
    other: {
      inScope: { kind: 'event', id: await attendedEvent(zhangLi, 1) },
      outOfScope: { kind: 'event', id: await attendedEvent(songXiuxiu, 2) },
    },
  };
  // Follow-ups of low ratings: at the agent's station, at the community officer's point, at the street's station.
  let subjectIds = 990_000;
  const lowRating = (stationId: number) =>
    w.id(
      `insert into station_ratings (subject_kind, subject_id, station_id, area_id, resident_id, score, follow_up_status)
       select 'event', $2, s.id, s.area_id, $3, 1, 'open' from stations s where s.id = $1 returning id`,
      [stationId, subjectIds++, songXiuxiu],
    );
  const followUpSubjects = async () => ({
    other: { inScope: { id: await lowRating(fuxingPoint) }, outOfScope: { id: await lowRating(paifang) } },
    station_agent: { inScope: { id: await lowRating(paifang) }, outOfScope: { id: await lowRating(jiuxiangjia) } },
  });
  const KEEPERS = ['station_agent', 'community_officer'] as const;

  return [
    { method: 'GET', path: '/api/v1/me/ratings/{kind}/{id}', subjects: ownEvent, expect: allowed(R) },
    {
      method: 'POST',
      path: '/api/v1/me/ratings/{kind}/{id}',
      subjects: ownEvent,
      body: { score: 5, comment: '' },
      expect: allowed(R),
    },
    { method: 'GET', path: '/api/v1/staff/follow-ups', expect: allowed(READERS) },
    {
      method: 'POST',
      path: '/api/v1/staff/follow-ups/{id}/reveal-phone',
      subjects: await followUpSubjects(),
      expect: allowed(KEEPERS),
    },
    {
      method: 'POST',
      path: '/api/v1/staff/follow-ups/{id}/close',
      subjects: await followUpSubjects(),
      body: { note: '矩阵回访' },
      expect: allowed(KEEPERS),
    },
    { method: 'GET', path: '/api/v1/stations/nearby', expect: allowed(R) },
    { method: 'GET', path: '/api/v1/stations/{id}', subjects: publicFace, expect: allowed(R) },
    { method: 'GET', path: '/api/v1/stations/{id}/slots', subjects: publicFace, expect: allowed(R) },
    {
      method: 'POST',
      path: '/api/v1/stations/slots/{id}/bookings',
      subjects: { other: { inScope: { id: laterStill }, outOfScope: { id: w.missing } } },
      patch: () => ({ clientKey: randomUUID() }),
      expect: allowed(R),
    },
    { method: 'GET', path: '/api/v1/me/appointments', expect: allowed(R) },
    { method: 'POST', path: '/api/v1/me/appointments/{id}/cancel', subjects: own(toCancel), expect: allowed(R) },
    {
      method: 'POST',
      path: '/api/v1/me/appointments/{id}/reschedule',
      subjects: own(toMove),
      body: { slotId: moveTo },
      expect: allowed(R),
    },
    {
      method: 'POST',
      path: '/api/v1/me/appointments/{id}/rating',
      subjects: own(served),
      body: { score: 4, comment: '' },
      expect: allowed(R),
    },
    { method: 'GET', path: '/api/v1/staff/stations', expect: allowed(READERS) },
    { method: 'GET', path: '/api/v1/staff/stations/satisfaction', expect: allowed(READERS) },
    { method: 'GET', path: '/api/v1/staff/stations/overview', expect: allowed(READERS) },
    { method: 'GET', path: '/api/v1/staff/stations/{id}', subjects: stationSubjects, expect: allowed(READERS) },
    { method: 'GET', path: '/api/v1/staff/stations/{id}/slots', subjects: stationSubjects, expect: allowed(READERS) },
    { method: 'GET', path: '/api/v1/staff/stations/{id}/day', subjects: stationSubjects, expect: allowed(READERS) },
    {
      method: 'POST',
      path: '/api/v1/staff/stations/{id}/slots',
      subjects: checkInSubjects,
      body: { service: 'consulting', day: '2099-12-28', starts: '09:00', ends: '09:30', capacity: 2 },
      expect: allowed(['street_officer', 'station_agent']),
    },
    {
      method: 'POST',
      path: '/api/v1/staff/stations/{id}/check-in',
      subjects: checkInSubjects,
      body: (who: Who) => ({ code: checkInCode[who] ?? '000000' }),
      expect: allowed(DESK),
    },
    {
      method: 'POST',
      path: '/api/v1/staff/appointments/{id}/service-record',
      subjects: deskSubjects(checkedIn),
      body: { serviceRecord: '矩阵服务记录' },
      expect: allowed(DESK),
    },
    {
      method: 'POST',
      path: '/api/v1/staff/appointments/{id}/no-show',
      subjects: deskSubjects(past),
      expect: allowed(DESK),
    },
    {
      method: 'POST',
      path: '/api/v1/staff/stations/slots/{id}/bookings',
      subjects: { other: { inScope: { id: assistSlot }, outOfScope: { id: assistSlot } } },
      body: assisted,
      expect: allowed(ASSIST),
    },
    { method: 'GET', path: '/api/v1/staff/stations/{id}/queue', subjects: checkInSubjects, expect: allowed(DESK) },
    {
      method: 'POST',
      path: '/api/v1/staff/stations/{id}/queue',
      subjects: checkInSubjects,
      body: { service: 'consulting', name: '矩阵来访' },
      expect: allowed(DESK),
    },
    {
      method: 'POST',
      path: '/api/v1/staff/stations/{id}/queue/call-next',
      subjects: checkInSubjects,
      expect: allowed(DESK),
    },
    {
      method: 'POST',
      path: '/api/v1/staff/queue-tickets/{id}/service-record',
      subjects: deskSubjects(tickets),
      body: { serviceRecord: '矩阵服务记录' },
      expect: allowed(DESK),
    },
  ];
}
