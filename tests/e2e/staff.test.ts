/**
 * Officers at their desks: a community officer of 复兴社区 sees only her
 * community's residents and gets "not found" for one of 铁橛山路社区; the
 * auditor reads the audit log and checks its chain.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, launch, newPage, PHONE, signInStaff } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function residentId(page: Page, phone: string, as: string): Promise<number> {
  // Looked up through the street officer's API session in a separate context.
  const ctx = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const csrf = (await (await ctx.request.get('/api/v1/auth/csrf')).json()) as { csrfToken: string };
  await ctx.request.post('/api/v1/auth/login', {
    data: { username: as, password: 'Demo@2026' },
    headers: { 'x-csrf-token': csrf.csrfToken },
  });
  const list = (await (await ctx.request.get(`/api/v1/residents?q=${phone}`)).json()) as { items: { id: number }[] };
  await ctx.close();
  return list.items[0]!.id;
}

describe('community officer of 复兴社区', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(browser, DESKTOP);
  });

  it('sees only 复兴社区 residents', async () => {
    await page.goto('/staff/login');
    await page.getByLabel('用户名').waitFor();
    await expectAccessible(page, 'staff sign-in');
    await signInStaff(page, 'fuxing01');
    // street and community officers land on the dashboard, their home page
    await page.waitForURL(/\/staff\/dashboard/);
    await page.goto('/staff/residents');
    await page.getByRole('table').waitFor();
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    await expectAccessible(page, 'residents list');
    const communities = await page.locator('tbody tr.ant-table-row').allInnerTexts();
    expect(communities.length).toBeGreaterThan(5);
    for (const row of communities) expect(row).toContain('复兴社区');
    expect(communities.join('\n')).not.toMatch(/铁橛山路|安远路|王戈庄/);
  });

  it('opens a resident of her community with masked data, and reveals it with a reason', async () => {
    const zhang = await residentId(page, '13900000001', 'wangguiling');
    await page.goto(`/staff/residents/${zhang}`);
    await page.getByText('139****0001').first().waitFor();
    await expectAccessible(page, 'resident detail');
    await page.getByTestId('reveal-resident').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox').fill('上门走访核实');
    await dialog
      .getByRole('button', { name: /确\s*定|查看|确认/ })
      .last()
      .click();
    await page.getByText('13900000001').first().waitFor();
  });

  it('gets "not found" for a resident of 铁橛山路社区', async () => {
    const chen = await residentId(page, '13900000020', 'wangguiling');
    await page.goto(`/staff/residents/${chen}`);
    await page.getByText('未找到').first().waitFor();
    expect(await page.getByText('陈鹏飞').count()).toBe(0);
    await expectAccessible(page, 'not found');
  });

  it('works on a phone-sized screen too', async () => {
    const phone = await newPage(browser, PHONE);
    await signInStaff(phone, 'fuxing01');
    // street and community officers land on the dashboard, their home page
    await phone.waitForURL(/\/staff\/dashboard/);
    await phone.goto('/staff/residents');
    await phone.locator('tbody tr.ant-table-row').first().waitFor();
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expectAccessible(phone, 'residents list at 375 px');
  });
});

describe('auditor', () => {
  it('reads the audit log and verifies the chain', async () => {
    const page = await newPage(browser, DESKTOP);
    await signInStaff(page, 'auditor');
    await page.waitForURL(/\/staff\/audit/);
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    await expectAccessible(page, 'audit log');
    // Actions and targets read as words, never as their codes.
    expect(await page.locator('tbody').innerText()).toContain('查看完整个人信息');
    expect(await page.locator('tbody').innerText()).not.toContain('resident.reveal');
    // Filtered by the words for an action and by a person's name, not by ids.
    await page.getByLabel('操作', { exact: true }).click();
    await page.keyboard.type('查看完整');
    await page.locator('.ant-select-item-option[title="查看完整个人信息"]').click();
    // 孙海燕 (fuxing01) revealed a phone number earlier in this file; she is found by her username.
    await page.getByLabel('操作人').fill('fuxing');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(/action=resident\.reveal/);
    const rows = () => page.locator('tbody tr.ant-table-row').allInnerTexts();
    await expect
      .poll(async () => {
        const now = await rows();
        return now.length > 0 && now.every((row) => row.includes('查看完整个人信息') && row.includes('孙海燕'));
      })
      .toBe(true);
    await expectAccessible(page, 'audit log filtered');
    await page.getByTestId('verify-chain').click();
    await expect.poll(() => page.getByTestId('verify-result').innerText()).toMatch(/完整|通过|未被篡改|正常/);
  });
});
