/**
 * 代办 everywhere, on the staff console: 复兴社区's officer registers 赵凤兰 (no smartphone), finds her jobs
 * (the reasons speak of 该居民), joins her to 复兴服装缝纫微工厂 after reading her the factory's preview,
 * acknowledges the pay an older worker of that factory has received, and files 赵凤兰's 创业担保贷款
 * application from her whole file with her consent and a material attached. No screen speaks to the
 * officer as if the officer were the resident ("您").
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, launch, newPage, signInStaff } from './support/browser';

let browser: Browser;
let page: Page;
let zhaoId = 0;

beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser, DESKTOP);
});
afterAll(() => browser?.close());

async function pick(label: string, option: string, search?: string) {
  await page.getByLabel(label, { exact: true }).click();
  if (search) await page.getByLabel(label, { exact: true }).fill(search);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option })
    .first()
    .click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').first().waitFor({ state: 'hidden' });
}

/** What the officer reads on the page (and in an open dialog) never addresses the resident as 您. */
async function expectNoYou(what: string) {
  const text = (await page.locator('main').innerText()) + (await page.locator('.ant-modal').allInnerTexts()).join('');
  expect(
    text.includes('您'),
    `${what}: ${text.slice(Math.max(0, text.indexOf('您') - 30), text.indexOf('您') + 30)}`,
  ).toBe(false);
}

async function openAssisted(item: string) {
  await page.getByRole('button', { name: /^代办/ }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

describe("复兴社区's officer acts for residents without a smartphone", () => {
  it('registers 赵凤兰 and reads her job matches of 该居民, not to 您', async () => {
    await signInStaff(page, 'fuxing01');
    await page.waitForURL(/\/staff\/(?!login)/);
    await page.goto('/staff/jobs-assisted');
    await page.getByRole('button', { name: '登记新居民' }).click();
    const dialog = page.getByRole('dialog', { name: '登记新居民' });
    await dialog.getByLabel('姓名').fill('赵凤兰');
    await dialog.getByLabel('身份证号码').fill('370211197004150029');
    await dialog.getByLabel('手机号码').fill('13700003333');
    await dialog.getByLabel('居住小区').click();
    await page.getByTitle('复兴社区A区（小区）').click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/staff\/jobs-assisted\/\d+/);
    zhaoId = Number(new URL(page.url()).pathname.split('/').at(-1));
    await page.getByRole('checkbox', { name: '周一' }).check();
    await page.getByRole('checkbox', { name: '周三' }).check();
    await page.getByRole('button', { name: '保存求职资料' }).click();
    await page.getByText('求职资料已保存').waitFor();
    await page.getByRole('button', { name: '代为申请' }).first().waitFor();
    // the match reasons speak of her (e.g. "…在该居民的空闲时间内"), as her officer reads them
    expect(await page.locator('main').innerText()).toMatch(/该居民的空闲时间/);
    await expectNoYou('the jobs 代办 screen');
    await expectAccessible(page, 'jobs 代办 with matches');
  });

  it('joins her to a micro-factory after reading her the preview, with a witnessed consent', async () => {
    await page.goto(`/staff/residents/${zhaoId}`);
    await page.getByRole('heading', { name: '赵凤兰' }).waitFor();
    await openAssisted('代办：加入微工厂 / 确认工资');
    await page.waitForURL(new RegExp(`/staff/piecework/assisted/${zhaoId}$`));
    await page.getByRole('heading', { name: '微工厂代办 · 赵凤兰' }).waitFor();
    await expectAccessible(page, 'micro-factory 代办');

    await pick('选择微工厂（本辖区内可加入的）', '复兴服装缝纫微工厂', '复兴服装');
    const preview = page.getByTestId('assisted-join-preview');
    await preview.getByText('童装锁边：1.25 元/件').waitFor();
    await preview.getByText('工厂主会看到该居民的').waitFor();
    expect(await preview.innerText()).toContain('姓名「赵凤兰」和手机号 137****3333');
    expect(await preview.innerText()).not.toContain('13700003333');
    await preview.getByRole('radio', { name: '口头同意（有见证人）' }).check();
    const join = preview.getByRole('button', { name: '记录同意并加入' });
    expect(await join.isDisabled()).toBe(true);
    await preview.getByLabel('见证人姓名').fill('网格员刘芳');
    await join.click();
    await page.getByText('已为该居民加入「复兴服装缝纫微工厂」').waitFor();
    await preview.getByText('该居民已加入这家微工厂').waitFor();
    await expectNoYou('the micro-factory 代办 screen');
    await expectAccessible(page, 'micro-factory 代办 after joining');
  });

  it("acknowledges an older worker's paid day with her, on paper", async () => {
    // the seeded older worker of 复兴服装缝纫微工厂 whose newest day's pay waits for her
    const residentId = await page.evaluate(async () => {
      const get = async <T>(url: string) => (await (await fetch(url)).json()) as T;
      const factories = await get<{ items: { id: number; name: string }[] }>(
        '/api/v1/piecework/factories?q=%E5%A4%8D%E5%85%B4%E6%9C%8D%E8%A3%85',
      );
      const factory = factories.items.find((f) => f.name === '复兴服装缝纫微工厂')!;
      const workers = await get<{ residentId: number }[]>(`/api/v1/piecework/factories/${factory.id}/workers`);
      for (const w of workers) {
        const lines = await get<{ items: { status: string; settlementStatus: string }[] }>(
          `/api/v1/piecework/assisted/${w.residentId}/lines`,
        );
        if (lines.items.some((l) => l.status === 'open' && l.settlementStatus === 'paid')) return w.residentId;
      }
      return 0;
    });
    expect(residentId).toBeGreaterThan(0);
    await page.goto(`/staff/piecework/assisted/${residentId}`);
    const lines = page.getByTestId('assisted-lines');
    await lines.getByRole('button', { name: '代为确认收款' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/已向该居民核对：.*在「复兴服装缝纫微工厂」的计件工资 [\d.]+ 元已收到/).waitFor();
    await dialog.getByRole('radio', { name: '纸质签字' }).check();
    await expectNoYou('the acknowledge dialog');
    await expectAccessible(page, 'acknowledging pay for a resident');
    await dialog.getByRole('button', { name: '代为确认收款' }).click();
    await page.getByText('已代该居民确认收款').waitFor();
    await lines.getByText('该居民没有待确认的工资').waitFor();
  });

  it('files her 创业担保贷款 application from her whole file, with her consent and a material', async () => {
    await page.goto(`/staff/residents/${zhaoId}/file`);
    await page.getByRole('heading', { name: '赵凤兰 · 一人一档' }).waitFor();
    await openAssisted('代办申请');
    await page.waitForURL(new RegExp(`/staff/benefits/assisted/${zhaoId}$`));
    await page.getByRole('heading', { name: '代办申请 · 赵凤兰' }).waitFor();

    await pick('选择政策', '创业担保贷款');
    const eligibility = page.getByTestId('assisted-eligibility');
    await eligibility.getByText('还不能确定，缺少资料').waitFor();
    await eligibility.getByText('年龄 ≥ 18').waitFor();
    expect(await eligibility.innerText()).toContain('将提交给审核人员的信息');
    for (const m of ['身份证', '营业执照', '贷款申请表']) await eligibility.getByText(m, { exact: true }).waitFor();
    await eligibility.getByText('已向该居民说明：将以该居民的名义申请「创业担保贷款」').waitFor();
    await expectNoYou('the benefits 代办申请 screen');
    await expectAccessible(page, 'benefits 代办申请');

    await eligibility.getByRole('radio', { name: '纸质签字' }).check();
    await eligibility.getByRole('button', { name: '记录同意并提交申请' }).click();
    const materials = page.getByTestId('assisted-materials');
    await materials.getByText('已为该居民提交申请').waitFor();
    await materials.getByLabel('选择文件').setInputFiles({
      name: '身份证.png',
      mimeType: 'image/png',
      buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
    });
    await materials.getByRole('button', { name: '上传' }).click();
    await materials.getByRole('link', { name: '身份证：身份证.png' }).waitFor();
    await expectNoYou('the materials step');
    await expectAccessible(page, 'benefits 代办申请 materials');

    // her whole file lists what was done for her, by whom
    await page.goto(`/staff/residents/${zhaoId}/file`);
    const assisted = page.getByTestId('file-section-assisted');
    await assisted.getByText('代为政策申请：创业担保贷款').waitFor();
    await assisted.getByText('代为加入微工厂：复兴服装缝纫微工厂').waitFor();
    expect(await assisted.innerText()).toContain('孙海燕');
  });
});
