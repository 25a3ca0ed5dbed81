/**
 * Training (SPEC §3.6): the street puts a course on at 铁橛山路社区创贷驿站; 周婷, a mother of 复兴社区
 * (a demo resident only this journey signs in as), enrols on her phone in elder mode and reads her
 * check-in code; the street's desk types it at the session; the course's rule holds, so she downloads
 * her certificate, and its verification page confirms it. The course is this journey's own.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, launch, newPage, signInByPhone, signInStaff } from './support/browser';

let browser: Browser;
let phone: Page;
let desk: Page;
const courseName = `电商直播入门（旅程${Date.now() % 100000}）`;
let courseId = 0;
let code = '';

beforeAll(async () => {
  browser = await launch();
  phone = await newPage(browser);
  desk = await newPage(browser, DESKTOP);
});
afterAll(() => browser?.close());

describe('a resident enrols, attends, downloads her certificate and it verifies', () => {
  it('the street puts a course on with one session', async () => {
    await signInStaff(desk, 'wangguiling');
    await desk.waitForURL(/\/staff\/(?!login)/);
    const csrf = ((await (await desk.request.get('/api/v1/auth/csrf')).json()) as { csrfToken: string }).csrfToken;
    // the place: the station of the demo's SYB course
    const listed = await desk.request.get('/api/v1/training/courses');
    expect(listed.status()).toBe(200);
    const courses = JSON.parse(await listed.text()) as { items: { stationId: number; stationName: string }[] };
    const stationId = courses.items.find((c) => c.stationName === '铁橛山路社区创贷驿站')!.stationId;
    const created = await desk.request.post('/api/v1/training/courses', {
      headers: { 'x-csrf-token': csrf },
      data: {
        stationId,
        name: courseName,
        kind: 'ecommerce_live',
        level: 'basic',
        trainer: '刘老师',
        capacity: 10,
        minAttendancePct: 50,
        assessmentRequired: false,
      },
    });
    expect(created.status()).toBe(201);
    courseId = ((await created.json()) as { id: number }).id;
    const session = await desk.request.post(`/api/v1/training/courses/${courseId}/sessions`, {
      headers: { 'x-csrf-token': csrf },
      data: { startsAt: '2026-12-22T09:00:00+08:00', hours: 3, topic: '直播间搭建' },
    });
    expect(session.status()).toBe(200);
  });

  it('周婷 finds it among the courses of her street and enrols (375 px, elder mode)', async () => {
    await signInByPhone(phone, '13900000073');
    await phone.goto('/profile');
    await phone.getByRole('switch', { name: '长辈模式' }).click();
    await phone.goto('/');
    await phone.getByRole('link', { name: '技能培训' }).click();
    await phone.getByRole('heading', { name: '附近的课程' }).waitFor();
    const card = phone.getByTestId(`course-${courseId}`);
    await card.waitFor();
    expect(await card.textContent()).toContain('铁橛山路社区创贷驿站');
    await expectAccessible(phone, 'courses near me');
    await phone.getByRole('button', { name: `报名 ${courseName}` }).click();
    await phone.getByText('报名成功').waitFor();
    code = (await phone.getByTestId('training-check-in-code').first().textContent())!.trim();
    expect(code).toMatch(/^\d{6}$/);
    await expectAccessible(phone, 'my courses with the check-in code');
  });

  it("the desk types her code at the session, and the street's list counts her", async () => {
    await desk.goto(`/staff/training/${courseId}`);
    await desk.getByRole('heading', { name: courseName }).waitFor();
    await desk.getByLabel('直播间搭建 签到码').fill(code);
    await desk.getByRole('button', { name: '签到' }).click();
    await desk.getByText('周* 已签到，累计 3 学时').waitFor();
    await desk.getByText('已结业').waitFor();
    await expectAccessible(desk, "a course's desk");
    await desk.goto('/staff/training');
    await desk.getByRole('link', { name: courseName }).waitFor();
    await expectAccessible(desk, "the street's courses");
  });

  it('she downloads her certificate and its page confirms it', async () => {
    await phone.goto('/training');
    const download = phone.waitForEvent('download');
    await phone.getByRole('link', { name: '下载结业证书' }).first().click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^certificate-[A-Z2-7]{16}\.pdf$/);
    const stream = await file.createReadStream();
    const head = await new Promise<string>((resolve) => stream.once('data', (b) => resolve(String(b).slice(0, 5))));
    expect(head).toBe('%PDF-');

    await phone.getByRole('link', { name: '查验证书' }).first().click();
    await phone.waitForURL(/\/verify\/[A-Z2-7]{16}$/);
    await phone.getByText('证书有效').waitFor();
    await phone.getByText('周*').waitFor();
    await phone.getByText(courseName).waitFor();
    await expectAccessible(phone, 'the certificate check');
  });
});
