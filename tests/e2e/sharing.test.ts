/**
 * Shared employment (SPEC §3.5): 陈鹏飞 posts a shortage for 鹏飞水饺馆 on his phone and sees 金花粉扑's
 * spare packers ranked with a reason for each part; 王桂玲 brokers the agreement on the console; both
 * owners sign on their phones; 孙丽娟 (金花's packer, used by no other journey) consents on her phone in
 * elder mode; the street sees the agreement active. 窦金花 also drafts a second agreement herself from a
 * match on her phone (a margin refused under the fee), both owners sign it, 孙丽娟 consents to it too, and
 * 陈鹏飞 records the month's hours on his phone. Then 孙丽娟 asks in elder mode to go back early from the first,
 * naming the duty broken, and the street sees her back; an extension of the second takes effect only
 * after both owners and she agree again. Every row read here is one this journey made.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, launch, newPage, signInByPhone, signInStaff } from './support/browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

/** A toast fades as it goes; scan the page once it has gone, not half-transparent in passing. */
const toastGone = async (p: Page) => {
  await p.locator('.adm-toast-main').waitFor({ state: 'attached' });
  await p.locator('.adm-toast-main').waitFor({ state: 'detached' });
};
const bodyFontSize = (p: Page) => p.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
const dayFromNow = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(Date.now() + days * 86_400_000));

let agreementPath = '';
let draftedPath = '';
// 陈鹏飞 and 窦金花 stay signed in: a second code for the same phone within a minute would wait for the resend limit.
let chenPage: Page;
let douPage: Page;
// 孙丽娟 stays signed in, in elder mode, for going back early and the extension.
let sunPage: Page;

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
    douPage = dou;
    await signInByPhone(dou, '13900000010');
    for (const page of [dou, chenPage]) {
      await page.goto('/');
      await page.getByTestId('owner-sharing').click();
      await page.getByText('金花粉扑包装微工厂 → 鹏飞水饺馆').click();
      await page.getByTestId('injury-liability').waitFor();
      agreementPath = new URL(page.url()).pathname;
      await page.getByRole('button', { name: /^以.+名义签署$/ }).click();
      await expect.poll(() => page.getByRole('button', { name: /^以.+名义签署$/ }).count()).toBe(0);
      await toastGone(page);
      await expectAccessible(page, 'sharing agreement on the phone');
    }
    expect(agreementPath).toMatch(/\/sharing\/employer\/agreements\/\d+/);
  });

  it('窦金花 drafts an agreement from a match on her phone; both owners sign it', async () => {
    const page = douPage;
    await page.goto('/sharing/employer');
    await page
      .getByText(/^富余员工/)
      .first()
      .click();
    await page.getByTestId('draft-from-match').filter({ hasText: '鹏飞水饺馆' }).first().click();
    await page.getByLabel('岗位名称').fill('周末包装');
    await page.getByRole('checkbox', { name: /孙丽娟/ }).check();
    await page.getByLabel('开始日期').fill(dayFromNow(40));
    await page.getByLabel('归还日期').fill(dayFromNow(50));
    await page.getByLabel('工资（元/天）').fill('150');
    await page.getByLabel('社保（元/天）').fill('20');
    await page.getByLabel('可退回的情形').fill('借用企业停业\n严重违反规章制度');
    // One yuan above the cost is a margin: refused under the fee, by name.
    await page.getByLabel('服务费（元/天）').fill('171');
    await page.getByTestId('draft-submit').click();
    await page.getByRole('alert').filter({ hasText: '不得收取差价' }).waitFor();
    await expectAccessible(page, 'owner drafts an agreement');
    await page.getByLabel('服务费（元/天）').fill('170');
    await page.getByTestId('draft-submit').click();
    await page.waitForURL(/\/sharing\/employer\/agreements\/\d+/);
    draftedPath = new URL(page.url()).pathname;
    await page.getByTestId('injury-liability').waitFor();
    for (const owner of [page, chenPage]) {
      await owner.goto(draftedPath);
      await owner.getByRole('button', { name: /^以.+名义签署$/ }).click();
      await expect.poll(() => owner.getByRole('button', { name: /^以.+名义签署$/ }).count()).toBe(0);
    }
    await toastGone(page);
    expect(await page.getByTestId('agreement-waiting').textContent()).toContain('孙丽娟本人同意');
    await expectAccessible(page, 'owner-drafted agreement signed');
    await page.context().close();
  });

  it('孙丽娟 consents on her phone in elder mode, and the agreement is active', async () => {
    const page = await newPage(browser);
    await signInByPhone(page, '13900000063');
    await page.goto('/profile');
    await page.getByRole('switch', { name: '长辈模式' }).click();
    await expect.poll(() => bodyFontSize(page)).toBeGreaterThanOrEqual(18);
    await page.goto('/');
    await page.getByTestId('my-sharing-link').click();
    // The brokered agreement and the one 窦金花 drafted: she consents to each.
    for (const title of ['包装帮工', '周末包装']) {
      const card = page.getByTestId('my-sharing').filter({ hasText: title });
      await card.getByText('由出借企业承担（不可更改）').waitFor();
      await expectAccessible(page, 'my sharing in elder mode');
      await card.getByRole('button', { name: '同意', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: '同意' }).click();
      await card.getByTestId('my-sharing-answer').waitFor();
      expect(await card.textContent()).toContain('已生效');
      expect(await card.getByTestId('my-sharing-answer').textContent()).toContain('已同意');
    }
    // Active, she may ask to go back early: the form is there, in elder mode.
    await page.getByTestId('return-request').first().waitFor();
    await expectAccessible(page, 'my sharing answered in elder mode');
    sunPage = page;

    // 陈鹏飞 records the first month's hours on his phone; the money is at cost.
    await chenPage.goto(draftedPath);
    const money = chenPage.getByTestId('money-form');
    await money.getByLabel('月份（每月1日）').fill(`${dayFromNow(40).slice(0, 7)}-01`);
    await money.getByLabel('本月工时（小时）').fill('16');
    await money.getByRole('button', { name: '登记工时' }).click();
    await chenPage.getByText(/借用企业支付340\.00元/).waitFor();
    await toastGone(chenPage);
    await expectAccessible(chenPage, 'owner records the month');

    const street = await newPage(browser, DESKTOP);
    await signInStaff(street, 'wangguiling');
    await street.waitForURL(/\/staff\/(?!login)/);
    await street.goto('/staff/sharing');
    const active = street
      .getByTestId('sharing-agreements')
      .locator('tr', { hasText: '孙丽娟' })
      .filter({ hasText: '已生效' });
    await active.nth(1).waitFor();
    expect(await active.count()).toBe(2);
    await expectAccessible(street, 'street sees both agreements active');
    await street.context().close();
  });
});

describe('going back early, and an extension asked of the worker', () => {
  it('孙丽娟 asks on her phone in elder mode to go back early, naming a broken duty; the street sees it', async () => {
    const page = sunPage;
    await page.reload();
    await expect.poll(() => bodyFontSize(page)).toBeGreaterThanOrEqual(18);
    const card = page.getByTestId('my-sharing').filter({ hasText: '包装帮工' });
    const form = card.getByTestId('return-request');
    await form.getByRole('radio', { name: '不安排休息' }).check();
    await form.getByLabel('补充说明（可不填）').fill('连续10天没有休息');
    await form.getByRole('button', { name: '申请返回' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '申请返回' }).click();
    await card.getByTestId('my-sharing-returned').waitFor();
    expect(await card.getByTestId('my-sharing-returned').textContent()).toContain('本人申请提前返回');
    expect(await card.textContent()).toContain('已结束');
    await toastGone(page);
    await expectAccessible(page, 'my early return in elder mode');

    // The street (the console is a desktop screen): the agreement has ended, 孙丽娟 back at her own request.
    const street = await newPage(browser, DESKTOP);
    await signInStaff(street, 'wangguiling');
    await street.waitForURL(/\/staff\/(?!login)/);
    await street.goto('/staff/sharing');
    const row = street.getByTestId('sharing-agreements').locator('tr', { hasText: '孙丽娟（本人申请提前返回）' });
    await row.waitFor();
    expect(await row.textContent()).toContain('已结束');
    await expectAccessible(street, 'street sees the early return');
    await street.context().close();
  });

  it('an extension takes effect only once both firms and 孙丽娟 agree', async () => {
    const newEnd = dayFromNow(55);
    await chenPage.goto(draftedPath);
    const chenForm = chenPage.getByTestId('extension-form');
    await chenForm.getByLabel('新的归还日期').fill(newEnd);
    await chenForm.getByRole('button', { name: '提出续期' }).click();
    await chenForm
      .getByRole('status')
      .filter({ hasText: `续期至${newEnd}` })
      .waitFor();
    await toastGone(chenPage);
    await expectAccessible(chenPage, 'owner proposes an extension');

    const dou = await newPage(browser);
    await signInByPhone(dou, '13900000010');
    await dou.goto(draftedPath);
    const douForm = dou.getByTestId('extension-form');
    await douForm.getByRole('button', { name: `以金花粉扑包装微工厂名义同意续期至${newEnd}` }).click();
    // Both firms agree; the worker has not: the end date stands, and the form says whom it waits for.
    await douForm.getByRole('status').filter({ hasText: '孙丽娟' }).waitFor();
    expect(await dou.getByTestId('agreement-events').textContent()).not.toContain(`协议续期至${newEnd}`);
    await toastGone(dou);
    await expectAccessible(dou, 'extension waiting for the worker');

    // 孙丽娟 is asked again on her phone, in elder mode, and agrees.
    await sunPage.reload();
    const card = sunPage.getByTestId('my-sharing').filter({ hasText: '周末包装' });
    await card.getByTestId('my-sharing-extension').waitFor();
    expect(await card.getByTestId('my-sharing-extension').textContent()).toContain(newEnd);
    await expectAccessible(sunPage, 'extension asked in elder mode');
    await card.getByRole('button', { name: '同意续期', exact: true }).click();
    // Her answer was the last one awaited: the question goes, and her card shows the new end date.
    await card.getByTestId('my-sharing-extension').waitFor({ state: 'detached' });
    expect(await card.textContent()).toContain(newEnd);
    await toastGone(sunPage);
    await expectAccessible(sunPage, 'extension answered in elder mode');

    // Only now is it extended.
    await dou.reload();
    await dou.getByTestId('agreement-events').getByText(`协议续期至${newEnd}`).waitFor();
    for (const p of [dou, chenPage, sunPage]) await p.context().close();
  });
});
