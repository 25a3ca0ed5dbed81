/**
 * Shared employment (SPEC §3.5): 陈鹏飞 posts a shortage for 鹏飞水饺馆 on his phone and sees 金花粉扑's
 * spare packers ranked with a reason for each part; 王桂玲 brokers the agreement on the console; both
 * owners sign on their phones; 孙丽娟 (金花's packer, used by no other journey) consents on her phone in
 * elder mode; the street sees the agreement active.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, launch, newPage, signInByPhone, signInStaff } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const bodyFontSize = (p: Page) => p.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
const dayFromNow = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));

let agreementPath = '';
// 陈鹏飞 stays signed in: a second code for the same phone within a minute would wait for the resend limit.
let chenPage: Page;

describe('a firm short of hands finds a firm with staff to spare', () => {
  it('陈鹏飞 posts a shortage and sees ranked counterparts with reasons (375 px)', async () => {
    const page = await newPage(browser);
    chenPage = page;
    await signInByPhone(page, '13900000020');
    await page.getByTestId('owner-sharing').click();
    await page.getByTestId('new-sharing-post').click();
    await page.getByText('鹏飞水饺馆').click();
    await page.getByRole('checkbox', { name: '包装', exact: true }).check();
    await page.getByLabel('开始日期').fill(dayFromNow(2));
    await page.getByLabel('结束日期').fill(dayFromNow(20));
    await page.getByLabel('用工地点').selectOption({ label: '铁橛山路小区' });
    await page.getByLabel('日薪（元）').fill('150');
    await expectAccessible(page, 'sharing post form');
    await page.getByRole('button', { name: '发布' }).click();

    await page.getByTestId('sharing-match').first().waitFor();
    const matches = page.getByTestId('sharing-match');
    const texts = await matches.allTextContents();
    const jinhua = texts.find((text) => text.includes('金花粉扑包装微工厂'));
    expect(jinhua).toBeDefined();
    expect(jinhua).toContain('技能对口：包装');
    expect(jinhua).toMatch(/日期全部覆盖|日期重合/);
    expect(jinhua).toMatch(/两地步行约\d+分钟/);
    await expectAccessible(page, 'sharing matches');
  });

  it('王桂玲 brokers the agreement from the board', async () => {
    const page = await newPage(browser, DESKTOP);
    await signInStaff(page, 'wangguiling');
    await page.waitForURL(/\/staff\/(?!login)/);
    await page.goto('/staff/sharing');
    const row = page.locator('tr', { hasText: '鹏飞水饺馆' }).filter({ hasText: '缺工' }).first();
    await row.getByRole('button', { name: '查看匹配' }).click();
    const match = page.getByTestId('staff-sharing-match').filter({ hasText: '金花粉扑包装微工厂' });
    await match.getByText('技能对口：包装').waitFor();
    await expectAccessible(page, 'street matches');
    await match.getByRole('button', { name: '撮合' }).click();
    const dialog = page.getByRole('dialog', { name: /撮合共享用工协议/ });
    await dialog.getByLabel(/孙丽娟/).check();
    await dialog.getByLabel('岗位名称').fill('包装帮工');
    await dialog.getByLabel('社保（元/天）').fill('20');
    // One yuan above the cost is a margin: refused under the fee.
    await dialog.getByLabel('服务费（元/天）').fill('171');
    await dialog.getByRole('button', { name: /确\s*定|保\s*存/ }).click();
    await dialog
      .getByText(/不得收取差价/)
      .first()
      .waitFor();
    await dialog.getByLabel('服务费（元/天）').fill('170');
    await dialog.getByRole('button', { name: /确\s*定|保\s*存/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    const agreement = page.getByTestId('sharing-agreements').locator('tr', { hasText: '孙丽娟' });
    await agreement.getByText('待生效').waitFor();
    expect(await agreement.textContent()).toContain('孙丽娟本人同意');
    await expectAccessible(page, 'street sharing board');
    await page.context().close();
  });

  it('both owners sign on their phones', async () => {
    const dou = await newPage(browser);
    await signInByPhone(dou, '13900000010');
    for (const page of [dou, chenPage]) {
      await page.goto('/');
      await page.getByTestId('owner-sharing').click();
      await page.getByText('金花粉扑包装微工厂 → 鹏飞水饺馆').click();
      await page.getByTestId('injury-liability').waitFor();
      agreementPath = new URL(page.url()).pathname;
      await page.getByRole('button', { name: /^以.+名义签署$/ }).click();
      await expect.poll(() => page.getByRole('button', { name: /^以.+名义签署$/ }).count()).toBe(0);
      await expectAccessible(page, 'sharing agreement on the phone');
      await page.context().close();
    }
    expect(agreementPath).toMatch(/\/sharing\/employer\/agreements\/\d+/);
  });

  it('孙丽娟 consents on her phone in elder mode, and the agreement is active', async () => {
    const page = await newPage(browser);
    await signInByPhone(page, '13900000063');
    await page.goto('/profile');
    await page.getByRole('switch', { name: '长辈模式' }).click();
    await expect.poll(() => bodyFontSize(page)).toBeGreaterThanOrEqual(18);
    await page.goto('/');
    await page.getByTestId('my-sharing-link').click();
    const card = page.getByTestId('my-sharing').filter({ hasText: '鹏飞水饺馆' });
    await card.getByText('由出借企业承担（不可更改）').waitFor();
    await expectAccessible(page, 'my sharing in elder mode');
    await card.getByRole('button', { name: '同意', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '同意' }).click();
    await card.getByTestId('my-sharing-answer').waitFor();
    expect(await card.textContent()).toContain('已生效');
    expect(await card.getByTestId('my-sharing-answer').textContent()).toContain('已同意');
    await expectAccessible(page, 'my sharing answered in elder mode');
    await page.context().close();

    const street = await newPage(browser, DESKTOP);
    await signInStaff(street, 'wangguiling');
    await street.waitForURL(/\/staff\/(?!login)/);
    await street.goto('/staff/sharing');
    const agreement = street.getByTestId('sharing-agreements').locator('tr', { hasText: '孙丽娟' });
    await agreement.getByText('已生效').waitFor();
    await street.context().close();
  });
});
