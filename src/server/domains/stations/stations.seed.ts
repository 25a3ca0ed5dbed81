/**
 * The stations of the demo street (SPEC §3.6, §3.4): the three 创贷驿站 and the 就享家 乐业服务站 the
 * article names — already in the registry with their agents — get their place on the map, services
 * and hours; each community gets a service point; the week ahead has slots, some booked; the
 * weeks behind have services given and rated, so the satisfaction rate means something (one low
 * rating waits for its follow-up). Days are relative to the seeding day, like the jobs' posts.
 */
import { sql } from 'kysely';
import { businessDay } from '../../../shared/dates';
import type { StationService } from '../../../shared/stations/enums';
import type { SeedContext } from '../../core/domain-module';
import { seededRandom } from '../../db/seed/random';
import { nextDay, weekdayOf } from './opening-hours';

type Hours = { weekdays: number[]; opens: string; closes: string }[];

const WEEKDAYS = [1, 2, 3, 4, 5];
const OFFICE: Hours = [
  { weekdays: WEEKDAYS, opens: '09:00', closes: '12:00' },
  { weekdays: WEEKDAYS, opens: '13:30', closes: '17:30' },
];
const SERVICE_STATION: Hours = [
  { weekdays: WEEKDAYS, opens: '08:30', closes: '12:00' },
  { weekdays: WEEKDAYS, opens: '13:30', closes: '17:30' },
  { weekdays: [6], opens: '09:00', closes: '12:00' },
];
const POINT: Hours = [
  { weekdays: WEEKDAYS, opens: '09:00', closes: '11:30' },
  { weekdays: WEEKDAYS, opens: '14:00', closes: '17:00' },
];

interface StationPlace {
  name: string;
  lat: number;
  lng: number;
  phone: string;
  services: StationService[];
  hours: Hours;
}

/** The four the foundation registered; coordinates near the demo areas (DEMO_AREAS). */
const REGISTERED: StationPlace[] = [
  {
    name: '牌坊街创贷驿站',
    lat: 35.9615,
    lng: 120.1971,
    phone: '0532-86100101',
    services: ['loan', 'guidance', 'training', 'consulting'],
    hours: OFFICE,
  },
  {
    name: '铁橛山路社区创贷驿站',
    lat: 35.9664,
    lng: 120.2055,
    phone: '0532-86100102',
    services: ['loan', 'guidance', 'training', 'consulting'],
    hours: OFFICE,
  },
  {
    name: '小台后工业园创贷驿站',
    lat: 35.9699,
    lng: 120.1879,
    phone: '0532-86100103',
    services: ['loan', 'guidance', 'training', 'consulting'],
    hours: OFFICE,
  },
  {
    name: '就享家乐业服务站',
    lat: 35.9601,
    lng: 120.1992,
    phone: '0532-86100100',
    services: ['job_matching', 'consulting', 'policy', 'social_insurance', 'training'],
    hours: SERVICE_STATION,
  },
];

/** A service point in each community's 党群服务中心, a few steps from its centre. */
const POINTS = [
  { community: '安远路社区', lat: 35.9635, lng: 120.1925, phone: '0532-86100201' },
  { community: '复兴社区', lat: 35.9584, lng: 120.2008, phone: '0532-86100202' },
  { community: '铁橛山路社区', lat: 35.9671, lng: 120.2052, phone: '0532-86100203' },
  { community: '王戈庄社区', lat: 35.9515, lng: 120.2129, phone: '0532-86100204' },
];

const CLOSURES = [
  { day: '2027-01-01', reason: '元旦' },
  ...['2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'].map((day) => ({
    day,
    reason: '春节',
  })),
];

/** Half-hour slots the stations open each working day, with their seats. */
const SLOT_TIMES = [
  ['09:00', '09:30'],
  ['09:30', '10:00'],
  ['10:00', '10:30'],
  ['14:00', '14:30'],
  ['14:30', '15:00'],
] as const;

const RECORDS = [
  '讲解创业担保贷款申请条件与所需材料，已发放材料清单。',
  '推荐附近微工厂计件岗位两个，已登记求职意向。',
  '办理灵活就业人员社保补贴咨询，指导线上申请。',
  '提供创业指导，约定下周复核经营计划。',
];
const COMMENTS = [
  '工作人员很耐心',
  '讲得很清楚，办事快',
  '',
  '离家近，方便',
  '等候时间有点长',
  '材料说得不清楚，跑了两趟',
];

export async function seedStations({ trx, areaId }: SeedContext): Promise<void> {
  const rand = seededRandom(20261207);
  const stationIds: { id: number; services: StationService[]; hours: Hours }[] = [];
  for (const s of REGISTERED) {
    const row = await trx
      .updateTable('stations')
      .set({ lat: s.lat, lng: s.lng, phone: s.phone, services: s.services })
      .where('name', '=', s.name)
      .returning('id')
      .executeTakeFirstOrThrow();
    stationIds.push({ id: row.id, services: s.services, hours: s.hours });
  }
  for (const p of POINTS) {
    const services: StationService[] = ['job_matching', 'policy', 'consulting'];
    const row = await trx
      .insertInto('stations')
      .values({
        name: `${p.community}就业服务点`,
        kind: 'community_point',
        area_id: areaId(p.community),
        address: `${p.community}党群服务中心一楼`,
        lat: p.lat,
        lng: p.lng,
        phone: p.phone,
        services,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    stationIds.push({ id: row.id, services, hours: POINT });
  }

  await trx
    .insertInto('station_hours')
    .values(
      stationIds.flatMap((s) =>
        s.hours.flatMap((h) =>
          h.weekdays.map((weekday) => ({ station_id: s.id, weekday, opens: h.opens, closes: h.closes })),
        ),
      ),
    )
    .execute();
  await trx
    .insertInto('station_closures')
    .values(stationIds.flatMap((s) => CLOSURES.map((c) => ({ station_id: s.id, ...c }))))
    .execute();

  // Slots: the three weeks behind (given and rated) and the week ahead (some booked), working days only.
  const today = businessDay(new Date());
  const slots: { station_id: number; service: string; day: string; starts: string; ends: string; capacity: number }[] =
    [];
  for (let offset = -21; offset <= 7; offset++) {
    const day = nextDay(today, offset);
    if (weekdayOf(day) > 5 || CLOSURES.some((c) => c.day === day)) continue;
    for (const s of stationIds) {
      for (const service of s.services.slice(0, 2)) {
        for (const [starts, ends] of SLOT_TIMES) {
          // the points keep mornings only
          if (s.hours === POINT && starts >= '12:00') continue;
          slots.push({ station_id: s.id, service, day, starts, ends, capacity: s.hours === POINT ? 2 : 3 });
        }
      }
    }
  }
  const slotRows = await trx
    .insertInto('station_slots')
    .values(slots)
    .returning(['id', 'station_id', 'service', 'day', sql<string>`to_char(starts, 'HH24:MI')`.as('starts')])
    .execute();

  // The people who come: the demo street's generated residents (the named ones keep their own story).
  // Most have no app yet: the station booked for them at the desk or by phone (代办), with a paper consent.
  const people = await trx
    .selectFrom('residents')
    .select('id')
    .where('phone', 'like', '138%')
    .orderBy('id')
    .limit(80)
    .execute();
  const agents = await trx
    .selectFrom('users')
    .select(['id', 'station_id'])
    .where('role', '=', 'station_agent')
    .execute();
  const agentOf = new Map(agents.map((a) => [a.station_id!, a.id]));
  const streetOfficer = await trx
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'wangguiling')
    .executeTakeFirstOrThrow();
  const usedCodes = new Set<string>();
  const code = (stationId: number) => {
    for (;;) {
      const c = String(rand.int(0, 999_999)).padStart(6, '0');
      if (!usedCodes.has(`${stationId}:${c}`)) {
        usedCodes.add(`${stationId}:${c}`);
        return c;
      }
    }
  };

  const appointments: {
    slot_id: number;
    station_id: number;
    resident_id: number;
    status: 'booked' | 'served' | 'no_show';
    code: string;
    client_key: string;
    booked_by_user_id: number;
    assisted: boolean;
    consent_id: number | null;
    checked_in_at: Date | null;
    checked_in_by_user_id: number | null;
    service_record: string | null;
    served_at: Date | null;
    served_by_user_id: number | null;
    closed_at: Date | null;
  }[] = [];
  const booked = new Map<number, number>();
  let person = 0;
  for (const slot of slotRows) {
    const past = slot.day < today;
    // About one slot in four has someone; the past ones were mostly served.
    if (rand.next() > 0.25 || people.length === 0) continue;
    const who = people[person++ % people.length]!;
    const startsAt = new Date(`${slot.day}T${slot.starts}:00+08:00`);
    const agent = agentOf.get(slot.station_id) ?? null;
    const bookedBy = agent ?? streetOfficer.id;
    const served = past && rand.next() < 0.85;
    appointments.push({
      slot_id: slot.id,
      station_id: slot.station_id,
      resident_id: who.id,
      status: past ? (served ? 'served' : 'no_show') : 'booked',
      code: code(slot.station_id),
      client_key: `00000000-0000-4000-8000-${String(slot.id).padStart(12, '0')}`,
      booked_by_user_id: bookedBy,
      assisted: true,
      consent_id: null,
      checked_in_at: served ? startsAt : null,
      checked_in_by_user_id: served ? agent : null,
      service_record: served ? rand.pick(RECORDS) : null,
      served_at: served ? new Date(startsAt.getTime() + 20 * 60_000) : null,
      served_by_user_id: served ? agent : null,
      closed_at: past ? new Date(startsAt.getTime() + 30 * 60_000) : null,
    });
    booked.set(slot.id, 1);
  }
  if (appointments.length === 0) return;
  const consents = await trx
    .insertInto('consents')
    .values(
      appointments.map((a) => ({
        resident_id: a.resident_id,
        purpose: 'station_appointment',
        scope: JSON.stringify({ stationId: a.station_id, slotId: a.slot_id }),
        method: 'paper' as const,
        recorded_by_user_id: a.booked_by_user_id,
        granted_at: new Date(),
      })),
    )
    .returning('id')
    .execute();
  appointments.forEach((a, i) => (a.consent_id = consents[i]!.id));
  const inserted = await trx
    .insertInto('station_appointments')
    .values(appointments)
    .returning(['id', 'slot_id', 'station_id', 'resident_id', 'status', 'served_at'])
    .execute();
  await trx
    .updateTable('station_slots')
    .set({ booked: 1 })
    .where('id', 'in', [...booked.keys()])
    .execute();

  // Most served residents rate; 4s and 5s mostly, and one or two low ones waiting for a follow-up.
  const areaOf = new Map(
    (await trx.selectFrom('stations').select(['id', 'area_id']).execute()).map((st) => [st.id, st.area_id]),
  );
  const ratings = inserted
    .filter((a) => a.status === 'served' && rand.next() < 0.7)
    .map((a) => {
      const roll = rand.next();
      const score = roll < 0.55 ? 5 : roll < 0.85 ? 4 : roll < 0.93 ? 3 : 2;
      return {
        subject_kind: 'appointment' as const,
        subject_id: a.id,
        appointment_id: a.id,
        station_id: a.station_id,
        area_id: areaOf.get(a.station_id)!,
        resident_id: a.resident_id,
        score,
        comment: score <= 2 ? COMMENTS[5]! : score === 3 ? COMMENTS[4]! : rand.pick(COMMENTS.slice(0, 4)),
        follow_up_status: score <= 2 ? ('open' as const) : null,
        created_at: new Date(a.served_at!.getTime() + 2 * 3_600_000),
      };
    });
  if (ratings.length > 0) await trx.insertInto('station_ratings').values(ratings).execute();
}
