/**
 * Events through the API: registration with seats, the waitlist and its promotion when a seat is
 * given back, the offer's time to confirm lapsing (the task with its own clock), the door's
 * check-in by code at the right desk on the day, and a job fair's booths and posts.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, resident, staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';
import { lapseOffers } from './events.service';

const t = useTestApp();

let jiuxiangjia: number;
let street: Client;

/** A Shanghai calendar day `days` from now, and a clock time `minutes` from now (today's events). */
const shanghai = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString();
const dayFromNow = (days: number) => shanghai(Date.now() + days * 86_400_000).slice(0, 10);

async function newEvent(input: Record<string, unknown>) {
  const res = await street.post(`/api/v1/staff/stations/${jiuxiangjia}/events`, {
    kind: 'policy_briefing',
    title: '创业担保贷款政策宣传推介会',
    day: dayFromNow(3),
    starts: '14:00',
    ends: '16:00',
    capacity: 2,
    confirmHours: 2,
    ...input,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as { id: number };
}

const register = (c: Client, id: number, clientKey = randomUUID()) =>
  c.post(`/api/v1/events/${id}/registrations`, { clientKey });

beforeAll(async () => {
  jiuxiangjia = Number((await t.adminQuery(`select id from stations where name = '就享家乐业服务站'`)).rows[0].id);
  street = await staff(t, 'wangguiling');
});

describe('registering for an event', () => {
  it('fills the seats, then waitlists in order; a seat given back goes to the first who waits, who confirms', async () => {
    const event = await newEvent({});
    const [a, b, c, d] = await Promise.all(
      ['13900000001', '13900000002', '13900000030', '13900000040'].map((p) => resident(t, p)),
    );
    const key = randomUUID();
    const first = await register(a!, event.id, key);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'registered', position: null });
    expect(first.body.code).toMatch(/^[0-9]{6}$/);
    // a resend answers the first; registering again is refused
    expect((await register(a!, event.id, key)).body.id).toBe(first.body.id);
    const again = await register(a!, event.id);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ALREADY_REGISTERED');

    expect((await register(b!, event.id)).body.status).toBe('registered');
    const third = await register(c!, event.id);
    expect(third.body).toMatchObject({ status: 'waitlisted', position: 1, code: null });
    const fourth = await register(d!, event.id);
    expect(fourth.body).toMatchObject({ status: 'waitlisted', position: 2 });
    expect((await a!.get(`/api/v1/events/${event.id}`)).body).toMatchObject({ remaining: 0, waitlisted: 2 });

    // A gives her seat back: C is offered it, with a notice and a time to confirm; D moves up.
    const cancelled = await a!.post(`/api/v1/me/event-registrations/${first.body.id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    const offered = (await c!.get('/api/v1/me/event-registrations')).body.items.find(
      (r: { id: number }) => r.id === third.body.id,
    );
    expect(offered.status).toBe('offered');
    expect(new Date(offered.offeredUntil).getTime()).toBeGreaterThan(Date.now() + 3_500_000);
    const inbox = await c!.get('/api/v1/notifications');
    expect(inbox.body.items.map((n: { kind: string }) => n.kind)).toContain('stations.event.offered');
    expect((await d!.get(`/api/v1/events/${event.id}`)).body.mine).toMatchObject({ status: 'waitlisted', position: 1 });

    const confirmed = await c!.post(`/api/v1/me/event-registrations/${third.body.id}/confirm`);
    expect(confirmed.body).toMatchObject({ status: 'registered', offeredUntil: null });
    expect(confirmed.body.code).toMatch(/^[0-9]{6}$/);
    // someone else's registration does not exist for her
    expect((await d!.post(`/api/v1/me/event-registrations/${third.body.id}/cancel`)).status).toBe(404);
  });

  it('lets an unconfirmed offer lapse when its time passes and moves the seat on', async () => {
    const event = await newEvent({ capacity: 1 });
    const [a, b, c] = await Promise.all(['13900000050', '13900000051', '13900000052'].map((p) => resident(t, p)));
    const held = (await register(a!, event.id)).body;
    const waiting = (await register(b!, event.id)).body;
    const last = (await register(c!, event.id)).body;
    await a!.post(`/api/v1/me/event-registrations/${held.id}/cancel`);
    expect((await b!.get(`/api/v1/events/${event.id}`)).body.mine.status).toBe('offered');

    // Nothing lapses before the time; after it, B's offer lapses and C is offered the seat.
    expect((await lapseOffers(t.db, new Date())).lapsed).toBe(0);
    await lapseOffers(t.db, new Date(Date.now() + 2 * 3_600_000 + 60_000));
    expect((await b!.get('/api/v1/me/event-registrations')).body.items[0]).toMatchObject({
      id: waiting.id,
      status: 'lapsed',
    });
    const late = await b!.post(`/api/v1/me/event-registrations/${waiting.id}/confirm`);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('OFFER_LAPSED');
    expect((await c!.get(`/api/v1/events/${event.id}`)).body.mine).toMatchObject({ id: last.id, status: 'offered' });
  });

  it('refuses an event that has started, and staff read the events of their stations only', async () => {
    const event = await newEvent({ day: dayFromNow(1) });
    await t.adminQuery(`update station_events set day = $2 where id = $1`, [event.id, dayFromNow(-1)]);
    const zhang = await resident(t, '13900000001');
    const closed = await register(zhang, event.id);
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('EVENT_CLOSED');
    const paifangAgent = await staff(t, 'paifang01');
    expect((await paifangAgent.get(`/api/v1/staff/events/${(await newEvent({})).id}`)).status).toBe(404);
  });
});

describe('the door', () => {
  it('checks in a confirmed seat by its code on the day, at the event’s own station only', async () => {
    const soon = shanghai(Date.now() + 10 * 60_000);
    if (soon.slice(0, 10) !== dayFromNow(0) || soon.slice(11, 16) >= '23:50') return; // no event can start today any more
    const event = await newEvent({ day: soon.slice(0, 10), starts: soon.slice(11, 16), ends: '23:59', capacity: 1 });
    const [a, b] = await Promise.all([resident(t, '13900000001'), resident(t, '13900000002')]);
    const held = (await register(a, event.id)).body;
    const waiting = (await register(b, event.id)).body;
    const waitingCode = (await t.adminQuery(`select code from station_event_registrations where id = $1`, [waiting.id]))
      .rows[0].code;

    expect(
      (await (await staff(t, 'paifang01')).post(`/api/v1/staff/events/${event.id}/check-in`, { code: held.code }))
        .status,
    ).toBe(404);
    const agent = await staff(t, 'jiuxiangjia01');
    const unknown = await agent.post(`/api/v1/staff/events/${event.id}/check-in`, {
      code: held.code === '000000' ? '000001' : '000000',
    });
    expect(unknown.body.error.code).toBe('CHECK_IN_CODE_UNKNOWN');
    const noSeat = await agent.post(`/api/v1/staff/events/${event.id}/check-in`, { code: waitingCode });
    expect(noSeat.body.error.code).toBe('REGISTRATION_NO_SEAT');
    const ok = await agent.post(`/api/v1/staff/events/${event.id}/check-in`, { code: held.code });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'attended', residentPhone: expect.stringContaining('****') });
    expect((await agent.post(`/api/v1/staff/events/${event.id}/check-in`, { code: held.code })).status).toBe(404);
    const detail = await agent.get(`/api/v1/staff/events/${event.id}`);
    expect(detail.body.attended).toBe(1);

    const later = await newEvent({});
    const notToday = await agent.post(`/api/v1/staff/events/${later.id}/check-in`, { code: '123456' });
    expect(notToday.body.error.code).toBe('EVENT_NOT_TODAY');
  });
});

describe('a job fair', () => {
  it('takes employers’ booths up to its number and shows a resident its posts ranked for her', async () => {
    const fair = await newEvent({ kind: 'job_fair', title: '春季招聘会', capacity: 100, booths: 2 });
    const enterprise = async (name: string) =>
      Number((await t.adminQuery(`select id from enterprises where name = $1`, [name])).rows[0].id);
    const jinhua = await enterprise('金花粉扑包装微工厂');
    const pengfei = await enterprise('鹏飞家常菜馆');
    const dumpling = await enterprise('鹏飞水饺馆');
    const dou = await resident(t, '13900000010');
    const chen = await resident(t, '13900000020');

    const booth = await dou.post(`/api/v1/employer/fairs/${fair.id}/booths`, { enterpriseId: jinhua });
    expect(booth.status).toBe(200);
    expect(booth.body.myBooths).toEqual([jinhua]);
    expect(
      (await dou.post(`/api/v1/employer/fairs/${fair.id}/booths`, { enterpriseId: jinhua })).body.boothsTaken,
    ).toBe(1);
    expect((await dou.post(`/api/v1/employer/fairs/${fair.id}/booths`, { enterpriseId: pengfei })).status).toBe(404);
    expect((await chen.post(`/api/v1/employer/fairs/${fair.id}/booths`, { enterpriseId: pengfei })).status).toBe(200);
    const full = await chen.post(`/api/v1/employer/fairs/${fair.id}/booths`, { enterpriseId: dumpling });
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('BOOTHS_FULL');

    const zhang = await resident(t, '13900000001');
    const detail = await zhang.get(`/api/v1/events/${fair.id}`);
    expect(detail.body.employers.map((e: { name: string }) => e.name)).toEqual(['金花粉扑包装微工厂', '鹏飞家常菜馆']);
    const posts = (await zhang.get(`/api/v1/events/${fair.id}/posts`)).body.items as {
      post: { enterpriseId: number };
      score: number | null;
    }[];
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.every((p) => [jinhua, pengfei].includes(p.post.enterpriseId))).toBe(true);
    const scores = posts.map((p) => p.score ?? -1);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(scores[0]).toBeGreaterThan(0);
  });
});

describe('the demo street’s events', () => {
  it('has a full 政策宣传推介会 with two waiting and a spring job fair with the street’s employers', async () => {
    const zhang = await resident(t, '13900000001');
    const items = (await zhang.get('/api/v1/events')).body.items as {
      id: number;
      title: string;
      remaining: number;
      waitlisted: number;
    }[];
    const briefing = items.find((e) => e.title === '创业担保贷款政策宣传推介会')!;
    expect(briefing.remaining).toBe(0);
    expect(briefing.waitlisted).toBeGreaterThan(0);
    const fair = items.find((e) => e.title === '珠海街道春季招聘会')!;
    const detail = await zhang.get(`/api/v1/events/${fair.id}`);
    expect(detail.body.employers.map((e: { name: string }) => e.name).sort()).toEqual(
      ['金花粉扑包装微工厂', '青岛奥合源服装有限公司', '鹏飞家常菜馆', '鹏飞水饺馆'].sort(),
    );
  });
});
