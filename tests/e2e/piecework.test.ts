/**
 * Piecework on phones: 窦金花's full day — enter pieces in the day grid, lose
 * the network mid-entry and keep entering, get it back and see every entry on
 * the server exactly once, settle the day, confirm and pay it — then a worker
 * acknowledges her pay, and the street officer sees the arrears on the console.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, launch, newPage, signInByPhone, signInStaff } from './support/browser';

let browser: Browser;
let owner: Page;
let ownerContext: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  owner = await newPage(browser);
  ownerContext = owner.context();
});
afterAll(() => browser?.close());

const today = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());

interface Grid {
  workers: { id: number; name: string; presence: { state: 'none' | 'in' | 'out' | 'done' } }[];
  products: { id: number; name: string }[];
  cells: [number, number, number][];
  records: { workerId: number; productId: number; quantity: number }[];
}

async function serverGrid(page: Page, factoryId: number): Promise<Grid> {
  const res = await page.request.get(`/api/v1/piecework/factories/${factoryId}/day?date=${today}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as Grid;
}

describe("an owner's full day (375 px phone)", () => {
  let factoryId = 0;
  let grid: Grid;

  it('reaches the day grid of her factory from the home page', async () => {
    await signInByPhone(owner, '13900000010');
    await owner.getByTestId('my-factories').click();
    // Registering another factory, she can pick one of the community's idle venues.
    await owner.getByRole('button', { name: '场地' }).click();
    await owner.getByText('铁橛山路社区 · 铁橛山路小区7号楼闲置仓库（60㎡）').waitFor();
    await expectAccessible(owner, 'owner venue picker');
    await owner.getByText('取消').click();
    await owner.getByRole('region', { name: '我的微工厂' }).getByText('金花粉扑包装微工厂').first().click();
    await owner.getByTestId('grid-save').waitFor();
    factoryId = Number(/owner\/(\d+)/.exec(owner.url())![1]);
    grid = await serverGrid(owner, factoryId);
    expect(grid.workers).toHaveLength(10);
    await expectAccessible(owner, 'owner day grid');
  });

  it('enters pieces online, then offline, and every entry reaches the server exactly once', async () => {
    const [w1, w2, w3] = grid.workers;
    const [p1, p2] = grid.products;
    const cell = (w: { name: string }, p: { name: string }) => owner.getByLabel(`${w.name} ${p.name} 本次数量`);

    await cell(w1!, p1!).fill('300');
    await owner.getByTestId('grid-save').click();
    await expect.poll(() => owner.getByTestId(`cell-${w1!.id}-${p1!.id}`).textContent()).toBe('300');
    await owner.getByTestId('all-synced').waitFor();

    await ownerContext.setOffline(true);
    await owner.getByText('网络已断开').first().waitFor();
    await cell(w2!, p1!).fill('250');
    await cell(w3!, p2!).fill('40');
    await owner.getByTestId('grid-save').click();
    await expect.poll(() => owner.getByTestId('pending-sync').textContent()).toBe('2 条待同步');
    await cell(w1!, p1!).fill('50');
    await owner.getByTestId('grid-save').click();
    await expect.poll(() => owner.getByTestId('pending-sync').textContent()).toBe('3 条待同步');
    // What is typed offline shows in the counts at once.
    expect(await owner.getByTestId(`cell-${w1!.id}-${p1!.id}`).textContent()).toBe('350');
    await expectAccessible(owner, 'owner day grid offline');
    // Still there after a reload on the phone: the queue lives in local storage.
    expect(
      await owner.evaluate(
        (id) => JSON.parse(localStorage.getItem(`sqwy.piecework.queue.${id}`) ?? '[]').length,
        factoryId,
      ),
    ).toBe(3);

    await ownerContext.setOffline(false);
    await owner.getByTestId('all-synced').waitFor();
    const after = await serverGrid(owner, factoryId);
    const cellOf = (w: number, p: number) => after.cells.find(([cw, cp]) => cw === w && cp === p)?.[2];
    expect(cellOf(w1!.id, p1!.id)).toBe(350);
    expect(cellOf(w2!.id, p1!.id)).toBe(250);
    expect(cellOf(w3!.id, p2!.id)).toBe(40);
    expect(after.records.filter((r) => r.quantity > 0)).toHaveLength(4);
    expect(await owner.evaluate((id) => localStorage.getItem(`sqwy.piecework.queue.${id}`), factoryId)).toBe('[]');
  });

  it('names every cell of the day grid by its worker and product, for a screen reader', async () => {
    const unnamed = await owner.evaluate(() =>
      [...document.querySelectorAll('table.pw-grid tbody tr')].flatMap((row) => {
        const worker = row.querySelector('th')!.childNodes[0]!.textContent!.trim();
        const products = [...document.querySelectorAll('table.pw-grid thead th')]
          .slice(1)
          .map((th) => th.childNodes[0]!.textContent!.trim());
        return [...row.querySelectorAll('td')].flatMap((td, i) => {
          const said = td.querySelector('.visually-hidden')?.textContent ?? '';
          const input = td.querySelector('input')?.getAttribute('aria-label') ?? '';
          const name = `${worker} ${products[i]}`;
          return said.startsWith(name) && input.startsWith(name) ? [] : [`${name}: "${said}" / "${input}"`];
        });
      }),
    );
    expect(unnamed).toEqual([]);
    expect(await owner.locator('table.pw-grid tbody td').count()).toBe(grid.workers.length * grid.products.length);
  });

  it('is warned that a worker is still checked in, and checks her out at closing time', async () => {
    const [w1] = grid.workers;
    const csrf = (await (await owner.request.get('/api/v1/auth/csrf')).json()) as { csrfToken: string };
    const checkIn = await owner.request.post(`/api/v1/piecework/factories/${factoryId}/presence`, {
      data: { clientKey: crypto.randomUUID(), kind: 'check_in', workerId: w1!.id },
      headers: { 'x-csrf-token': csrf.csrfToken },
    });
    expect(checkIn.status()).toBe(200);
    await owner.getByRole('tab', { name: '日结' }).click();
    await owner.getByTestId('close-day').click();
    const dialog = owner.getByRole('dialog');
    await dialog.getByTestId('still-in').waitFor();
    expect(await dialog.getByTestId('still-in').textContent()).toContain(w1!.name);
    await expectAccessible(owner, 'owner warned of a worker still checked in');
    await dialog.getByRole('button', { name: '签退并日结' }).click();
    await expect
      .poll(async () => (await serverGrid(owner, factoryId)).workers.find((w) => w.id === w1!.id)!.presence.state)
      .toBe('done');
  });

  it('settles the day, confirms it and pays it by WeChat', async () => {
    await expect.poll(() => owner.getByTestId('settlement-status').textContent()).toBe('待确认');
    // The two who never checked in today are marked so, and the wage floor is not judged for them.
    const detail = owner.getByTestId('settlement-detail');
    expect(await detail.getByTestId('never-checked-in').count()).toBe(2);
    expect(await detail.getByTestId('floor-not-judged').count()).toBeGreaterThanOrEqual(2);
    // 350 × 0.05 + 250 × 0.05 + 40 × 0.03 = 17.50 + 12.50 + 1.20
    expect(await owner.getByTestId('settlement-total').textContent()).toBe('31.20 元');
    await expectAccessible(owner, 'owner settlement');
    await owner.getByRole('button', { name: '确认结算单' }).click();
    await expect.poll(() => owner.getByTestId('settlement-status').textContent()).toBe('已确认待支付');
    await owner.getByRole('button', { name: '登记支付' }).click();
    await owner.getByRole('dialog').getByText('微信').click();
    await owner.getByLabel('支付凭证号（选填）').fill('WX-DEMO-0001');
    await owner.getByRole('button', { name: '确认已支付' }).click();
    await expect.poll(() => owner.getByTestId('settlement-status').textContent()).toBe('已支付');
    const list = await owner.request.get(`/api/v1/piecework/factories/${factoryId}/settlements`);
    const paid = (
      (await list.json()) as { items: { workDate: string; status: string; payMethod: string }[] }
    ).items.find((s) => s.workDate === today);
    expect(paid).toMatchObject({ status: 'paid', payMethod: 'wechat' });
  });

  it('sees an entry the server refuses (its key used before for something else) on the entry, neither retried nor dropped', async () => {
    const [, , , w4] = grid.workers;
    const [p1] = grid.products;
    // An entry the server already holds under a key (typed on another phone, say)...
    const csrf = (await (await owner.request.get('/api/v1/auth/csrf')).json()) as { csrfToken: string };
    const held = { clientKey: crypto.randomUUID(), workerId: w4!.id, productId: p1!.id, workDate: today, quantity: 12 };
    const first = await owner.request.post(`/api/v1/piecework/factories/${factoryId}/records/batch`, {
      data: { records: [held] },
      headers: { 'x-csrf-token': csrf.csrfToken },
    });
    expect(first.status()).toBe(200);
    // ...and this phone's queue holds a different entry under the same key, beside a good one.
    const fresh = { clientKey: crypto.randomUUID(), workerId: w4!.id, productId: p1!.id, workDate: today, quantity: 5 };
    await owner.evaluate(({ id, queue }) => localStorage.setItem(`sqwy.piecework.queue.${id}`, JSON.stringify(queue)), {
      id: factoryId,
      queue: [{ ...held, quantity: 21 }, fresh],
    });
    await owner.goto(`/piecework/owner/${factoryId}?tab=grid`);
    const refused = owner.getByTestId(`refused-${held.clientKey}`);
    await refused.waitFor();
    expect(await refused.textContent()).toContain(`提交编号 ${held.clientKey} 已用于另一条不同的内容`);
    await owner.getByTestId('all-synced').waitFor();
    await expectAccessible(owner, 'owner day grid with a refused entry');
    // the good entry went through once; the held one kept its quantity; the refused one waits on the phone
    const records = (await serverGrid(owner, factoryId)).records.filter((r) => r.workerId === w4!.id);
    expect(records.map((r) => r.quantity).sort((a, b) => a - b)).toEqual([5, 12]);
    expect(await owner.evaluate((id) => localStorage.getItem(`sqwy.piecework.queue.${id}`), factoryId)).toBe('[]');
    // after a reload it is still there, and the owner removes it
    await owner.reload();
    await refused.getByRole('button', { name: '删除' }).click();
    await expect.poll(() => owner.getByTestId('refused-entries').count()).toBe(0);
    expect(await owner.evaluate((id) => localStorage.getItem(`sqwy.piecework.refused.${id}`), factoryId)).toBe('[]');
  });

  it('records the day for a worker without a phone from the roster', async () => {
    await owner.getByRole('tab', { name: '工人' }).click();
    const before = await serverGrid(owner, factoryId);
    const worker = before.workers.find((w) => w.presence.state === 'none' || w.presence.state === 'in')!;
    const [label, after] = worker.presence.state === 'none' ? ['上工打卡', 'in'] : ['暂时离岗', 'out'];
    await owner.getByRole('button', { name: `${worker.name} ${label}` }).click();
    await expect
      .poll(async () => (await serverGrid(owner, factoryId)).workers.find((w) => w.id === worker.id)!.presence.state)
      .toBe(after);
    await expectAccessible(owner, 'owner roster with presence');
  });
});

describe('a resident joins a factory by its invite (375 px phone)', () => {
  it('sees the products, their rates and what the owner will see of her before she agrees and joins', async () => {
    // the invite code, read by the owner still signed in from her day
    const mine = (await (await owner.request.get('/api/v1/piecework/my-factories')).json()) as {
      name: string;
      inviteCode: string;
    }[];
    const code = mine.find((f) => f.name === '金花粉扑包装微工厂')!.inviteCode;

    const page = await newPage(browser);
    // 李兵 of 王戈庄新村, who does not work there yet
    await signInByPhone(page, '13900000030');
    await page.goto(`/piecework/join/${code}`);
    await page.getByTestId('join-shared').waitFor();
    const products = page.getByRole('region', { name: '做什么、计件单价（今天）' });
    expect(await products.getByText(/元\/个/).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('join-shared').textContent()).toMatch(/139\*{4}0030/);
    await expectAccessible(page, 'resident joining a factory');
    await page.getByTestId('join-confirm').click();
    await page.waitForURL(/\/piecework$/);
    const preview = (await (await page.request.get(`/api/v1/piecework/invites/${code}`)).json()) as { joined: boolean };
    expect(preview.joined).toBe(true);
    await page.context().close();
  });
});

describe('a worker acknowledges her pay (375 px phone)', () => {
  // A worker of 金花粉扑包装微工厂 with the app (the seed's demo worker), so this journey never
  // competes with others for 宋秀秀's SMS codes; 宋秀秀's own day is checked by the route tests.
  it('sees her latest paid day, acknowledges it, and reads it in elder mode', async () => {
    const page = await newPage(browser);
    await signInByPhone(page, '13900000011');
    await page.getByRole('link', { name: '计件工资' }).click();
    const button = page.locator('[data-testid^="ack-"]').first();
    await button.waitFor();
    await expectAccessible(page, 'worker piecework');
    const day = (await button.getAttribute('data-testid'))!.slice(4);
    await button.click();
    await expect.poll(() => page.getByTestId(`ack-${day}`).count()).toBe(0);
    const statement = await page.request.get(`/api/v1/piecework/me/statement?month=${day.slice(0, 7)}`);
    const line = (
      (await statement.json()) as { lines: { workDate: string; status: string; factoryName: string }[] }
    ).lines.find((l) => l.workDate === day);
    expect(line).toMatchObject({ status: 'acknowledged', factoryName: '金花粉扑包装微工厂' });

    // Elder mode: larger type on the same screen, still accessible; then back as it was.
    const csrf = (await (await page.request.get('/api/v1/auth/csrf')).json()) as { csrfToken: string };
    const setElder = (on: boolean) =>
      page.request.patch('/api/v1/me/preferences', {
        data: { elderMode: on },
        headers: { 'x-csrf-token': csrf.csrfToken },
      });
    expect((await setElder(true)).status()).toBe(200);
    await page.reload();
    await page.getByTestId('today-pay').first().waitFor();
    await expect
      .poll(() => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)))
      .toBeGreaterThanOrEqual(18);
    await expectAccessible(page, 'worker piecework in elder mode');

    // Her messages tab, in elder mode too.
    await page.getByRole('link', { name: /^消息/ }).click();
    await page.getByRole('heading', { name: '消息', level: 1 }).waitFor();
    await expectAccessible(page, 'resident inbox in elder mode');
    expect((await setElder(false)).status()).toBe(200);
    await page.context().close();
  });
});

describe('the street sees wages and arrears (console)', () => {
  it("王桂玲 checks the ledgers of the street's factories against their piece records", async () => {
    const page = await newPage(browser, DESKTOP);
    await signInStaff(page, 'wangguiling');
    await page.waitForURL(/\/staff\/(?!login)/);
    await page.goto('/staff/piecework/wages');
    await page.getByTestId('ledger-check').click();
    const result = page.getByTestId('ledger-result');
    await result.waitFor();
    // every factory of the street, the demo's year of factories included
    expect(await result.textContent()).toMatch(/^\d+ 家微工厂 .+ 的账目与计件记录一致$/);
    expect(await page.getByRole('cell', { name: '不一致' }).count()).toBe(0);
    await expectAccessible(page, 'console ledger check');
    await page.context().close();
  });

  it('王桂玲 finds the unpaid settlement past due', async () => {
    const page = await newPage(browser, DESKTOP);
    await page.goto('/staff/login');
    await page.getByLabel('用户名').fill('wangguiling');
    await page.getByLabel('密码').fill('Demo@2026');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('link', { name: '微工厂' }).first().click();
    await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
    await expectAccessible(page, 'console micro-factories');
    await page.getByRole('tab', { name: '工资与欠薪' }).click();
    await page.getByText('欠薪预警（1）').waitFor();
    await page.getByText('安远箱包加工微工厂').first().waitFor();
    await expectAccessible(page, 'console wages and arrears');

    // The same arrears alert waits in her inbox, behind the bell, and opens the wages screen.
    await page.getByRole('link', { name: /^消息（[1-9]\d* 条未读）$/ }).click();
    const alert = page.getByRole('listitem').filter({ hasText: '欠薪预警：安远箱包加工微工厂' });
    await alert.waitFor();
    await expectAccessible(page, 'console inbox');
    await alert.getByRole('button', { name: '查看' }).click();
    await page.waitForURL(/\/staff\/piecework\/wages\?settlement=\d+/);
    // opening it marks it read, a request sent as the screen changes: asked until it has landed
    const stillUnread = async () => {
      const unread = await page.request.get('/api/v1/notifications?unread=true&pageSize=100');
      const titles = ((await unread.json()) as { items: { title: string }[] }).items.map((n) => n.title);
      return titles.some((t) => t.startsWith('欠薪预警：安远箱包加工微工厂'));
    };
    await expect.poll(stillUnread).toBe(false);

    // Switched to English, the inbox already on screen is written again in English (ADR 0041); then back.
    await page.goto('/staff/notifications');
    await alert.waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Unpaid wages: 安远箱包加工微工厂 has not paid for' }).waitFor();
    await expectAccessible(page, 'console inbox in English');
    await page.getByRole('button', { name: '中文' }).click();
    await alert.waitFor();
    await page.context().close();
  });
});
