/**
 * Stations, appointments and ratings through the API: the registry in each role's reach, the
 * stations near a resident's home, booking without overbooking (50 at once for 3 seats), cancel
 * and move up to the cut-off, check-in by code at the right desk only, the service record, the
 * one rating and its follow-up, and the satisfaction figures.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, resident, staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();

async function one(text: string, values: unknown[] = []) {
  const row = (await t.adminQuery(text, values)).rows[0];
  if (!row) throw new Error(`no row for ${text}`);
  return row;
}
const stationId = async (name: string) => Number((await one('select id from stations where name = $1', [name])).id);

const OWN_MINUTES = Array.from({ length: 60 }, (_, m) => m).filter((m) => m % 15 !== 0);
let slotsMade = 0;

/** A fresh slot of the station (tomorrow-ish unless told), made directly so each test owns its seats. */
async function newSlot(station: number, opts: { capacity?: number; inHours?: number; service?: string } = {}) {
  const startsAt = new Date(Date.now() + (opts.inHours ?? 48) * 3_600_000);
  const local = new Date(startsAt.getTime() + 8 * 3_600_000).toISOString();
  const day = local.slice(0, 10);
  // A minute of its own per call, never the seed's :00, :15, :30 or :45, so (station, service, day,
  // starts) never clashes with the demo's slots or this file's others.
  const starts = `${local.slice(11, 14)}${String(OWN_MINUTES[slotsMade++ % OWN_MINUTES.length]).padStart(2, '0')}`;
  const row = await one(
    `insert into station_slots (station_id, service, day, starts, ends, capacity)
     values ($1, $2, $3, $4::time, least($4::time + interval '30 minutes', '23:59'::time), $5)
     on conflict do nothing returning id`,
    [station, opts.service ?? 'consulting', day, starts, opts.capacity ?? 3],
  );
  return Number(row.id);
}

let jiuxiangjia: number;
let paifang: number;
let zhangLi: Client;

beforeAll(async () => {
  jiuxiangjia = await stationId('就享家乐业服务站');
  paifang = await stationId('牌坊街创贷驿站');
  zhangLi = await resident(t, '13900000001');
});

describe('the station registry', () => {
  it('shows the street every station, an agent her own, a community officer her community’s', async () => {
    const street = await staff(t, 'wangguiling');
    const all = await street.get('/api/v1/staff/stations');
    expect(all.status).toBe(200);
    const names = all.body.items.map((s: { name: string }) => s.name);
    expect(names).toEqual(
      expect.arrayContaining(['牌坊街创贷驿站', '铁橛山路社区创贷驿站', '小台后工业园创贷驿站', '就享家乐业服务站']),
    );
    expect(names.filter((n: string) => n.endsWith('就业服务点'))).toHaveLength(4);

    const agent = await staff(t, 'paifang01');
    expect((await agent.get('/api/v1/staff/stations')).body.items.map((s: { id: number }) => s.id)).toEqual([paifang]);
    const own = await agent.get(`/api/v1/staff/stations/${paifang}`);
    expect(own.status).toBe(200);
    expect(own.body.staff.map((s: { name: string }) => s.name)).toEqual(['韩冬', '冯晓燕']);
    expect(own.body.services).toEqual(['loan', 'guidance', 'training', 'consulting']);
    expect(own.body.hours).toContainEqual({ weekday: 1, opens: '09:00', closes: '12:00' });
    expect((await agent.get(`/api/v1/staff/stations/${jiuxiangjia}`)).status).toBe(404);

    const community = await staff(t, 'fuxing01');
    expect((await community.get('/api/v1/staff/stations')).body.items.map((s: { name: string }) => s.name)).toEqual([
      '复兴社区就业服务点',
    ]);
    expect((await community.get(`/api/v1/staff/stations/${paifang}`)).status).toBe(404);
    expect((await zhangLi.get('/api/v1/staff/stations')).status).toBe(403);
  });
});

describe('stations near me', () => {
  it('lists the stations within her walk, nearest first, with hours and whether open now', async () => {
    await t.adminQuery(
      `update job_profiles set max_walk_minutes = 20 where resident_id = (select id from residents where phone = '13900000001')`,
    );
    const res = await zhangLi.get('/api/v1/stations/nearby');
    expect(res.status).toBe(200);
    expect(res.body.homeAreaName).toBe('复兴社区B区');
    const items = res.body.items as { name: string; walkMinutes: number; openNow: boolean; today: unknown[] }[];
    expect(items.length).toBeGreaterThan(1);
    expect(items.every((s) => s.walkMinutes <= res.body.maxWalkMinutes)).toBe(true);
    expect(items.map((s) => s.walkMinutes)).toEqual([...items.map((s) => s.walkMinutes)].sort((a, b) => a - b));
    expect(items[0]!.name).toBe('复兴社区就业服务点');
    expect(items.map((s) => s.name)).toContain('就享家乐业服务站');
    // the industrial park is across the street, a half-hour walk
    expect(items.map((s) => s.name)).not.toContain('小台后工业园创贷驿站');
    expect(typeof items[0]!.openNow).toBe('boolean');
  });

  it('follows her walking limit when she changes it', async () => {
    const me = await one(`select id from residents where phone = '13900000001'`);
    await t.adminQuery('update job_profiles set max_walk_minutes = 60 where resident_id = $1', [me.id]);
    const far = await zhangLi.get('/api/v1/stations/nearby');
    expect(far.body.items.map((s: { name: string }) => s.name)).toContain('小台后工业园创贷驿站');
    await t.adminQuery('update job_profiles set max_walk_minutes = 20 where resident_id = $1', [me.id]);
  });
});

describe('booking', () => {
  it('shows the remaining seats, books once per key, refuses a second seat and a full slot', async () => {
    const slot = await newSlot(jiuxiangjia, { capacity: 1 });
    const before = await zhangLi.get(`/api/v1/stations/${jiuxiangjia}/slots?days=7`);
    expect(before.body.items.find((s: { id: number }) => s.id === slot).remaining).toBe(1);

    const key = randomUUID();
    const booked = await zhangLi.post(`/api/v1/stations/slots/${slot}/bookings`, {
      clientKey: key,
      purpose: '咨询灵活就业',
    });
    expect(booked.status).toBe(200);
    expect(booked.body.status).toBe('booked');
    expect(booked.body.code).toMatch(/^[0-9]{6}$/);
    expect(booked.body.changeable).toBe(true);
    const resent = await zhangLi.post(`/api/v1/stations/slots/${slot}/bookings`, { clientKey: key });
    expect(resent.body.id).toBe(booked.body.id);
    const again = await zhangLi.post(`/api/v1/stations/slots/${slot}/bookings`, { clientKey: randomUUID() });
    expect(again.status).toBe(409);

    const after = await zhangLi.get(`/api/v1/stations/${jiuxiangjia}/slots?days=7`);
    expect(after.body.items.find((s: { id: number }) => s.id === slot).remaining).toBe(0);
    const songXiuxiu = await resident(t, '13900000002');
    const full = await songXiuxiu.post(`/api/v1/stations/slots/${slot}/bookings`, { clientKey: randomUUID() });
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('SLOT_FULL');
    expect((await one('select booked from station_slots where id = $1', [slot])).booked).toBe(1);
  });

  /** `people` 代办 bookings sent at once by the street for a fresh slot of `seats`: exactly `seats` confirmed, the rest refused. */
  async function bookAtOnce(people: number, seats: number) {
    const slot = await newSlot(jiuxiangjia, { capacity: seats });
    const officer = await staff(t, 'wangguiling');
    await officer.refreshCsrf();
    const { rows } = await t.adminQuery(`select id from residents order by id limit $1`, [people]);
    expect(rows).toHaveLength(people);
    const answers = await Promise.all(
      rows.map((r) =>
        officer.post(`/api/v1/staff/stations/slots/${slot}/bookings`, {
          clientKey: randomUUID(),
          residentId: Number(r.id),
          consentMethod: 'paper',
        }),
      ),
    );
    expect(answers.filter((a) => a.status === 200)).toHaveLength(seats);
    expect(answers.filter((a) => a.status === 409 && a.body.error.code === 'SLOT_FULL')).toHaveLength(people - seats);
    expect((await one('select booked from station_slots where id = $1', [slot])).booked).toBe(seats);
    expect((await one(`select count(*)::int as n from station_appointments where slot_id = $1`, [slot])).n).toBe(seats);
    return slot;
  }

  it('never overbooks: 50 bookings at once for 3 seats confirm exactly 3', { timeout: 60_000 }, async () => {
    const slot = await bookAtOnce(50, 3);
    // each 代办 booking carries the resident's consent
    expect(
      (
        await one(
          `select count(*)::int as n from station_appointments where slot_id = $1 and assisted and consent_id is not null`,
          [slot],
        )
      ).n,
    ).toBe(3);
  });

  it('never overbooks: 200 bookings at once for 20 seats confirm exactly 20', { timeout: 120_000 }, async () => {
    // residents of the street enough for 200 (the demo has fewer): added under a compound of the street
    await t.adminQuery(
      `insert into residents (area_id, name, phone, labels, updated_at)
       select (select id from areas where level = 'compound' order by id limit 1), '排队居民' || g,
              '1370000' || lpad(g::text, 4, '0'), '{}', now()
       from generate_series(1, 200) g`,
    );
    await bookAtOnce(200, 20);
  });

  it('lets an officer book only for residents of her areas', async () => {
    const slot = await newSlot(jiuxiangjia);
    const officer = await staff(t, 'fuxing01');
    const chen = await one(`select id from residents where phone = '13900000020'`); // 铁橛山路社区
    const res = await officer.post(`/api/v1/staff/stations/slots/${slot}/bookings`, {
      clientKey: randomUUID(),
      residentId: Number(chen.id),
      consentMethod: 'paper',
    });
    expect(res.status).toBe(404);
    const noConsent = await officer.post(`/api/v1/staff/stations/slots/${slot}/bookings`, {
      clientKey: randomUUID(),
      residentId: Number(chen.id),
    });
    expect(noConsent.status).toBe(400);
  });

  it('cancels and moves before the cut-off, and gives the seat back', async () => {
    const first = await newSlot(jiuxiangjia, { capacity: 2 });
    const second = await newSlot(jiuxiangjia, { capacity: 2, inHours: 72 });
    const booked = (await zhangLi.post(`/api/v1/stations/slots/${first}/bookings`, { clientKey: randomUUID() })).body;
    const moved = await zhangLi.post(`/api/v1/me/appointments/${booked.id}/reschedule`, { slotId: second });
    expect(moved.status).toBe(200);
    expect(moved.body.slot.id).toBe(second);
    expect((await one('select booked from station_slots where id = $1', [first])).booked).toBe(0);
    expect((await one('select booked from station_slots where id = $1', [second])).booked).toBe(1);

    const cancelled = await zhangLi.post(`/api/v1/me/appointments/${booked.id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await one('select booked from station_slots where id = $1', [second])).booked).toBe(0);
    // someone else's appointment does not exist for her
    const song = await resident(t, '13900000002');
    expect((await song.post(`/api/v1/me/appointments/${booked.id}/cancel`)).status).toBe(404);
  });

  it('refuses to cancel inside the cut-off', async () => {
    const soon = await newSlot(jiuxiangjia, { inHours: 1 });
    const booked = (await zhangLi.post(`/api/v1/stations/slots/${soon}/bookings`, { clientKey: randomUUID() })).body;
    expect(booked.changeable).toBe(false);
    const res = await zhangLi.post(`/api/v1/me/appointments/${booked.id}/cancel`);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('APPOINTMENT_CUT_OFF');
  });
});

describe('the desk', () => {
  it('checks in by code at its own station only, records the service, and takes one rating', async () => {
    const slot = await newSlot(jiuxiangjia);
    const booked = (await zhangLi.post(`/api/v1/stations/slots/${slot}/bookings`, { clientKey: randomUUID() })).body;
    // the day comes: the slot is today
    await t.adminQuery(`update station_slots set day = (now() at time zone 'Asia/Shanghai')::date where id = $1`, [
      slot,
    ]);

    const otherDesk = await staff(t, 'paifang01');
    const wrongStation = await otherDesk.post(`/api/v1/staff/stations/${paifang}/check-in`, { code: booked.code });
    expect(wrongStation.status).toBe(404);
    expect(wrongStation.body.error.code).toBe('CHECK_IN_CODE_UNKNOWN');
    expect((await otherDesk.post(`/api/v1/staff/stations/${jiuxiangjia}/check-in`, { code: booked.code })).status).toBe(
      404,
    );

    const agent = await staff(t, 'jiuxiangjia01');
    const day = await agent.get(`/api/v1/staff/stations/${jiuxiangjia}/day`);
    const mine = day.body.slots.find((s: { id: number }) => s.id === slot).appointments[0];
    expect(mine.residentName).toBe('张丽');
    expect(mine.residentPhone).toBe('139****0001');
    expect(mine.code).toBeNull();

    expect((await zhangLi.post(`/api/v1/me/appointments/${booked.id}/rating`, { score: 5 })).body.error.code).toBe(
      'NOT_RATABLE_YET',
    );
    const bad = await agent.post(`/api/v1/staff/stations/${jiuxiangjia}/check-in`, { code: '12ab56' });
    expect(bad.status).toBe(400);
    const checked = await agent.post(`/api/v1/staff/stations/${jiuxiangjia}/check-in`, { code: booked.code });
    expect(checked.status).toBe(200);
    expect(checked.body.status).toBe('checked_in');
    expect((await agent.post(`/api/v1/staff/stations/${jiuxiangjia}/check-in`, { code: booked.code })).status).toBe(
      404,
    );

    const served = await agent.post(`/api/v1/staff/appointments/${booked.id}/service-record`, {
      serviceRecord: '介绍附近两个妈妈岗，已登记求职意向。',
    });
    expect(served.body.status).toBe('served');
    expect((await otherDesk.post(`/api/v1/staff/appointments/${booked.id}/no-show`)).status).toBe(404);

    const rated = await zhangLi.post(`/api/v1/me/appointments/${booked.id}/rating`, { score: 2, comment: '等了很久' });
    expect(rated.status).toBe(200);
    expect(rated.body.rating).toEqual({ score: 2, comment: '等了很久' });
    const twice = await zhangLi.post(`/api/v1/me/appointments/${booked.id}/rating`, { score: 5 });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('ALREADY_RATED');
    // a low rating opens a follow-up and tells the station's agents
    const rating = await one('select follow_up_status from station_ratings where appointment_id = $1', [booked.id]);
    expect(rating.follow_up_status).toBe('open');
    const notice = await one(
      `select n.title from notifications n join users u on u.id = n.user_id
        where u.username = 'jiuxiangjia01' and n.kind = 'stations.rating' order by n.id desc limit 1`,
    );
    expect(notice.title).toBe('差评待回访：就享家乐业服务站');
  });

  it('marks a no-show only after the slot has ended', async () => {
    const slot = await newSlot(jiuxiangjia);
    const booked = (await zhangLi.post(`/api/v1/stations/slots/${slot}/bookings`, { clientKey: randomUUID() })).body;
    const agent = await staff(t, 'jiuxiangjia01');
    const early = await agent.post(`/api/v1/staff/appointments/${booked.id}/no-show`);
    expect(early.body.error.code).toBe('NO_SHOW_TOO_EARLY');
    await t.adminQuery(`update station_slots set day = day - 7 where id = $1`, [slot]);
    const missed = await agent.post(`/api/v1/staff/appointments/${booked.id}/no-show`);
    expect(missed.status).toBe(200);
    expect(missed.body.status).toBe('no_show');
  });

  it('opens slots inside the hours of a station that offers the service', async () => {
    const agent = await staff(t, 'jiuxiangjia01');
    // the next Monday at least a week away
    const d = new Date(Date.now() + 8 * 86_400_000);
    while (d.getUTCDay() !== 1) d.setUTCDate(d.getUTCDate() + 1);
    const day = d.toISOString().slice(0, 10);
    const ok = await agent.post(`/api/v1/staff/stations/${jiuxiangjia}/slots`, {
      service: 'policy',
      day,
      starts: '15:00',
      ends: '15:30',
      capacity: 4,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.remaining).toBe(4);
    const lunch = await agent.post(`/api/v1/staff/stations/${jiuxiangjia}/slots`, {
      service: 'policy',
      day,
      starts: '12:00',
      ends: '12:30',
      capacity: 4,
    });
    expect(lunch.body.error.code).toBe('SLOT_OUTSIDE_HOURS');
    const loan = await agent.post(`/api/v1/staff/stations/${jiuxiangjia}/slots`, {
      service: 'loan',
      day,
      starts: '09:00',
      ends: '09:30',
      capacity: 4,
    });
    expect(loan.body.error.code).toBe('SLOT_SERVICE_NOT_OFFERED');
    const backwards = await agent.post(`/api/v1/staff/stations/${jiuxiangjia}/slots`, {
      service: 'policy',
      day,
      starts: '10:00',
      ends: '09:30',
      capacity: 4,
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0].field).toBe('ends');
    const elsewhere = await agent.post(`/api/v1/staff/stations/${paifang}/slots`, {
      service: 'loan',
      day,
      starts: '09:00',
      ends: '09:30',
      capacity: 4,
    });
    expect(elsewhere.status).toBe(404);
  });
});

describe('satisfaction', () => {
  it('gives the rate per month and station over the stations in reach', async () => {
    const street = await staff(t, 'wangguiling');
    const res = await street.get('/api/v1/staff/stations/satisfaction?from=2026-01-01');
    expect(res.status).toBe(200);
    const rows = res.body.items as {
      stationName: string;
      rated: number;
      satisfied: number;
      communityName: string | null;
    }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.satisfied <= r.rated)).toBe(true);
    expect(rows.find((r) => r.stationName === '复兴社区就业服务点')?.communityName ?? '复兴社区').toBe('复兴社区');
    const agent = await staff(t, 'paifang01');
    const own = (await agent.get('/api/v1/staff/stations/satisfaction?from=2026-01-01')).body.items as {
      stationName: string;
    }[];
    expect(own.every((r) => r.stationName === '牌坊街创贷驿站')).toBe(true);
  });
});

describe('walk-ins at the desk', () => {
  it('gives numbers in order, calls the next waiting, serves the one called, and keeps to the agent’s own desk', async () => {
    const agent = await staff(t, 'paifang01');
    const before = (await agent.get(`/api/v1/staff/stations/${paifang}/queue`)).body.items.length as number;
    const tickets = await Promise.all(
      ['李阿姨', '王师傅', '赵大姐'].map((name) =>
        agent.post(`/api/v1/staff/stations/${paifang}/queue`, { service: 'consulting', name }),
      ),
    );
    expect(tickets.map((r) => r.status)).toEqual([200, 200, 200]);
    const numbers = tickets.map((r) => r.body.number as number).sort((a, b) => a - b);
    expect(numbers).toEqual([before + 1, before + 2, before + 3]);
    const notOffered = await agent.post(`/api/v1/staff/stations/${paifang}/queue`, { service: 'policy', name: '钱' });
    expect(notOffered.body.error.code).toBe('SLOT_SERVICE_NOT_OFFERED');

    // Someone waiting before these (an earlier run) is called first; call until one of ours comes up.
    let called = (await agent.post(`/api/v1/staff/stations/${paifang}/queue/call-next`)).body;
    while (called.number < numbers[0]!)
      called = (await agent.post(`/api/v1/staff/stations/${paifang}/queue/call-next`)).body;
    expect(called).toMatchObject({ number: numbers[0], status: 'called' });
    const notCalled = tickets.find((r) => r.body.number === numbers[1])!;
    const early = await agent.post(`/api/v1/staff/queue-tickets/${notCalled.body.id}/service-record`, {
      serviceRecord: '未叫号',
    });
    expect(early.body.error.code).toBe('TICKET_NOT_CALLED');
    const served = await agent.post(`/api/v1/staff/queue-tickets/${called.id}/service-record`, {
      serviceRecord: '讲解创业担保贷款条件',
    });
    expect(served.body).toMatchObject({ status: 'served', serviceRecord: '讲解创业担保贷款条件' });

    const other = await staff(t, 'jiuxiangjia01');
    expect((await other.get(`/api/v1/staff/stations/${paifang}/queue`)).status).toBe(404);
    expect(
      (await other.post(`/api/v1/staff/queue-tickets/${called.id}/service-record`, { serviceRecord: 'x' })).status,
    ).toBe(404);
    await agent.post(`/api/v1/staff/stations/${paifang}/queue/call-next`);
    await agent.post(`/api/v1/staff/stations/${paifang}/queue/call-next`);
    const empty = await agent.post(`/api/v1/staff/stations/${paifang}/queue/call-next`);
    expect(empty.body.error.code).toBe('QUEUE_EMPTY');
  });
});
