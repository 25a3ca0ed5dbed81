/**
 * Station events (SPEC §3.6): a 政策宣传推介会 with one seat fills; the next resident joins the
 * waitlist; when the first gives her seat back the waiting one is offered it, confirms on her phone
 * and gets her door code; the agent's console follows along. The journey opens its own event and
 * signs in two residents no other journey uses, so it runs in any order with the others.
 */
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, expectAccessible, launch, newPage, signInByPhone, signInStaff } from './support/browser';

const FIRST = '13710060001';
/** A toast fades in and out over the page; the scan reads the page once it has gone. */
const toastGone = (page: Page) => page.locator('.adm-toast-mask').waitFor({ state: 'detached' });
const SECOND = '13710060002';
const TITLE = '灵活就业社保补贴推介会（候补旅程）';
let browser: Browser;
let first: Page;
let second: Page;
let desk: Page;
let db: pg.Client;
let eventId = 0;

beforeAll(async () => {
  browser = await launch();
  first = await newPage(browser);
  second = await newPage(browser);
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  const { rows } = await db.query<{ id: string }>(
    `insert into station_events (station_id, kind, title, day, starts, ends, capacity, confirm_hours)
     select s.id, 'policy_briefing', $1, (now() at time zone 'Asia/Shanghai')::date + 2, '14:00', '16:00', 1, 24
       from stations s where s.name = '就享家乐业服务站' returning id`,
    [TITLE],
  );
  eventId = Number(rows[0]!.id);
});
afterAll(async () => {
  await db?.end();
  await browser?.close();
});

describe('an event fills and its waitlist moves up', () => {
  it('the first resident takes the last seat on her phone (elder mode)', async () => {
    await signInByPhone(first, FIRST);
    await first.goto('/profile');
    await first.getByRole('switch', { name: '长辈模式' }).click();
    await first.goto('/stations');
    await first.getByTestId('events-link').click();
    await first.waitForURL(/\/events$/);
    const card = first.getByTestId(`event-${eventId}`);
    await card.waitFor();
    expect(await card.textContent()).toContain('剩余 1 个名额');
    await expectAccessible(first, 'events in elder mode');
    await card.click();
    await first.getByRole('button', { name: '报名' }).click();
    await first.getByTestId('my-status').waitFor();
    expect(await first.getByTestId('my-status').textContent()).toContain('已报名');
    await toastGone(first);
    await expectAccessible(first, 'an event she registered for');
  });

  it('the next one joins the waitlist', async () => {
    await signInByPhone(second, SECOND);
    await second.goto(`/events/${eventId}`);
    await second.getByText('名额已满，0 人候补').waitFor();
    await second.getByRole('button', { name: '名额已满，加入候补' }).click();
    await second.getByTestId('my-status').waitFor();
    expect(await second.getByTestId('my-status').textContent()).toContain('候补第 1 位');
    await toastGone(second);
    await expectAccessible(second, 'an event she waits for');
  });

  it('the agent sees the seat taken and who waits', async () => {
    desk = await newPage(browser, DESKTOP);
    await signInStaff(desk, 'jiuxiangjia01');
    await desk.waitForURL(/\/staff\/(?!login)/);
    await desk.goto(`/staff/events/${eventId}`);
    await desk.getByTestId('seats-taken').waitFor();
    expect(await desk.getByTestId('seats-taken').textContent()).toBe('1 / 1');
    expect(await desk.getByRole('cell', { name: /候补中/ }).count()).toBe(1);
    await expectAccessible(desk, 'the event console');
  });

  it('when the first gives her seat back, the one waiting is offered it and confirms', async () => {
    await first.goto('/events');
    const mine = first.locator('[data-testid^="registration-"]', { hasText: TITLE });
    await mine.getByRole('button', { name: '取消报名' }).click();
    await first.getByRole('dialog').getByRole('button', { name: '取消报名' }).click();
    await expect.poll(() => mine.count()).toBe(0);

    await second.goto('/events');
    const offer = second.locator('[data-testid^="registration-"]', { hasText: TITLE });
    await offer.getByTestId('offer').waitFor();
    expect(await offer.textContent()).toContain('待确认');
    await expectAccessible(second, 'a seat offered from the waitlist');
    await offer.getByRole('button', { name: '确认参加' }).click();
    await offer.getByTestId('door-code').waitFor();
    expect((await offer.getByTestId('door-code').textContent())!.trim()).toMatch(/^[0-9]{6}$/);

    await desk.reload();
    await desk.getByTestId('seats-taken').waitFor();
    expect(await desk.getByRole('cell', { name: /候补中/ }).count()).toBe(0);
    expect(await desk.getByRole('cell', { name: /已报名/ }).count()).toBe(1);
  });
});
