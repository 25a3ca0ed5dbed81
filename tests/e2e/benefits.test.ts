/**
 * Policies that find people (SPEC §3.3): 王桂玲 builds a rule and sees how many
 * qualify, runs an outreach campaign; 孙海燕 logs a door visit; 陈鹏飞 applies
 * for the startup subsidy on his phone; the community and the street approve it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, launch, newPage, signInByPhone, signInStaff } from './support/browser';

let browser: Browser;
let street: Page;
let chen: Page;
let applicationId = 0;

beforeAll(async () => {
  browser = await launch();
  street = await newPage(browser, DESKTOP);
  await signIn(street, 'wangguiling');
});
afterAll(() => browser?.close());

async function signIn(page: Page, username: string) {
  await signInStaff(page, username);
  await page.waitForURL(/\/staff\/(?!login)/);
}

async function pick(page: Page, label: string, option: string) {
  await page.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option })
    .first()
    .click();
  // the closing list (an unnamed listbox while it animates out) is not part of the page to scan
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').first().waitFor({ state: 'hidden' });
}

describe('a street officer', () => {
  it('builds a rule in the form and sees how many people qualify before publishing', async () => {
    await street.goto('/staff/benefits/policies');
    await street.getByText('一次性创业补贴').first().waitFor();
    await expectAccessible(street, 'policy catalog');
    await street.getByRole('button', { name: '新建政策' }).click();
    const dialog = street.getByRole('dialog');
    await dialog.getByLabel('政策编码').fill('mother-flexible');
    await dialog.getByLabel('政策名称').fill('宝妈灵活就业补贴');
    await dialog.getByLabel('政策说明').fill('照顾幼儿的宝妈灵活就业，给予补贴。');
    await dialog.getByRole('button', { name: /确定|保存/ }).click();
    await street.waitForURL(/\/staff\/benefits\/policies\/\d+$/);
    await street.getByTestId('rule-builder').waitFor();

    // age ≥ 20 and is a mother
    await street.getByLabel('条件 1.1 的数值').fill('20');
    await street.getByRole('button', { name: '添加条件', exact: true }).click();
    await pick(street, '条件 1.2 的条件项', '人员标签');
    await street.getByRole('button', { name: '预览符合人数' }).click();
    const preview = street.getByTestId('preview-count');
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(/现有 \d+ 人符合条件/);
    await expectAccessible(street, 'rule builder with preview');

    await street.getByRole('button', { name: '发布新版本' }).click();
    await street
      .getByRole('dialog')
      .getByRole('button', { name: /确定|OK/ })
      .click();
    await street.getByText('v1').first().waitFor();
    const saved = await street.evaluate(
      async (id) => (await fetch(`/api/v1/benefits/policies/${id}`)).json(),
      Number(street.url().split('/').pop()),
    );
    expect(saved).toMatchObject({
      status: 'published',
      version: 1,
      rule: {
        kind: 'all',
        rules: [
          { fact: 'age', value: 20 },
          { kind: 'hasLabel', label: 'mother' },
        ],
      },
    });
  });

  it('runs an outreach campaign and sees its funnel by community', async () => {
    await street.goto('/staff/benefits/campaigns');
    await street.getByText('一次性创业补贴').first().waitFor();
    await expectAccessible(street, 'campaigns');
    await street.getByRole('button', { name: '发起政策找人' }).click();
    await pick(street, '政策', '灵活就业人员社保补贴');
    await street.getByRole('button', { name: '开始' }).click();
    await street.waitForURL(/\/staff\/benefits\/campaigns\/\d+$/);
    await street.getByTestId('funnel-qualified').waitFor();
    const qualified = Number((await street.getByTestId('funnel-qualified').locator('strong').textContent()) ?? '0');
    expect(qualified).toBeGreaterThan(0);
    expect(await street.getByText('复兴社区').count()).toBeGreaterThan(0);
    await expectAccessible(street, 'campaign funnel');
  });
});

describe('a community officer', () => {
  it('logs a door visit for a task of the campaign', async () => {
    const page = await newPage(browser, DESKTOP);
    await signIn(page, 'fuxing01');
    await page.goto('/staff/benefits/tasks');
    await page.locator('tbody tr.ant-table-row').first().waitFor();
    await expectAccessible(page, 'door-visit tasks');
    const rows = await page.locator('tbody tr.ant-table-row').allInnerTexts();
    for (const row of rows) expect(row).toContain('复兴社区');
    await page.locator('tbody tr.ant-table-row').first().getByRole('button', { name: '登记走访' }).click();
    await page.getByRole('dialog').getByLabel('情况说明').fill('已上门讲解政策');
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await page.getByText('走访已登记').waitFor();
    await page.getByLabel('显示').click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '已完成' })
      .click();
    await page
      .getByText(/有意申请 · 孙海燕/)
      .first()
      .waitFor();
    expect(await page.getByText(/有意申请 · 孙海燕/).count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('陈鹏飞 applies and the two reviews approve it', () => {
  it('sees the startup subsidy for his restaurants with the reason, and applies on his phone', async () => {
    chen = await newPage(browser);
    await signInByPhone(chen, '13900000020');
    await chen.getByRole('link', { name: /政策/ }).first().click();
    await chen.waitForURL(/\/benefits$/);
    const card = chen.getByTestId('policy-startup-once').filter({ hasText: '鹏飞水饺馆' });
    await card.waitFor();
    expect(await card.textContent()).toContain('企业类型为');
    expect(await chen.getByTestId('policy-guarantee-loan').count()).toBe(1);
    await expectAccessible(chen, 'policies for me');
    await card.getByRole('link', { name: '查看并申请' }).click();
    await chen.getByRole('button', { name: '立即申请' }).waitFor();
    await expectAccessible(chen, 'policy detail');
    await chen.getByRole('button', { name: '立即申请' }).click();
    // before sending: what the reviewers will see and what to attach
    const preview = chen.getByTestId('apply-preview');
    await preview.waitFor();
    expect(await preview.textContent()).toContain('经营场所证明');
    expect(await preview.textContent()).toContain('鹏飞水饺馆');
    await expectAccessible(chen, 'apply preview');
    await chen.getByRole('button', { name: '确认提交' }).click();
    await chen.waitForURL(/\/benefits\/applications\/\d+$/);
    applicationId = Number(chen.url().split('/').pop());
    await chen.getByTestId('application-status').getByText('待社区审核').waitFor();
    await expectAccessible(chen, 'application status');
  });

  it('is approved by the community officer and then the street', async () => {
    const community = await newPage(browser, DESKTOP);
    await signIn(community, 'tiejue01');
    await community.goto('/staff/benefits/reviews');
    await community.getByRole('link', { name: '鹏飞水饺馆' }).click();
    // the materials are not uploaded yet: approving needs a written reason, kept in the audit log
    await community
      .getByTestId('approval-blockers')
      .getByText(/缺少材料：营业执照/)
      .waitFor();
    await community.getByRole('button', { name: '社区审核通过' }).click();
    await community
      .getByText(/暂不能通过/)
      .first()
      .waitFor();
    await community.getByLabel(/放行理由/).fill('材料已在驿站窗口查验原件');
    await community.getByRole('button', { name: '社区审核通过' }).click();
    await community.getByText('待街道审核').first().waitFor();
    await expectAccessible(community, 'community review');
    await community.context().close();

    await street.goto(`/staff/benefits/reviews/${applicationId}`);
    await street.getByLabel(/放行理由/).fill('社区已查验原件');
    await street.getByRole('button', { name: '街道审核通过' }).click();
    await street.getByText('已通过待发放').first().waitFor();
    await expectAccessible(street, 'street review');

    await chen.reload();
    await chen.getByTestId('application-status').getByText('已通过待发放').waitFor();
    expect(await chen.getByText('12,000.00').count()).toBeGreaterThan(0);
  });
});

describe('an eligible policy shows what made it so', () => {
  it('shows 陈鹏飞 the met branch of the guarantee loan in green, without the unmet alternatives as failures', async () => {
    await chen.goto('/benefits');
    await chen.getByTestId('policy-guarantee-loan').getByRole('link', { name: '查看并申请' }).click();
    const why = chen.locator('.b-conditions');
    await why.waitFor();
    const hukou = why.locator('.b-condition--yes', { hasText: '户籍地以“青岛市”开头' });
    await hukou.waitFor();
    expect(await hukou.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(35, 120, 4)');
    // one branch of "any" is enough: being a graduate or a veteran is not shown as a failure
    expect(await why.locator('.b-condition--no').count()).toBe(0);
    expect(await why.getByText('属于高校毕业生').count()).toBe(0);
    await why.getByText(/本人创业情况：本人已办理营业执照/).waitFor();
    await expectAccessible(chen, 'eligible policy with its branch');
  });
});

describe('a 免申即享 batch is prepared by one officer and confirmed by another', () => {
  it('王桂玲 prepares the list, reads every recipient with the reasons, and leaves one out with a reason', async () => {
    await street.goto('/staff/benefits/batches');
    await pick(street, '政策', '灵活就业人员社保补贴');
    await street.getByText(/\d+ 人，共/).waitFor();
    await street.getByRole('button', { name: '生成发放名单' }).click();
    await street.waitForURL(/\/staff\/benefits\/batches\/\d+$/);
    const total = street.getByTestId('batch-total');
    await total.waitFor();
    const before = (await total.textContent()) ?? '';
    const n = Number(/(\d+) 人/.exec(before)![1]);
    expect(n).toBeGreaterThan(1);
    // names masked, the community, the amount and the reasons of the rule version
    const firstRow = street.locator('tbody tr.ant-table-row').first();
    expect(await firstRow.textContent()).toMatch(/\*.*社区.*1,500\.00.*待确认/);
    await street.getByText('认定依据（v1）').first().waitFor();
    // the one who prepared it cannot confirm it
    await street.getByText('须由另一位街道工作人员复核确认').waitFor();
    expect(await street.getByRole('button', { name: '复核无误，确认发放' }).count()).toBe(0);
    await expectAccessible(street, 'batch under review');

    await firstRow.getByRole('button', { name: /^排除/ }).click();
    const dialog = street.getByRole('dialog');
    await dialog.getByLabel('排除理由（必填，记入审计）').fill('已在原单位参保，不重复补贴');
    await dialog.getByRole('button', { name: '排除' }).click();
    await street.getByText(/排除理由：已在原单位参保/).waitFor();
    expect(await total.textContent()).toContain(`${n - 1} 人`);
  });

  it('刘燕 checks it and confirms; the batch opens to its recipients and their payment state', async () => {
    const batchUrl = street.url();
    const checker = await newPage(browser, DESKTOP);
    await signIn(checker, 'liuyan');
    await checker.goto(batchUrl);
    await checker.getByRole('button', { name: '复核无误，确认发放' }).click();
    await checker
      .getByRole('dialog')
      .getByRole('button', { name: /确定|OK/ })
      .click();
    await checker.getByText('已确认发放').first().waitFor();
    await checker.getByText('已发放并通知').first().waitFor();
    expect(await checker.getByText('已排除').count()).toBe(1);
    await expectAccessible(checker, 'confirmed batch');
    await checker.goto('/staff/benefits/batches');
    const row = checker.locator('tbody tr', { hasText: '灵活就业人员社保补贴' }).first();
    expect(await row.textContent()).toContain('王桂玲 → 刘燕');
    await checker.context().close();
  });
});

describe('a door visit files the application on the spot (现场代办申请)', () => {
  it('records the consent, opens the application, and the task closes itself', async () => {
    await street.goto('/staff/benefits/campaigns');
    await street.getByRole('button', { name: '发起政策找人' }).click();
    await pick(street, '政策', '一次性创业补贴');
    await street.getByRole('button', { name: '开始' }).click();
    await street.waitForURL(/\/staff\/benefits\/campaigns\/\d+$/);
    const campaignId = Number(street.url().split('/').pop());
    await street.goto(`/staff/benefits/tasks?campaignId=${campaignId}`);
    const row = street.locator('tbody tr.ant-table-row', { hasText: '鹏飞家常菜馆' });
    await row.waitFor();
    await row.getByRole('button', { name: '登记走访' }).click();
    const dialog = street.getByRole('dialog');
    await pick(street, '走访结果', '现场代办申请');
    await dialog.getByText('保存后即以本人名义提交申请').waitFor();
    await expectAccessible(street, 'on-site application');
    await dialog.getByLabel('情况说明').fill('上门讲解后当场代为申请');
    await dialog.getByRole('button', { name: '保存' }).click();
    await street.getByText('走访已登记').waitFor();
    await row.waitFor({ state: 'detached' });
    await pick(street, '显示', '已完成');
    const done = street.locator('tbody tr.ant-table-row', { hasText: '鹏飞家常菜馆' });
    await done.getByText('已申请，任务自动完成').waitFor();
    expect(await done.textContent()).toContain('现场代办申请 · 王桂玲');
    await expectAccessible(street, 'closed tasks');
  });
});
