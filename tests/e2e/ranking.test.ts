/**
 * Ranking a resident can trust (SPEC §3.2 Transparency): 张丽 reads, on her
 * phone, how her matches are ranked, switches to a list by walking time alone,
 * finds it kept the next time she opens the page, and switches back.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launch, newPage, signInByPhone } from './support/browser';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
});
afterAll(() => browser?.close());

const walkingMinutes = async (p: Page) =>
  (await p.getByTestId('job-card').allTextContents()).map((text) => Number(/步行约(\d+)分钟/.exec(text)?.[1] ?? NaN));

describe('张丽 chooses how her jobs are ordered (375 px phone)', () => {
  it('reads in plain words how the list is ranked', async () => {
    await signInByPhone(page, '13900000001');
    await page.goto('/');
    await page.getByRole('link', { name: '找工作' }).click();
    await page.getByTestId('job-card').first().waitFor();
    expect(await page.getByRole('button', { name: '综合推荐' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByText('这些岗位是怎样排序的？').click();
    await page.getByText('步行时间：越近越高，最多30分').waitFor();
    await page.getByText('您的性别、是否有孩子、“宝妈”标签都不会降低任何岗位的分数').waitFor();
    await expectAccessible(page, 'how jobs are ranked');
  });

  it('switches to walking time alone, and the choice is kept', async () => {
    await page.getByRole('button', { name: '只按步行时间' }).click();
    await page.getByText('现在只按步行时间排序，近的在前。').waitFor();
    await expect
      .poll(async () => {
        const minutes = await walkingMinutes(page);
        return minutes.every((m, i) => i === 0 || m >= minutes[i - 1]!);
      })
      .toBe(true);
    const shown = await walkingMinutes(page);
    expect(shown.length).toBeGreaterThan(1);
    expect(shown.every((m) => Number.isInteger(m))).toBe(true);
    await expectAccessible(page, 'jobs by walking time');

    await page.reload();
    await page.getByTestId('job-card').first().waitFor();
    expect(await page.getByRole('button', { name: '只按步行时间' }).getAttribute('aria-pressed')).toBe('true');
    expect(await walkingMinutes(page)).toEqual(shown);
  });

  it('switches back to the best match', async () => {
    await page.getByRole('button', { name: '综合推荐' }).click();
    await page.getByText('现在按综合推荐排序。').waitFor();
    expect(await page.getByRole('button', { name: '综合推荐' }).getAttribute('aria-pressed')).toBe('true');
  });
});
