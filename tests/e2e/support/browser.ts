/**
 * Debian's Chromium driven by playwright-core (no browser is ever downloaded),
 * and an axe-core scan that fails a journey on serious or critical violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const PHONE = { width: 375, height: 740 };
export const DESKTOP = { width: 1280, height: 860 };

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newPage(browser: Browser, viewport = PHONE): Promise<Page> {
  const context = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    baseURL: inject('baseUrl'),
  });
  return context.newPage();
}

/** Scans the page as it is now; serious and critical violations fail the test with their names. */
export async function expectAccessible(page: Page, label: string) {
  // Scan the settled page, not a colour half-way through a hover or selection transition.
  // The style is removed afterwards: dialogs wait for their closing transition.
  const still = await page.addStyleTag({
    content: '*, *::before, *::after { transition: none !important; animation: none !important; }',
  });
  await page.mouse.move(0, 0);
  await page.waitForTimeout(50);
  // antd-mobile fades its dialogs and masks in from script (react-spring), not by CSS transitions:
  // wait until every one on screen is fully opaque, or the scan reads a colour half-faded.
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLElement>('.adm-center-popup-wrap, .adm-popup-body, .adm-mask')]
        .filter((el) => el.getClientRects().length > 0)
        .every((el) => getComputedStyle(el).opacity === '1'),
    undefined,
    { timeout: 5_000 },
  );
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  await still.evaluate((el) => (el as Element).remove());
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
  expect(bad, `accessibility of ${label}`).toEqual([]);
}

/** The code the demo SMS outbox holds for a phone (demo mode only). */
export async function latestSmsCode(page: Page, phone: string): Promise<string> {
  const res = await page.request.get(`/api/v1/dev/sms-outbox?phone=${phone}`);
  const body = (await res.json()) as { items: { code: string | null }[] };
  const code = body.items[0]?.code;
  if (!code) throw new Error(`no SMS code for ${phone}`);
  return code;
}

/** A resident signs in on the phone with the SMS code from the development outbox, and lands on the home page. */
export async function signInByPhone(page: Page, phone: string) {
  // Another journey may have sent this phone a code in the last minute: the next one waits that minute out.
  for (;;) {
    await page.goto('/login');
    await page.getByLabel('手机号码').fill(phone);
    const answer = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/auth/sms-code') && r.request().method() === 'POST',
    );
    await page.getByTestId('send-sms-code').click();
    const res = await answer;
    if (res.status() !== 429) break;
    const body = (await res.json()) as { error?: { params?: { seconds?: number } } };
    await page.waitForTimeout(((body.error?.params?.seconds ?? 60) + 1) * 1000);
  }
  await expect.poll(() => page.getByTestId('send-sms-code').textContent()).toMatch(/\d+/);
  await page.getByLabel('验证码').fill(await latestSmsCode(page, phone));
  await page.getByTestId('login-submit').click();
  await page.getByTestId('greeting').waitFor();
}

/** A staff member submits the console's sign-in form (the caller waits for where it leads). */
export async function signInStaff(page: Page, username: string, password = 'Demo@2026') {
  await page.goto('/staff/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByTestId('staff-login-submit').click();
}
