import { describe, expect, it } from 'vitest';
import { type Client, staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';
import { permille } from '../../../shared/schemas/dashboard';
import { FIGURES } from './figure-registry';

const t = useTestApp();

const areaId = async (name: string) =>
  ((await t.adminQuery('select id from areas where name = $1', [name])).rows[0] as { id: number }).id;

interface Record_ {
  key: string;
  amount: number;
  base: number;
  areaName: string;
  link: string;
}

/** Every record of a figure, page after page, with what each page says the whole list comes to. */
async function allRecords(client: Client, id: string, query: string) {
  const items: Record_[] = [];
  let total = -1;
  for (let page = 1; ; page++) {
    const res = await client.get(`/api/v1/dashboard/figures/${id}/records?${query}&page=${page}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    total = res.body.total;
    items.push(...res.body.items);
    if (res.body.items.length < res.body.pageSize) break;
  }
  return { items, total };
}

const valueOf = (unit: string, items: Record_[]) => {
  const amounts = items.reduce((sum, r) => sum + r.amount, 0);
  if (unit === 'permille')
    return permille(
      amounts,
      items.reduce((sum, r) => sum + r.base, 0),
    );
  return unit === 'count' ? items.length : amounts;
};

describe('the dashboard (数据看板)', () => {
  it("adds up every figure's drill-down to the figure, for the street, its communities and single months", async () => {
    const wang = await staff(t, 'wangguiling');
    const street = await areaId('珠海街道');
    const samples = [
      `area=${street}&from=2026-01&to=2026-12`,
      `area=${street}&from=2026-10&to=2026-10`,
      `area=${await areaId('复兴社区')}&from=2026-01&to=2026-12`,
      `area=${await areaId('王戈庄社区')}&from=2026-06&to=2026-12`,
    ];
    let nonZero = 0;
    for (const query of samples) {
      const board = await wang.get(`/api/v1/dashboard?${query}`);
      expect(board.status, JSON.stringify(board.body)).toBe(200);
      expect(board.body.figures.map((f: { id: string }) => f.id)).toEqual(FIGURES.map((f) => f.id));
      for (const figure of board.body.figures) {
        const { items, total } = await allRecords(wang, figure.id, query);
        const context = `${figure.id} ${query}`;
        expect(valueOf(figure.unit, items), context).toBe(figure.total);
        expect(total, context).toBe(figure.total);
        expect(new Set(items.map((r) => r.key)).size, `${context}: a record listed twice`).toBe(items.length);
        // a rate's parts are rates of their own, never added up
        if (figure.unit !== 'permille')
          expect(
            figure.byArea.reduce((a: number, b: number) => a + b, 0),
            context,
          ).toBe(figure.total);
        if (figure.additive)
          expect(
            figure.byMonth.reduce((a: number, b: number) => a + b, 0),
            context,
          ).toBe(figure.total);
        for (const r of items) expect(r.link, context).toMatch(/^\/staff\/[a-z-]+(\/[a-z-]+)?\/\d+(\/file)?$/);
        if (figure.total > 0) nonZero++;
      }
    }
    // the sample is not all zeros: the demo street has records for most figures
    expect(nonZero).toBeGreaterThan(FIGURES.length);
  });

  it("puts an additive figure's records of the year each in its month: a month of the year equals that month alone", async () => {
    const wang = await staff(t, 'wangguiling');
    const street = await areaId('珠海街道');
    const year = await wang.get(`/api/v1/dashboard?area=${street}&from=2026-01&to=2026-12`);
    expect(year.status).toBe(200);
    let compared = 0;
    for (const month of ['2026-03', '2026-09', '2026-10']) {
      const alone = await wang.get(`/api/v1/dashboard?area=${street}&from=${month}&to=${month}`);
      const index = year.body.months.indexOf(month);
      for (const figure of year.body.figures.filter((f: { additive: boolean }) => f.additive)) {
        const single = alone.body.figures.find((f: { id: string }) => f.id === figure.id);
        expect(figure.byMonth[index], `${figure.id} ${month}`).toBe(single.total);
        if (single.total !== 0) compared++;
      }
    }
    expect(compared).toBeGreaterThan(3);
  });

  it("never counts another community in a community officer's figures", async () => {
    const wang = await staff(t, 'wangguiling');
    const fuxing = await staff(t, 'fuxing01');
    const fuxingId = await areaId('复兴社区');
    const query = 'from=2026-01&to=2026-12';
    const street = await wang.get(`/api/v1/dashboard?${query}`);
    const own = await fuxing.get(`/api/v1/dashboard?${query}`);
    expect(own.status).toBe(200);
    expect(own.body.area).toMatchObject({ id: fuxingId, name: '复兴社区' });
    expect(own.body.choices.map((c: { name: string }) => c.name)).toEqual(['复兴社区']);
    const column = street.body.parts.findIndex((p: { id: number }) => p.id === fuxingId);
    expect(column).toBeGreaterThanOrEqual(0);
    for (const figure of own.body.figures) {
      const streetFigure = street.body.figures.find((f: { id: string }) => f.id === figure.id);
      expect(figure.total, figure.id).toBe(streetFigure.byArea[column]);
      // its records are all of 复兴社区 (its compounds)
      const { items } = await allRecords(fuxing, figure.id, query);
      for (const r of items) expect(r.areaName, figure.id).toMatch(/^复兴社区/);
    }
    // the street, another community and an unknown figure are not there for it
    for (const url of [
      `/api/v1/dashboard?area=${await areaId('珠海街道')}`,
      `/api/v1/dashboard?area=${await areaId('安远路社区')}`,
      `/api/v1/dashboard/figures/jobs.hires/records?area=${await areaId('安远路社区')}`,
      '/api/v1/dashboard/figures/jobs.nothing/records',
    ]) {
      const res = await fuxing.get(url);
      expect(res.status, url).toBe(404);
      expect(Object.keys(res.body)).toEqual(['error']);
    }
  });

  it("shows the article's figures from the records: 145 enterprises, 315万元 of startup subsidy, 20+ micro-factories, 111 loans of 1975万元", async () => {
    const wang = await staff(t, 'wangguiling');
    const board = await wang.get(`/api/v1/dashboard?area=${await areaId('珠海街道')}&from=2026-01&to=2026-10`);
    const figure = (id: string) => board.body.figures.find((f: { id: string }) => f.id === id).total;
    expect(figure('benefits.startup-enterprises')).toBe(145);
    // 315.2万元, which the street reports as 315万元
    expect(Math.round(figure('benefits.startup-amount') / 1_000_000)).toBe(315);
    expect(figure('piecework.factories')).toBeGreaterThan(20);
    expect(figure('piecework.workers')).toBeGreaterThan(0);
    // every factory of the year recruited with a post, filled and closed since
    expect(figure('jobs.posts')).toBeGreaterThanOrEqual(21);
    expect(figure('jobs.hires')).toBeGreaterThan(0);
    // 创业担保贷款: 111 enterprises, 1975万元, and the jobs they bring
    expect(figure('loans.disbursed')).toBe(111);
    expect(figure('loans.amount')).toBe(1_975_000_000);
    expect(figure('loans.jobs')).toBeGreaterThan(111);
  });

  it('counts shared employment and station services from their records, a rate as a rate', async () => {
    const wang = await staff(t, 'wangguiling');
    const board = await wang.get(`/api/v1/dashboard?area=${await areaId('珠海街道')}&from=2026-01&to=2026-12`);
    const figure = (id: string) => board.body.figures.find((f: { id: string }) => f.id === id);
    const values = Object.fromEntries(
      [
        'sharing.agreements',
        'sharing.workers',
        'sharing.days',
        'stations.served',
        'stations.satisfaction',
        'stations.capacity-use',
      ].map((id) => [id, figure(id).total]),
    );
    expect(values['sharing.agreements']).toBeGreaterThan(0);
    expect(values['sharing.days']).toBeGreaterThanOrEqual(values['sharing.workers']);
    for (const rate of ['stations.satisfaction', 'stations.capacity-use']) {
      expect(figure(rate).unit).toBe('permille');
      expect(values[rate]).toBeGreaterThan(0);
      expect(values[rate]).toBeLessThanOrEqual(1000);
    }
  });

  it('refuses a period that ends before it begins, naming the field', async () => {
    const wang = await staff(t, 'wangguiling');
    const res = await wang.get('/api/v1/dashboard?from=2026-10&to=2026-03');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('结束时间');
    const bad = await wang.get('/api/v1/dashboard?from=2026-13');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('开始时间');
  });
});
