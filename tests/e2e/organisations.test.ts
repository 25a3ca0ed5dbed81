/**
 * Organisations and rosters (SPEC §3.6, 扩充微组织): a street officer adds a resident to an
 * organisation from its page, and a community officer puts a resident of her community in a
 * 就业服务专员's care, both on a 375 px screen with the axe scan. The journey makes its own
 * organisation and its own two residents, so it runs in any order with the others.
 */
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, signInStaff } from './support/browser';

const ORGANISATION = '旅程巾帼志愿服务队';
const MEMBER = '旅程队员甲';
const CARED = '旅程居民乙';
let browser: Browser;
let page: Page;
let db: pg.Client;
let organisationId = 0;

beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  const org = await db.query<{ id: string }>(
    `insert into organisations (area_id, name, kind, summary)
     select id, $1, 'volunteer_team', '旅程用的志愿服务队' from areas where name = '珠海街道' returning id`,
    [ORGANISATION],
  );
  organisationId = Number(org.rows[0]!.id);
  for (const [name, phone] of [
    [MEMBER, '13710070001'],
    [CARED, '13710070002'],
  ])
    await db.query(
      `insert into residents (area_id, name, phone, labels, updated_at)
       select id, $1, $2, '{}', now() from areas where name = '复兴社区A区'`,
      [name, phone],
    );
});
afterAll(async () => {
  await db?.end();
  await browser?.close();
});

async function pick(label: string, option: string, search?: string) {
  await page.getByLabel(label, { exact: true }).click();
  if (search) await page.getByLabel(label, { exact: true }).fill(search);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: option })
    .first()
    .click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').first().waitFor({ state: 'hidden' });
}

describe('organisations and rosters', () => {
  it('a street officer adds a resident to an organisation (375 px)', async () => {
    await signInStaff(page, 'wangguiling');
    await page.waitForURL(/\/staff\/(?!login)/);
    await page.goto('/staff/organisations');
    await page.getByRole('link', { name: ORGANISATION }).waitFor();
    await expectAccessible(page, 'the registry of organisations');
    await page.getByRole('link', { name: ORGANISATION }).click();
    await page.waitForURL(`**/staff/organisations/${organisationId}`);
    await page.getByRole('heading', { name: ORGANISATION }).waitFor();
    await page.getByLabel('按姓名或企业名称查找').fill(MEMBER);
    await page.getByLabel('按姓名或企业名称查找').press('Enter');
    await pick('选择居民或企业', MEMBER);
    await page.getByLabel('角色', { exact: true }).fill('队员');
    await page.getByLabel('加入日期').fill('2026-12-08');
    await page.getByRole('button', { name: '添加成员' }).click();
    await page.getByRole('cell', { name: MEMBER, exact: true }).waitFor();
    await expectAccessible(page, "an organisation's members, contacts and activities");
    const { rows } = await db.query(
      `select m.role, m.joined_on::text as joined from organisation_members m join residents r on r.id = m.resident_id
        where m.organisation_id = $1 and r.name = $2`,
      [organisationId, MEMBER],
    );
    expect(rows).toEqual([{ role: '队员', joined: '2026-12-08' }]);
  });

  it('a community officer assigns a resident of her community to a specialist (375 px)', async () => {
    page = await newPage(browser);
    await signInStaff(page, 'fuxing01');
    await page.waitForURL(/\/staff\/(?!login)/);
    await page.goto('/staff/rosters');
    await page.getByText('复兴社区 · 专员名单').waitFor();
    await expectAccessible(page, "the community's roster");
    await pick('居民', CARED, CARED);
    await pick('指派给专员', '孙海燕');
    await page.getByRole('button', { name: '指派', exact: true }).click();
    await page.locator('.ant-message').getByText('已指派').waitFor();
    const { rows } = await db.query(
      `select u.username from specialist_assignments x join residents r on r.id = x.resident_id
         join employment_specialists s on s.id = x.specialist_id join users u on u.id = s.user_id where r.name = $1`,
      [CARED],
    );
    expect(rows).toEqual([{ username: 'fuxing01' }]);
    await expectAccessible(page, 'the roster after an assignment');
  });
});
