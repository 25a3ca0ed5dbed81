/**
 * Guarantee loans (SPEC §3.4): 陈鹏飞 comes to the 铁橛山路社区创贷驿站, whose agent files a loan for his first
 * restaurant with his written consent (代办); he follows the tracker on his phone in elder mode; the station's
 * second agent, the street, the guarantee centre and the bank each take their step; the bank disburses, and the
 * plan with its 贴息 appears on his phone; the bank records his first repayment; the street records the last quarter's
 * 贴息 (once: a second run finds it recorded) and reads it on the desk and at 375 px. His earlier loan (the second
 * restaurant, with the bank) is the seed's and is left as it is; his elder mode is put back afterwards.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, launch, newPage, PHONE, signInByPhone, signInStaff } from './support/browser';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

let browser: Browser;
let chen: Page;
let loanId = 0;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  if (chen) await setElderMode(chen, false);
  await browser?.close();
});

async function staffPage(username: string): Promise<Page> {
  const page = await newPage(browser, DESKTOP);
  await signInStaff(page, username);
  await page.waitForURL(/\/staff\/(?!login)/);
  return page;
}

async function setElderMode(page: Page, on: boolean) {
  await page.evaluate(async (elderMode) => {
    const { csrfToken } = (await (await fetch('/api/v1/auth/csrf')).json()) as { csrfToken: string };
    await fetch('/api/v1/me/preferences', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ elderMode }),
    });
  }, on);
}

async function step(username: string, action: string, before?: (page: Page) => Promise<void>) {
  const page = await staffPage(username);
  await page.goto(`/staff/loans/${loanId}`);
  const button = page.getByTestId(`loan-action-${action}`);
  await button.waitFor();
  await before?.(page);
  await button.click();
  await page.getByText('已完成').first().waitFor();
  await page.context().close();
}

describe('a guarantee loan from the station to the money', () => {
  it('the station agent files it for 陈鹏飞 with his written consent and takes it in', async () => {
    const agent = await staffPage('tiejuezhan01');
    await agent.goto('/staff/loans');
    await agent.getByRole('button', { name: '代办新申请' }).click();
    await agent.getByLabel('申请人手机号码').fill('13900000020');
    await agent.getByRole('button', { name: '查找' }).click();
    expect(await agent.getByTestId('applicant-name').textContent()).toBe('陈鹏飞');
    await agent.getByLabel('用于哪个经营主体').click();
    await agent
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: '鹏飞家常菜馆',
      })
      .click();
    // the closing list (an unnamed listbox while it animates out) is not part of the page to scan
    await agent.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').first().waitFor({ state: 'hidden' });
    await agent.getByLabel('贷款金额（元）').fill('250000');
    await agent.getByLabel('贷款用途').fill('家常菜馆扩建后厨、添置设备');
    await agent.getByLabel('将带动就业（人）').fill('2');
    await agent.getByText(/我同意将本次申请的信息和材料提供给西海岸新区创业担保中心和合作银行珠海街道支行/).click();
    await expectAccessible(agent, 'assisted loan form');
    await agent.getByRole('button', { name: '提交申请' }).click();
    await agent.waitForURL(/\/staff\/loans\/\d+$/);
    loanId = Number(agent.url().split('/').pop());
    await agent.getByTestId('loan-action-accept').click();
    await expect.poll(() => agent.getByTestId('loan-status').textContent()).toContain('驿站审核');
    // who filed it does not review it
    expect(await agent.getByTestId('loan-action-station_approve').count()).toBe(0);
    await expectAccessible(agent, 'loan in station review');
    await agent.context().close();
  });

  it('陈鹏飞 follows it on his phone in elder mode: who holds it, the days, what is missing, what comes next', async () => {
    chen = await newPage(browser);
    await signInByPhone(chen, '13900000020');
    await setElderMode(chen, true);
    await chen.goto('/');
    await chen.getByRole('link', { name: '创业贷款' }).click();
    await chen.waitForURL(/\/loans$/);
    await chen.getByText('鹏飞家常菜馆').waitFor();
    expect(await chen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(chen, 'my loans in elder mode');
    await chen.getByText('鹏飞家常菜馆').click();
    await chen.waitForURL(new RegExp(`/loans/${loanId}$`));
    expect(await chen.getByTestId('loan-status').textContent()).toContain('驿站审核');
    expect(await chen.getByTestId('loan-holder').textContent()).toBe('现在由铁橛山路社区创贷驿站办理');
    expect(await chen.getByTestId('loan-days').textContent()).toMatch(/本环节已用\d+个工作日，目标5个工作日/);
    expect(await chen.getByTestId('loan-missing').textContent()).toContain('身份证');
    expect(await chen.getByTestId('loan-next').textContent()).toContain('转街道人社中心审核');
    expect(await chen.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(18);
    expect(await chen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(chen, 'loan tracker in elder mode');
  });

  it('the station takes the materials; a second agent, the street, the guarantee centre and the bank decide', async () => {
    const agent = await staffPage('tiejuezhan01');
    await agent.goto(`/staff/loans/${loanId}`);
    for (const material of ['身份证', '营业执照或创业计划书', '贷款申请表']) {
      await agent
        .getByLabel('选择文件（PDF或图片）')
        .setInputFiles({ name: `${material}.png`, mimeType: 'image/png', buffer: PNG });
      await agent.getByRole('button', { name: '上传' }).click();
      await agent.getByText(`${material}：${material}.png`).waitFor();
    }
    expect(await agent.getByTestId('loan-missing').textContent()).toBe('材料已齐全');
    await agent.context().close();

    await step('tiejuezhan02', 'station_approve');
    await step('wangguiling', 'street_approve');
    await step('guarantee01', 'guarantee_approve');
    await step('bank01', 'bank_approve', async (page) => {
      expect(await page.getByLabel('年利率（%）').inputValue()).toBe('3.50');
      await expectAccessible(page, 'bank decision');
    });
    await step('bank01', 'disburse');
    // five sign-ins and three uploads: more than a minute on a busy machine
  }, 150_000);

  it('the plan and its 贴息 appear on his phone', async () => {
    await chen.reload();
    expect(await chen.getByTestId('loan-status').textContent()).toContain('已放款，还款中');
    await chen.getByTestId('loan-schedule').waitFor();
    expect(await chen.getByTestId('loan-schedule').locator('li').count()).toBe(8);
    expect(await chen.getByTestId('loan-subsidy-total').textContent()).toMatch(/贴息合计[\d,]+\.\d{2}元/);
    expect(await chen.getByTestId('loan-subsidy-total').textContent()).not.toBe('贴息合计0.00元');
    await expectAccessible(chen, 'loan plan in elder mode');
  });

  it('陈鹏飞 can also apply on his own: the form fits his phone in elder mode', async () => {
    await chen.goto('/loans/apply');
    await chen.getByRole('button', { name: '提交申请' }).waitFor();
    expect(await chen.getByText('个人创业担保贷款').count()).toBeGreaterThan(0);
    expect(await chen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(chen, 'loan application in elder mode');
  });

  it('the bank records his first repayment against the plan, by its own reference', async () => {
    const bank = await staffPage('bank01');
    await bank.goto(`/staff/loans/${loanId}`);
    await bank.getByTestId('repay-submit').waitFor();
    expect(await bank.getByLabel('还款金额（元）').inputValue()).toMatch(/^\d+(\.\d{1,2})?$/);
    await expectAccessible(bank, 'repayment form');
    await bank.getByTestId('repay-submit').click();
    // a repayment without the bank's reference is refused before it is sent
    await bank.getByText('请填写银行流水号').waitFor();
    await bank.getByLabel('银行流水号').fill(`E2E${loanId}P1`);
    await bank.getByTestId('repay-submit').click();
    await bank.getByText('已记录还款').first().waitFor();
    await bank.getByTestId('loan-repayments').getByText(`E2E${loanId}P1`).waitFor();
    await bank.getByTestId('staff-loan-schedule').getByText('已还清').first().waitFor();
    await expectAccessible(bank, 'repayment recorded');
    await bank.goto('/staff/loans/repayments');
    await bank.getByText('下载导入模板（.xlsx）').waitFor();
    await expectAccessible(bank, 'repayment import');
    await bank.context().close();
  });

  it('the street reads the settings: products with their legal basis, the rate rules, the dated LPR', async () => {
    const street = await staffPage('wangguiling');
    await street.goto('/staff/loans/settings');
    await street.getByText('个人创业担保贷款').waitFor();
    expect(await street.getByText('财金〔2020〕21号 第三条（演示参数）').count()).toBeGreaterThan(0);
    expect(await street.getByText('2025-05-20 · 3.00%').count()).toBe(1);
    await expectAccessible(street, 'loan settings');
    await street.goto('/staff/loans?pastTarget=true');
    await street.getByTestId('past-target').first().waitFor();
    await expectAccessible(street, 'loans past their target');
    await street.context().close();
  });

  it('the street records the last quarter’s 贴息 and reads it loan by loan, on the desk and on a phone', async () => {
    const street = await staffPage('wangguiling');
    await street.goto('/staff/loans/subsidy');
    const total = street.getByTestId('subsidy-total');
    await total.waitFor();
    // recorded once: a journey run again on the same database finds it recorded already
    if ((await total.textContent()) === '本季度贴息尚未记录') {
      await expectAccessible(street, 'quarter subsidy not yet recorded');
      await street.getByTestId('subsidy-record').click();
    }
    await expect.poll(() => total.textContent()).toMatch(/王桂玲于.+记录：\d+笔贷款，贴息合计[\d,]+\.\d{2}元/);
    await street.locator('.ant-table-row').first().waitFor();
    await expectAccessible(street, 'quarter subsidy');
    await street.context().close();

    const phone = await newPage(browser, PHONE);
    await signInStaff(phone, 'wangguiling');
    await phone.waitForURL(/\/staff\/(?!login)/);
    await phone.goto('/staff/loans/subsidy');
    await phone.locator('.ant-table-row').first().waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(phone, 'quarter subsidy at 375 px');
    await phone.context().close();
  });
});
