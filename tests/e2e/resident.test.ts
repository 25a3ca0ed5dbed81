/**
 * A resident on a phone: signs in with the SMS code from the demo outbox,
 * edits her profile, and turns on elder mode, which enlarges the type.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, latestSmsCode, launch, newPage } from './support/browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
});
afterAll(() => browser?.close());

async function bodyFontSize(p: Page): Promise<number> {
  return p.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
}

describe('resident journey (375 px phone)', () => {
  it('signs in with the SMS code from the outbox', async () => {
    await page.goto('/login');
    await expectAccessible(page, 'resident sign-in');
    await page.getByLabel('手机号码').fill('1390000');
    await page.getByTestId('send-sms-code').click();
    await expect.poll(() => page.getByText('手机号码格式不正确').count()).toBeGreaterThan(0);

    await page.getByLabel('手机号码').fill('13900000002');
    await page.getByTestId('send-sms-code').click();
    await expect.poll(() => page.getByTestId('send-sms-code').textContent()).toMatch(/\d+/);
    await page.getByLabel('验证码').fill(await latestSmsCode(page, '13900000002'));
    await page.getByTestId('login-submit').click();
    await page.getByTestId('greeting').waitFor();
    expect(await page.getByTestId('greeting').textContent()).toContain('宋秀秀');
    // Every tile opens a working capability; none is "coming soon", and a resident who runs no business has no owner tools.
    expect(await page.getByText('即将开放').count()).toBe(0);
    expect(await page.locator('.m-tiles a').count()).toBe(await page.locator('.m-tiles li').count());
    expect(await page.getByTestId('post-job').count()).toBe(0);
    await expectAccessible(page, 'resident home');
  });

  it('edits her own profile and sees her change', async () => {
    await page.goto('/profile');
    await page.getByText('139****0002').waitFor();
    await expectAccessible(page, 'profile');
    await page
      .getByRole('link', { name: '编辑资料' })
      .or(page.getByRole('button', { name: '编辑资料' }))
      .first()
      .click();
    await page.getByLabel('姓名').waitFor();
    await expectAccessible(page, 'profile edit');
    await page.getByLabel('姓名').fill('宋秀秀（复兴B区）');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('资料已保存').waitFor();
    await page.getByText('宋秀秀（复兴B区）').first().waitFor();
    const res = await page.request.get('/api/v1/me/profile');
    expect(((await res.json()) as { name: string }).name).toBe('宋秀秀（复兴B区）');
  });

  it('reveals her own phone only when asked', async () => {
    expect(await page.getByText('13900000002').count()).toBe(0);
    await page.getByRole('button', { name: '查看手机号码' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /确定|查看/ })
      .last()
      .click();
    await page.getByText('13900000002').waitFor();
  });

  it('enlarges the type in elder mode, and remembers it', async () => {
    const normal = await bodyFontSize(page);
    await page.getByRole('switch', { name: '长辈模式' }).click();
    await expect.poll(() => bodyFontSize(page)).toBeGreaterThanOrEqual(18);
    const elder = await bodyFontSize(page);
    expect(elder).toBeGreaterThan(normal);
    await expectAccessible(page, 'profile in elder mode');
    await page.reload();
    await page.getByText('139****0002').waitFor();
    expect(await bodyFontSize(page)).toBe(elder);
    await page.goto('/');
    await page.getByTestId('greeting').waitFor();
    await expectAccessible(page, 'home in elder mode');
    const target = await page.getByRole('link').first().boundingBox();
    expect(target?.height ?? 0).toBeGreaterThanOrEqual(44);

    // Every checkbox and radio is a target of at least 48 × 48 px in elder mode.
    await page.goto('/profile/edit');
    await page.getByRole('checkbox', { name: '就业困难人员' }).waitFor();
    const boxes = await page.locator('input[type=checkbox], input[type=radio]').evaluateAll((inputs) =>
      inputs.map((input) => {
        const r = input.getBoundingClientRect();
        return { name: input.closest('label')?.textContent ?? '', width: r.width, height: r.height };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(9);
    expect(boxes.filter((b) => b.width < 48 || b.height < 48)).toEqual([]);
  });

  it('withdraws a consent, then closes her account', async () => {
    // Declaring a label with the consent box ticked records a consent to withdraw.
    await page.goto('/profile/edit');
    await page.getByLabel('姓名').waitFor();
    await page.getByRole('checkbox', { name: '就业困难人员' }).check();
    await page.getByRole('checkbox', { name: '我同意平台用这些标签为我匹配政策' }).check();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('资料已保存').waitFor();

    await page.getByRole('link', { name: '授权记录' }).click();
    await page.getByText('自愿申报人员标签用于政策匹配').waitFor();
    await page.getByRole('button', { name: '撤回授权' }).first().click();
    const withdrawDialog = page.getByRole('dialog', { name: '撤回授权' });
    await withdrawDialog.getByText('就业困难人员').waitFor();
    await withdrawDialog.getByRole('button', { name: '撤回', exact: true }).click();
    await page.getByText('授权已撤回').waitFor();
    await page.getByText('撤回时间').first().waitFor();
    expect(await page.getByRole('button', { name: '撤回授权' }).count()).toBe(0);
    await withdrawDialog.waitFor({ state: 'hidden' });
    await expectAccessible(page, 'consent records');

    await page.getByRole('button', { name: '返回' }).click();
    await page.getByRole('button', { name: '注销账号' }).click();
    const closeDialog = page.getByRole('dialog', { name: '注销账号' });
    await closeDialog.getByText('街道按规定保留您的居民登记信息').waitFor();
    await closeDialog.getByRole('button', { name: '确认注销' }).click();
    await page.getByTestId('send-sms-code').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect((await page.request.get('/api/v1/me')).status()).toBe(401);
  });
});
