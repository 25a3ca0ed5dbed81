/**
 * Staff tables keep their actions in view: at 1440 and 1280 px every button and link of a
 * table's first row lies inside the window without scrolling sideways, and a last column of
 * actions is fixed to the right (the record's name is fixed to the left), so it stays in view
 * when longer data widens the table.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, signInStaff } from './support/browser';
import { inject } from 'vitest';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const WIDTHS = [1440, 1280] as const;

const PAGES: Record<string, readonly string[]> = {
  wangguiling: [
    '/staff/residents',
    '/staff/enterprises',
    '/staff/piecework',
    '/staff/piecework/venues',
    '/staff/piecework/wages',
    '/staff/jobs-review',
    '/staff/jobs-reports',
    '/staff/benefits/policies',
    '/staff/benefits/campaigns',
    '/staff/benefits/tasks',
    '/staff/benefits/reviews',
    '/staff/benefits/batches',
  ],
  sysadmin: ['/staff/accounts'],
  auditor: ['/staff/audit'],
};

/** The buttons and links of each table's first row that lie outside the window, as "path: text". */
async function actionsOutOfView(page: Page, width: number): Promise<string[]> {
  // Each table's first data row (a table that scrolls sideways starts its body with a measuring row).
  return page.locator('.ant-table-tbody').evaluateAll(
    (bodies, viewportWidth) =>
      bodies
        .map((body) => body.querySelector('tr.ant-table-row'))
        .filter((row): row is HTMLTableRowElement => row !== null)
        .flatMap((row) =>
          [...row.querySelectorAll<HTMLElement>('a, button')]
            .filter((el) => el.getClientRects().length > 0)
            .filter((el) => {
              const r = el.getBoundingClientRect();
              // Hidden under a fixed column counts too: the topmost element at its centre must be it.
              const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
              return r.left < 0 || r.right > viewportWidth || !(hit && (el === hit || el.contains(hit)));
            })
            .map((el) => `${location.pathname}: ${el.textContent?.trim() || el.getAttribute('aria-label')}`)
            .concat(
              // A last column of buttons is the row's action column: fixed to the right, so it stays in view
              // however wide the other columns grow with their data.
              row.lastElementChild?.querySelector('a, button') &&
                !['ant-table-cell-fix-end', 'ant-table-cell-fix-right'].some((fixed) =>
                  row.lastElementChild!.classList.contains(fixed),
                )
                ? [`${location.pathname}: action column not fixed`]
                : [],
            ),
        ),
    width,
  );
}

for (const [username, paths] of Object.entries(PAGES)) {
  describe(`${username}'s tables`, () => {
    for (const width of WIDTHS) {
      it(`keeps every row action in view at ${width} px`, async () => {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          locale: 'zh-CN',
          timezoneId: 'Asia/Shanghai',
          baseURL: inject('baseUrl'),
        });
        const page = await context.newPage();
        await signInStaff(page, username);
        await page.waitForURL(/\/staff\/(?!login)/);
        const hidden: string[] = [];
        let tablesWithRows = 0;
        for (const path of paths) {
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          await page.locator('.ant-table .ant-spin-spinning').first().waitFor({ state: 'detached' });
          const shown = await page
            .locator('.ant-table-tbody tr.ant-table-row, .ant-table-placeholder')
            .first()
            .waitFor({ timeout: 15_000 })
            .then(() => true)
            .catch(() => false);
          if (!shown) {
            hidden.push(`${path}: no table`);
            continue;
          }
          if ((await page.locator('.ant-table-tbody tr.ant-table-row').count()) > 0) tablesWithRows++;
          hidden.push(...(await actionsOutOfView(page, width)));
        }
        expect(hidden).toEqual([]);
        expect(tablesWithRows).toBeGreaterThan(0);
        await context.close();
      });
    }
  });
}
