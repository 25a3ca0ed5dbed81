/**
 * A person's whole file (一人一档): 复兴社区's officer opens 宋秀秀's file from the
 * residents table — her profile masked, her piecework pay by month, each
 * section linking to its records — then 金花粉扑包装微工厂's file from the
 * enterprises table; an officer of another community is told "not found".
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, launch, newPage, signInStaff } from './support/browser';

let browser: Browser;
let page: Page;
let songFile = '';

beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser, DESKTOP);
});
afterAll(() => browser?.close());

describe("复兴社区's officer opens whole files", () => {
  it("opens 宋秀秀's file from the residents table, masked, with her pay by month", async () => {
    await signInStaff(page, 'fuxing01');
    // street and community officers land on the dashboard, their home page
    await page.waitForURL(/\/staff\/dashboard/);
    await page.goto('/staff/residents');
    await page.getByLabel('搜索', { exact: true }).fill('宋秀秀');
    await page.getByLabel('搜索', { exact: true }).press('Enter');
    // The resident journey may have renamed her (宋秀秀（复兴B区）) before this one runs.
    await page.getByRole('link', { name: /^宋秀秀.*的一人一档$/ }).click();
    await page.waitForURL(/\/staff\/residents\/\d+\/file$/);
    songFile = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: /^宋秀秀.* · 一人一档$/ }).waitFor();
    await page.getByText('本次查看已记入审计日志').waitFor();
    await page.getByText('139****0002').waitFor();
    expect(await page.getByText('13900000002').count()).toBe(0);
    const pay = page.getByTestId('file-section-monthly-pay');
    await pay.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await pay.textContent()).toContain('金花粉扑包装微工厂');
    for (const section of ['assisted', 'consents', 'job-applications', 'factories', 'policy-results', 'notices'])
      await page.getByTestId(`file-section-${section}`).waitFor();
    await expectAccessible(page, "a resident's whole file");
  });

  it('links each section to its records', async () => {
    await page.getByTestId('file-section-factories').getByRole('link', { name: '金花粉扑包装微工厂' }).click();
    await page.waitForURL(/\/staff\/piecework$/);
    await page.goBack();
    await page.getByRole('heading', { name: /^宋秀秀.* · 一人一档$/ }).waitFor();
    await page.getByRole('link', { name: '宋秀秀' }).first().click();
    await page.waitForURL(/\/staff\/residents\/\d+$/);
    await page.getByRole('button', { name: '一人一档' }).click();
    await page.waitForURL(/\/file$/);
  });

  it("opens 金花粉扑包装微工厂's file from the enterprises table", async () => {
    await page.goto('/staff/enterprises');
    // The street has more enterprises than one page holds: search first.
    await page.getByLabel('搜索', { exact: true }).fill('金花');
    await page.getByLabel('搜索', { exact: true }).press('Enter');
    await page.getByRole('link', { name: '金花粉扑包装微工厂的企业档案' }).click();
    await page.getByRole('heading', { name: '金花粉扑包装微工厂 · 企业档案' }).waitFor();
    const posts = page.getByTestId('file-section-posts');
    await posts.locator('tbody tr.ant-table-row').first().waitFor();
    expect(await posts.textContent()).toContain('气垫粉扑包装工（计件）');
    await page.getByTestId('file-section-settlements').locator('tbody tr.ant-table-row').first().waitFor();
    await expectAccessible(page, "an enterprise's whole file");
  });
});

describe('an officer of another community', () => {
  it('is told "not found" for a file outside her areas', async () => {
    const other = await newPage(browser, DESKTOP);
    await signInStaff(other, 'tiejue01');
    // street and community officers land on the dashboard, their home page
    await other.waitForURL(/\/staff\/dashboard/);
    await other.goto(songFile);
    await other.getByText('未找到').first().waitFor();
    expect(await other.getByText('宋秀秀').count()).toBe(0);
    await expectAccessible(other, 'a file out of scope');
  });
});
