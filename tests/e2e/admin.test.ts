/**
 * 三员分立 at the console: the system administrator opens an account and
 * adds a compound, the security administrator grants the account a
 * community officer's role and scope, and the new officer works at once.
 * Then two-factor sign-in: the security administrator may require it only
 * after binding an authenticator, officers without one are held on the
 * set-up page, and a sign-in asks for the code. The requirement is turned
 * off again at the end, since the other journeys share this server.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../../src/server/platform/totp';
import { DESKTOP, expectAccessible, launch, newPage, signInStaff } from './support/browser';

const USERNAME = 'anyuan02';
const PASSWORD = 'Anyuan2026ok';

let browser: Browser;
let sysadmin: Page;
let secadmin: Page;
let officer: Page;
let secret = '';

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  // Whatever happened above, leave two-factor sign-in optional for the other journeys.
  if (secadmin) {
    const { csrfToken } = (await (await secadmin.request.get('/api/v1/auth/csrf')).json()) as { csrfToken: string };
    await secadmin.request.put('/api/v1/settings/security', {
      data: { staffTotpRequired: false },
      headers: { 'x-csrf-token': csrfToken },
    });
  }
  await browser?.close();
});

/**
 * Scans with the pointer parked off every control, as a page is first seen
 * (a hovered button is in its lighter hover colour). expectAccessible turns
 * CSS motion off for the rest of the page's life, but antd's dialogs only
 * leave once their closing motion ends; so motion is turned back on after.
 */
async function scan(page: Page, label: string) {
  await page.mouse.move(0, 0);
  await expectAccessible(page, label);
  await page.evaluate(() => {
    for (const style of document.querySelectorAll('style')) {
      if (style.textContent?.includes('transition: none !important')) style.remove();
    }
  });
}

const rowOf = (page: Page, text: string): Locator => page.locator('tbody tr.ant-table-row', { hasText: text });

describe('staff accounts', () => {
  it('the system administrator opens an account, which waits for a role', async () => {
    sysadmin = await newPage(browser, DESKTOP);
    await signInStaff(sysadmin, 'sysadmin');
    await sysadmin.waitForURL(/\/staff\/accounts/);
    await rowOf(sysadmin, 'anyuan01').waitFor();
    await scan(sysadmin, 'staff accounts (system administrator)');

    await sysadmin.getByRole('button', { name: '新建账号' }).click();
    const dialog = sysadmin.getByRole('dialog', { name: '新建工作人员账号' });
    await dialog.getByLabel('用户名').fill(USERNAME);
    await dialog.getByLabel('姓名').fill('周安然');
    await dialog.getByLabel('初始密码').fill('short1');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('初始密码至少 10 位').waitFor();
    await scan(sysadmin, 'new account dialog');
    await dialog.getByLabel('初始密码').fill(PASSWORD);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => rowOf(sysadmin, USERNAME).innerText()).toContain('待授权');
  });

  it('the system administrator adds a compound under 安远路社区', async () => {
    await sysadmin.getByRole('link', { name: '区域', exact: true }).click();
    await sysadmin.getByRole('tree').getByText('安远路社区', { exact: true }).click();
    await sysadmin.getByTestId('selected-area').getByText('安远路社区').waitFor();
    await scan(sysadmin, 'areas (system administrator)');
    await sysadmin.getByRole('button', { name: '新增下级区域' }).click();
    const dialog = sysadmin.getByRole('dialog', { name: '新增下级区域' });
    await dialog.getByLabel('区划代码').fill('370211010001090');
    await dialog.getByLabel('区域名称').fill('安远路测试小区');
    await scan(sysadmin, 'new area dialog');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await sysadmin.getByRole('tree').getByText('安远路测试小区').waitFor();
  });

  it('the security administrator grants it 社区就业服务专员 of 安远路社区', async () => {
    secadmin = await newPage(browser, DESKTOP);
    await signInStaff(secadmin, 'secadmin');
    await secadmin.waitForURL(/\/staff\/accounts/);
    await secadmin.locator('#accounts-q').fill(USERNAME);
    await secadmin.locator('#accounts-q').press('Enter');
    await rowOf(secadmin, USERNAME).getByRole('button', { name: '授权' }).click();
    const dialog = secadmin.getByRole('dialog', { name: /授权/ });
    // The area field appears once a role is chosen. A click on an option still sliding in can be lost, and a list
    // opened while the dialog itself is still opening can close again, so open it (when it is not open) and try again.
    const option = secadmin.locator(
      '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="社区就业服务专员"]',
    );
    for (let attempt = 1; ; attempt++) {
      if (!(await option.isVisible())) await dialog.getByLabel('角色').click();
      const picked = await option.click({ timeout: 5_000 }).then(
        () => true,
        () => false,
      );
      const shown =
        picked &&
        (await dialog
          .getByLabel('服务区域')
          .waitFor({ timeout: 5_000 })
          .then(() => true)
          .catch(() => false));
      if (shown) break;
      if (attempt === 3) throw new Error('the role was not taken by the grant dialog');
    }
    await dialog.getByLabel('服务区域').click();
    await secadmin.locator('.ant-select-tree-node-content-wrapper', { hasText: '安远路社区（社区）' }).click();
    await dialog.locator('.ant-modal-title').click();
    await secadmin.locator('.ant-tree-select-dropdown').waitFor({ state: 'hidden' });
    await scan(secadmin, 'grant dialog');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => rowOf(secadmin, USERNAME).innerText()).toContain('社区就业服务专员');
    expect(await rowOf(secadmin, USERNAME).innerText()).toContain('安远路社区');
    await scan(secadmin, 'staff accounts (security administrator)');
  });

  it('the new officer signs in and sees the residents of 安远路社区', async () => {
    officer = await newPage(browser, DESKTOP);
    await signInStaff(officer, USERNAME, PASSWORD);
    // street and community officers land on the dashboard, their home page
    await officer.waitForURL(/\/staff\/dashboard/);
    await officer.goto('/staff/residents');
    await officer.locator('tbody tr.ant-table-row').first().waitFor();
    const rows = await officer.locator('tbody tr.ant-table-row').allInnerTexts();
    for (const row of rows) expect(row).toContain('安远路社区');
  });
});

describe('two-factor sign-in', () => {
  it('can be required only once the security administrator uses it', async () => {
    await secadmin.getByRole('link', { name: '安全设置', exact: true }).click();
    const required = secadmin.getByRole('switch', { name: '工作人员必须使用双因素认证' });
    await required.click();
    await secadmin.getByText('请先绑定身份验证器（双因素认证）').waitFor();
    expect(await required.getAttribute('aria-checked')).toBe('false');
    await scan(secadmin, 'security settings');

    await secadmin.getByRole('link', { name: '前往绑定身份验证器' }).click();
    await secadmin.waitForURL(/\/staff\/account-security/);
    await secadmin.getByRole('button', { name: '绑定身份验证器' }).click();
    await secadmin.getByRole('img', { name: '身份验证器二维码' }).waitFor();
    secret = (await secadmin.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
    await scan(secadmin, 'authenticator set-up');
    await secadmin.getByLabel('动态码').fill(totpCodeAt(secret, new Date()));
    await secadmin.getByRole('button', { name: '确认绑定' }).click();
    await expect.poll(() => secadmin.getByTestId('totp-status').innerText()).toContain('已开启');

    await secadmin.getByRole('link', { name: '安全设置', exact: true }).click();
    await required.click();
    await expect.poll(() => required.getAttribute('aria-checked')).toBe('true');
  });

  it('holds an officer without an authenticator on the set-up page', async () => {
    await officer.goto('/staff/residents');
    await officer.waitForURL(/\/staff\/account-security/);
    await officer.getByTestId('totp-required-banner').waitFor();
    expect(await officer.getByRole('navigation').getByRole('link').allInnerTexts()).toEqual(['账号安全']);
    await scan(officer, 'account security, set-up required');
  });

  it('asks the security administrator for the code at sign-in', async () => {
    const page = await newPage(browser, DESKTOP);
    await signInStaff(page, 'secadmin');
    const code = page.getByLabel('动态码');
    await code.waitFor();
    await scan(page, 'sign-in asking for the code');
    const next = totpCodeAt(secret, new Date(Date.now() + 30_000));
    await code.fill(String((Number(next) + 500_000) % 1_000_000).padStart(6, '0'));
    await page.getByTestId('staff-login-submit').click();
    await page.getByText('动态码不正确或已使用').waitFor();
    await code.fill(next);
    await page.getByTestId('staff-login-submit').click();
    await page.waitForURL(/\/staff\/accounts/);
    await page.context().close();
  });

  it('is made optional again, and the officer is back at work', async () => {
    const required = secadmin.getByRole('switch', { name: '工作人员必须使用双因素认证' });
    await required.click();
    await expect.poll(() => required.getAttribute('aria-checked')).toBe('false');
    await officer.goto('/staff/residents');
    await officer.locator('tbody tr.ant-table-row').first().waitFor();
  });
});
