/**
 * No code reaches a screen: the rendered text of the main staff and resident pages holds
 * no snake_case or UPPER_CASE identifier (an enum value, an error or policy code, an
 * audit action) — every one of them is shown in words, in Chinese and in English.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launch, newPage, signInByPhone, signInStaff } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const SNAKE = /\b[a-z]+(?:_[a-z0-9]+)+\b/g;
const UPPER = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g;

/** The codes in a page's rendered text, as "path: code". */
async function codesOn(page: Page): Promise<string[]> {
  // Lists and tables fill in after their data arrives.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const text = await page.locator('body').innerText();
  const path = new URL(page.url()).pathname;
  return [...new Set([...(text.match(SNAKE) ?? []), ...(text.match(UPPER) ?? [])])].map((code) => `${path}: ${code}`);
}

async function scan(page: Page, paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await page.locator('main').first().waitFor();
    found.push(...(await codesOn(page)));
  }
  return found;
}

async function switchToEnglish(page: Page) {
  await page.evaluate(async () => {
    const token = (await (await fetch('/api/v1/me')).json()) as { csrfToken: string };
    await fetch('/api/v1/me/preferences', {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token.csrfToken },
      body: JSON.stringify({ locale: 'en' }),
    });
  });
}

const STAFF_PAGES = [
  '/staff/residents',
  '/staff/enterprises',
  '/staff/piecework',
  '/staff/piecework/venues',
  '/staff/piecework/wages',
  '/staff/jobs-review',
  '/staff/jobs-reports',
  '/staff/jobs-assisted',
  '/staff/benefits/policies',
  '/staff/benefits/campaigns',
  '/staff/benefits/tasks',
  '/staff/benefits/reviews',
  '/staff/benefits/batches',
  '/staff/notifications',
  '/staff/areas',
];

const RESIDENT_PAGES = [
  '/',
  '/jobs',
  '/jobs/profile',
  '/jobs/applications',
  '/piecework',
  '/benefits',
  '/messages',
  '/profile',
  '/profile/consents',
];

describe('no raw codes on screens', () => {
  it("in the street officer's console, in Chinese and in English", { timeout: 240_000 }, async () => {
    const page = await newPage(browser, DESKTOP);
    await signInStaff(page, 'wangguiling');
    await page.waitForURL(/\/staff\/(?!login)/);
    const found = await scan(page, STAFF_PAGES);
    // The first record of each register, opened.
    for (const list of ['/staff/residents', '/staff/enterprises', '/staff/benefits/policies']) {
      await page.goto(list);
      await page.locator('tbody tr.ant-table-row a').first().click();
      await page.waitForURL((url) => url.pathname !== list);
      found.push(...(await codesOn(page)));
    }
    await switchToEnglish(page);
    found.push(...(await scan(page, STAFF_PAGES)));
    expect(found).toEqual([]);
  });

  it("in the auditor's log", async () => {
    const page = await newPage(browser, DESKTOP);
    await signInStaff(page, 'auditor');
    await page.waitForURL(/\/staff\/audit/);
    const found = await scan(page, ['/staff/audit']);
    expect(found).toEqual([]);
  });

  it("on a resident's and an owner's phone, in Chinese and in English", { timeout: 240_000 }, async () => {
    const page = await newPage(browser);
    await signInByPhone(page, '13900000001');
    const found = await scan(page, RESIDENT_PAGES);
    await page.goto('/jobs');
    await page.getByTestId('job-card').first().locator('a').first().click();
    await page.waitForURL(/\/jobs\/posts\/\d+/);
    found.push(...(await codesOn(page)));
    await switchToEnglish(page);
    found.push(...(await scan(page, RESIDENT_PAGES)));

    const owner = await newPage(browser);
    await signInByPhone(owner, '13900000010');
    found.push(...(await scan(owner, ['/', '/piecework/owner', '/jobs/employer'])));
    await owner.goto('/piecework/owner');
    await owner.getByText('金花粉扑包装微工厂').first().click();
    await owner.waitForURL(/\/piecework\/owner\/\d+/);
    found.push(...(await codesOn(owner)));
    expect(found).toEqual([]);
  });
});
