/**
 * Rating anything once through the API: an event attended, a decision on an application, a training
 * completed; refused when not hers (404), not finished or rated twice; a low rating opens a follow-up
 * that the station's agent (or the community's officer, for a decision) sees, calls back with an
 * audited reveal of the phone and closes with a note — out of scope it does not exist.
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
const dayFromNow = (days: number) =>
  new Date(Date.now() + days * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);

let jiuxiangjia: number;
let street: Client;
let zhangLi: Client;
let song: Client;

/** An event at the 就享家 that the resident attended (the door's check-in is the events test's). */
async function attendedEvent(who: Client, title: string) {
  const event = await street.post(`/api/v1/staff/stations/${jiuxiangjia}/events`, {
    kind: 'policy_briefing',
    title,
    day: dayFromNow(3),
    starts: '14:00',
    ends: '16:00',
    capacity: 5,
  });
  expect(event.status, JSON.stringify(event.body)).toBe(200);
  const reg = await who.post(`/api/v1/events/${event.body.id}/registrations`, { clientKey: randomUUID() });
  expect(reg.body.status).toBe('registered');
  return { eventId: event.body.id as number, registrationId: reg.body.id as number };
}
const attend = (registrationId: number) =>
  t.adminQuery(`update station_event_registrations set status = 'attended', checked_in_at = now() where id = $1`, [
    registrationId,
  ]);

beforeAll(async () => {
  jiuxiangjia = Number((await one(`select id from stations where name = '就享家乐业服务站'`)).id);
  street = await staff(t, 'wangguiling');
  zhangLi = await resident(t, '13900000001');
  song = await resident(t, '13900000002');
});

describe('rating an event', () => {
  it('is refused before she attended, answered once after, and 404 for someone not registered', async () => {
    const { eventId, registrationId } = await attendedEvent(zhangLi, '灵活就业社保补贴宣讲');
    const early = await zhangLi.post(`/api/v1/me/ratings/event/${eventId}`, { score: 5 });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('NOT_RATABLE_YET');
    await attend(registrationId);

    const view = await zhangLi.get(`/api/v1/me/ratings/event/${eventId}`);
    expect(view.body).toMatchObject({ kind: 'event', title: '灵活就业社保补贴宣讲', finished: true, rating: null });
    expect((await song.get(`/api/v1/me/ratings/event/${eventId}`)).status).toBe(404);
    expect((await song.post(`/api/v1/me/ratings/event/${eventId}`, { score: 1 })).status).toBe(404);

    const bad = await zhangLi.post(`/api/v1/me/ratings/event/${eventId}`, { score: 6 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error)).toContain('score');
    const rated = await zhangLi.post(`/api/v1/me/ratings/event/${eventId}`, { score: 5, comment: '讲得很清楚' });
    expect(rated.status).toBe(200);
    expect(rated.body.rating).toEqual({ score: 5, comment: '讲得很清楚' });
    const twice = await zhangLi.post(`/api/v1/me/ratings/event/${eventId}`, { score: 4 });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('ALREADY_RATED');
    // at the same time: one kept by the unique (kind, id, rater)
    const other = await attendedEvent(song, '创业担保贷款推介会（二）');
    await attend(other.registrationId);
    const racing = await Promise.all(
      [1, 2, 3, 4].map(() => song.post(`/api/v1/me/ratings/event/${other.eventId}`, { score: 4 })),
    );
    expect(racing.filter((r) => r.status === 200)).toHaveLength(1);
    expect(racing.filter((r) => r.body.error?.code === 'ALREADY_RATED')).toHaveLength(3);
    const { n } = await one(
      `select count(*)::int as n from station_ratings where subject_kind = 'event' and subject_id = $1`,
      [other.eventId],
    );
    expect(n).toBe(1);
  });
});

describe('a low rating’s follow-up', () => {
  it('reaches the station’s agent, who calls back (the reveal audited) and closes it with a note', async () => {
    const { eventId, registrationId } = await attendedEvent(zhangLi, '妈妈岗招聘对接会');
    await attend(registrationId);
    const rated = await zhangLi.post(`/api/v1/me/ratings/event/${eventId}`, { score: 2, comment: '现场太挤' });
    expect(rated.status).toBe(200);
    const notice = await one(
      `select n.title, n.link from notifications n join users u on u.id = n.user_id
        where u.username = 'jiuxiangjia01' and n.kind = 'stations.rating' order by n.id desc limit 1`,
    );
    expect(notice).toEqual({ title: '差评待回访：就享家乐业服务站', link: '/staff/stations/follow-ups' });

    const agent = await staff(t, 'jiuxiangjia01');
    const open = await agent.get('/api/v1/staff/follow-ups?status=open');
    const task = open.body.items.find(
      (f: { kind: string; subjectId: number }) => f.kind === 'event' && f.subjectId === eventId,
    );
    expect(task).toMatchObject({ residentName: '张丽', residentPhone: '139****0001', score: 2, status: 'open' });

    // another station's agent and another community's officer: it does not exist for them
    const otherAgent = await staff(t, 'paifang01');
    expect(
      (await otherAgent.get('/api/v1/staff/follow-ups')).body.items.map((f: { id: number }) => f.id),
    ).not.toContain(task.id);
    expect((await otherAgent.post(`/api/v1/staff/follow-ups/${task.id}/reveal-phone`)).status).toBe(404);
    expect((await otherAgent.post(`/api/v1/staff/follow-ups/${task.id}/close`, { note: '已回访' })).status).toBe(404);
    // the street sees it, but the call is the station's
    expect((await street.get('/api/v1/staff/follow-ups')).body.items.map((f: { id: number }) => f.id)).toContain(
      task.id,
    );
    expect((await street.post(`/api/v1/staff/follow-ups/${task.id}/close`, { note: '已回访' })).status).toBe(403);

    const phone = await agent.post(`/api/v1/staff/follow-ups/${task.id}/reveal-phone`);
    expect(phone.body).toEqual({ phone: '13900000001' });
    const audit = await one(
      `select action, target_type from audit_events where action = 'resident.reveal' and after->>'ratingId' = $1`,
      [String(task.id)],
    );
    expect(audit.target_type).toBe('resident');

    const noNote = await agent.post(`/api/v1/staff/follow-ups/${task.id}/close`, { note: '  ' });
    expect(noNote.status).toBe(400);
    const closed = await agent.post(`/api/v1/staff/follow-ups/${task.id}/close`, { note: '已致电致歉，下次分批入场' });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      note: '已致电致歉，下次分批入场',
      closedByName: expect.any(String),
    });
    const again = await agent.post(`/api/v1/staff/follow-ups/${task.id}/close`, { note: '再次' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('FOLLOW_UP_CLOSED');
    expect(
      (await agent.get('/api/v1/staff/follow-ups?status=open')).body.items.map((f: { id: number }) => f.id),
    ).not.toContain(task.id);
  });
});

describe('rating a decision and a training', () => {
  it('lets her rate a decided application once; a low one goes to her community’s officers', async () => {
    const app = await one(
      `with p as (select v.policy_id, v.version from benefit_policy_versions v join benefit_policies b on b.id = v.policy_id
                   where b.target = 'person' order by v.policy_id, v.version desc limit 1),
            r as (select r.id, r.area_id from residents r where r.phone = '13900000002'),
            u as (select id from users where phone = '13900000002' limit 1)
       insert into benefit_applications (policy_id, policy_version, resident_id, area_id, status, submitted_by_user_id,
                                         facts, eligibility, reason)
       select p.policy_id, p.version, r.id, r.area_id, 'rejected', u.id, '{}', '{}', '不符合条件'
       from p, r, u returning id`,
    );
    const id = Number(app.id);
    expect((await zhangLi.post(`/api/v1/me/ratings/benefit_decision/${id}`, { score: 1 })).status).toBe(404);
    const rated = await song.post(`/api/v1/me/ratings/benefit_decision/${id}`, { score: 1, comment: '没说清原因' });
    expect(rated.status).toBe(200);
    const notice = await one(
      `select n.title from notifications n join users u on u.id = n.user_id
        where u.username = 'fuxing01' and n.kind = 'stations.rating' order by n.id desc limit 1`,
    );
    expect(notice.title).toMatch(/^差评待回访：复兴社区/);
    const officer = await staff(t, 'fuxing01');
    const task = (await officer.get('/api/v1/staff/follow-ups')).body.items.find(
      (f: { kind: string; subjectId: number }) => f.kind === 'benefit_decision' && f.subjectId === id,
    );
    expect(task).toMatchObject({ stationId: null, residentName: '宋秀秀' });
    // an agent of a station has nothing to do with a decision
    expect(
      (await (await staff(t, 'jiuxiangjia01')).post(`/api/v1/staff/follow-ups/${task.id}/reveal-phone`)).status,
    ).toBe(404);
    expect(
      (await officer.post(`/api/v1/staff/follow-ups/${task.id}/close`, { note: '已电话解释驳回原因' })).status,
    ).toBe(200);
  });

  it('lets 陈鹏飞 rate the SYB course he completed; a course not completed waits', async () => {
    const chen = await resident(t, '13900000020');
    const course = Number(
      (
        await one(
          `select e.course_id from training_enrolments e join residents r on r.id = e.resident_id
            where r.phone = '13900000020' and e.completed_at is not null limit 1`,
        )
      ).course_id,
    );
    const view = await chen.get(`/api/v1/me/ratings/training/${course}`);
    expect(view.body).toMatchObject({ kind: 'training', finished: true, rating: null });
    expect((await chen.post(`/api/v1/me/ratings/training/${course}`, { score: 4 })).status).toBe(200);
    const open = await one(
      `select e.course_id from training_enrolments e join residents r on r.id = e.resident_id
        where r.phone = '13900000002' and e.status = 'enrolled' and e.completed_at is null limit 1`,
    );
    const waiting = await song.post(`/api/v1/me/ratings/training/${open.course_id}`, { score: 4 });
    expect(waiting.body.error.code).toBe('NOT_RATABLE_YET');
  });
});

describe('the satisfaction report', () => {
  it('counts a decision in its community, without a station', async () => {
    const report = await street.get('/api/v1/staff/stations/satisfaction');
    expect(report.status).toBe(200);
    const decisions = report.body.items.filter((r: { stationId: number | null }) => r.stationId === null);
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions[0].communityName).toBe('复兴社区');
  });
});

describe('the street’s view of its stations', () => {
  it('shows places booked against seats per station and week, and each event’s seats, attendance and waitlist', async () => {
    const { eventId, registrationId } = await attendedEvent(song, '就业政策宣讲（看板）');
    await attend(registrationId);
    const view = await street.get('/api/v1/staff/stations/overview');
    expect(view.status).toBe(200);
    const event = view.body.events.find((e: { id: number }) => e.id === eventId);
    expect(event).toMatchObject({
      capacity: 5,
      registered: 1,
      attended: 1,
      waitlisted: 0,
      stationName: '就享家乐业服务站',
    });
    const weeks = view.body.capacity.filter((c: { stationId: number }) => c.stationId === jiuxiangjia);
    expect(weeks.length).toBeGreaterThan(0);
    for (const w of weeks) {
      expect(new Date(`${w.week}T00:00:00Z`).getUTCDay()).toBe(1);
      expect(w.booked).toBeLessThanOrEqual(w.seats);
    }
    const { booked, seats } = await one(
      `select sum(booked)::int as booked, sum(capacity)::int as seats from station_slots
        where station_id = $1 and date_trunc('week', day) = $2::date`,
      [jiuxiangjia, weeks[0].week],
    );
    expect(weeks[0]).toMatchObject({ booked, seats });
    // an agent sees her own station only
    const agent = await staff(t, 'paifang01');
    const hers = (await agent.get('/api/v1/staff/stations/overview')).body;
    expect(new Set(hers.capacity.map((c: { stationName: string }) => c.stationName))).toEqual(
      new Set(['牌坊街创贷驿站']),
    );
    expect(hers.events.map((e: { id: number }) => e.id)).not.toContain(eventId);
  });
});
