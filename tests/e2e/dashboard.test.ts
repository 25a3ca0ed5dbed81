/**
 * The street's dashboard (数据看板): 王桂玲 signs in to it, opens the startup subsidy's figure,
 * its records and one enterprise's file; a community officer's phone shows it at 375 px; the
 * wall view (大屏) shows figures and no personal data. Reads only: no other journey's rows change.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, launch, newPage, PHONE, signInStaff } from './support/browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser, DESKTOP);
});
afterAll(() => browser?.close());

describe("王桂玲's dashboard", () => {
  it('is her home page, with the figures of 珠海街道 and their charts', async () => {
    await signInStaff(page, 'wangguiling');
    await page.waitForURL(/\/staff\/dashboard/);
    await page.getByRole('heading', { name: '数据看板', level: 1 }).waitFor();
    await page.locator('[data-figure="benefits.startup-enterprises"]').waitFor();
    await page.locator('canvas').first().waitFor();
    expect(await page.getByRole('img').count()).toBeGreaterThanOrEqual(4);
    await expectAccessible(page, 'dashboard');
  });

  it('drills from the startup subsidy to its enterprises and to one enterprise', async () => {
    await page.goto('/staff/dashboard?from=2026-01&to=2026-10');
    const tile = page.locator('[data-figure="benefits.startup-enterprises"]');
    await expect.poll(() => tile.textContent()).toContain('145');
    await tile.click();
    await page.waitForURL(/\/staff\/dashboard\/figures\/benefits\.startup-enterprises\?/);
    await page.getByRole('heading', { name: '创业补贴·企业数 · 明细' }).waitFor();
    await page.getByText(/共 145 条/).waitFor();
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    await expectAccessible(page, "a figure's records");
    const first = page.locator('tbody tr.ant-table-row').first().getByRole('link');
    const name = (await first.textContent())!;
    await first.click();
    await page.waitForURL(/\/staff\/enterprises\/\d+\/file$/);
    await page.getByRole('heading', { name: `${name} · 企业档案` }).waitFor();
  });

  it('shows the wall view with figures only', async () => {
    const wall = await newPage(browser, { width: 1920, height: 1080 });
    await signInStaff(wall, 'wangguiling');
    await wall.waitForURL(/\/staff\/dashboard/);
    await wall.goto('/staff/wall?from=2026-01&to=2026-10');
    await wall.getByRole('heading', { name: /珠海街道/, level: 1 }).waitFor();
    await wall.getByText('315.2万元').first().waitFor();
    const text = await wall.locator('main').innerText();
    expect(text).not.toMatch(/1[3-9]\d\*{4}\d{4}|1[3-9]\d{9}/);
    await expectAccessible(wall, 'wall view');
  });
});

describe("a community officer's dashboard on her phone", () => {
  it('fits 375 px and counts only 复兴社区', async () => {
    const phone = await newPage(browser, PHONE);
    await signInStaff(phone, 'fuxing01');
    await phone.waitForURL(/\/staff\/dashboard/);
    await phone.locator('[data-figure="piecework.factories"]').waitFor();
    expect(await phone.locator('#db-area').evaluate((el) => el.closest('.ant-select')?.textContent)).toContain(
      '复兴社区',
    );
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expectAccessible(phone, 'dashboard at 375 px');
  });
});
