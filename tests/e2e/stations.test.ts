/**
 * Service stations (SPEC §3.6): a resident opens 就享家 on her phone, sees the stations within her
 * walk with their hours, books a time at the 就享家 乐业服务站 and gets a check-in code; at the desk
 * the agent types the code, checks her in and writes the service record; she rates the service.
 * The journey makes its own slot (today, an hour from now) and signs in a resident no other journey
 * uses, so it runs in any order with the others.
 */
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DESKTOP, expectAccessible, launch, newPage, signInByPhone, signInStaff } from './support/browser';

const PHONE_NUMBER = '13810942361';
let browser: Browser;
let phone: Page;
let desk: Page;
let db: pg.Client;
let slotId = 0;
let code = '';

beforeAll(async () => {
  browser = await launch();
  phone = await newPage(browser);
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  // A slot of its own, later today in Shanghai, so the desk can check her in today whatever the hour.
  const { rows } = await db.query<{ id: string }>(
    `insert into station_slots (station_id, service, day, starts, ends, capacity)
     select s.id, 'consulting', (now() at time zone 'Asia/Shanghai')::date,
            least(((now() at time zone 'Asia/Shanghai') + interval '1 hour')::time, '23:00'::time),
            least(((now() at time zone 'Asia/Shanghai') + interval '1 hour')::time, '23:00'::time) + interval '30 minutes',
            2
       from stations s where s.name = '就享家乐业服务站'
     on conflict do nothing returning id`,
  );
  slotId = Number(rows[0]!.id);
});
afterAll(async () => {
  await db?.end();
  await browser?.close();
});

describe('a resident books a time at the 就享家 on her phone (375 px, elder mode)', () => {
  it('finds the stations within her walk from the 就享家 tile', async () => {
    await signInByPhone(phone, PHONE_NUMBER);
    await phone.goto('/profile');
    await phone.getByRole('switch', { name: '长辈模式' }).click();
    await phone.goto('/');
    await phone.getByRole('link', { name: '就享家' }).click();
    await phone.waitForURL(/\/stations$/);
    await phone.getByTestId('circle').waitFor();
    expect(await phone.getByTestId('circle').textContent()).toMatch(/步行 \d+ 分钟内的服务站/);
    await phone.getByRole('link', { name: /就享家乐业服务站/ }).waitFor();
    expect(await phone.getByText(/步行约 \d+ 分钟/).count()).toBeGreaterThan(0);
    await expectAccessible(phone, 'stations near me in elder mode');
  });

  it('sees the hours and the seats left, and books a time', async () => {
    await phone.getByRole('link', { name: /就享家乐业服务站/ }).click();
    await phone.getByRole('heading', { name: '可预约时段' }).waitFor();
    const slot = phone.getByTestId(`slot-${slotId}`);
    await slot.waitFor();
    expect(await slot.textContent()).toContain('余 2 位');
    expect(await phone.getByText(/周一–周五 08:30–12:00、13:30–17:30/).count()).toBe(1);
    await expectAccessible(phone, 'a station with its slots');
    await slot.click();
    await phone.getByRole('dialog').getByRole('button', { name: '确认预约' }).waitFor();
    await expectAccessible(phone, 'booking dialog');
    await phone.getByRole('dialog').getByRole('button', { name: '确认预约' }).click();
    await phone.waitForURL(/\/stations\/appointments$/);
    const shown = phone.getByTestId('check-in-code').first();
    await shown.waitFor();
    code = (await shown.textContent())!.trim();
    expect(code).toMatch(/^[0-9]{6}$/);
    await expectAccessible(phone, 'my bookings with the check-in code');
  });

  it('is checked in at the desk by the code, and the agent writes what was done', async () => {
    desk = await newPage(browser, DESKTOP);
    await signInStaff(desk, 'jiuxiangjia01');
    await desk.waitForURL(/\/staff\/(?!login)/);
    await desk.goto('/staff/stations');
    await desk.getByRole('link', { name: '就享家乐业服务站' }).click();
    await desk.getByLabel('签到码').waitFor();
    await expectAccessible(desk, "the station's desk");
    await desk.getByLabel('签到码').fill(code);
    await desk
      .getByRole('button', { name: '签 到' })
      .or(desk.getByRole('button', { name: '签到' }))
      .click();
    const dialog = desk.getByRole('dialog');
    await dialog.getByLabel('服务记录').fill('讲解灵活就业社保补贴，指导线上申请。');
    await expectAccessible(desk, 'service record dialog');
    await dialog.getByRole('button', { name: /保存服务记录/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await desk.getByText('已服务').first().waitFor();
  });

  it('rates the service once on her phone', async () => {
    await phone.reload();
    await phone.getByRole('button', { name: '评价' }).first().click();
    await phone.getByRole('button', { name: '提交评价' }).click();
    await phone.getByText('已评价 5 分').first().waitFor();
    expect(await phone.getByRole('button', { name: '评价' }).count()).toBe(0);
    await expectAccessible(phone, 'my bookings after rating');
  });
});
