/**
 * Imports (批量导入): 复兴社区's officer, on her phone at 375 px, uploads a sheet of residents with
 * errors and reads each bad row and column in words; nothing is imported, so no other journey's
 * rows change. The screen passes the axe scan, in elder mode too.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idNumberCheckChar } from '../../src/shared/validators';
import { expectAccessible, launch, newPage, PHONE, signInStaff } from './support/browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser, PHONE);
});
afterAll(() => browser?.close());

/** A sheet of two residents: the first with a wrong check character, the second in a compound she does not serve. */
async function sheetWithErrors(): Promise<string> {
  const first17 = '37021119860412062';
  const right = idNumberCheckChar(first17);
  const wrong = right === '1' ? '2' : '1';
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('居民');
  sheet.addRow(['姓名', '身份证号码', '手机号码', '居住小区']);
  sheet.addRow(['导入测试甲', first17 + wrong, '18699001001', '复兴社区A区']);
  sheet.addRow(['导入测试乙', '370211198604120711', '18699001002', '铁橛山路小区']);
  const path = join(mkdtempSync(join(tmpdir(), 'import-journey-')), '居民名单.xlsx');
  writeFileSync(path, Buffer.from(await book.xlsx.writeBuffer()));
  return path;
}

describe("复兴社区's officer imports residents on her phone", () => {
  it('uploads a file with errors and reads each one; nothing is imported', async () => {
    await signInStaff(page, 'fuxing01');
    await page.waitForURL(/\/staff\/dashboard/);
    await page.goto('/staff/imports');
    await page.getByRole('heading', { name: '批量导入', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: '下载居民导入模板' }).getAttribute('href')).toBe(
      '/api/v1/imports/templates/residents',
    );
    await page.locator('input[type=file]').setInputFiles(await sheetWithErrors());
    await page.getByRole('button', { name: '开始导入' }).click();
    await page.getByRole('alert').filter({ hasText: '没有导入任何记录' }).waitFor();
    await page.getByText('第2行 身份证号码：校验位不正确').waitFor();
    await page.getByText('第3行 居住小区：找不到该名称的区域，或不在您的服务范围内').waitFor();
    await page.getByRole('button', { name: '跳过错误行并导入' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expectAccessible(page, 'import with errors at 375 px');
  });

  it('reads the same in elder mode', async () => {
    await page.evaluate(() => document.documentElement.classList.add('elder-mode'));
    const button = page.getByRole('button', { name: '开始导入' });
    expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(48);
    await expectAccessible(page, 'import in elder mode');
  });
});
