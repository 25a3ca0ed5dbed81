/**
 * Writes that must be refused clearly rather than dropped, doubled or failed
 * (ADR 0047): a client key sent again with a different entry, two reversals of
 * one record at the same moment, and work dates that cannot be.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { businessDay } from '../../../shared/dates';
import { resident, staff, type Client } from '../../../../tests/support/http-client';
import { checkLedgerAfterEach } from '../../../../tests/support/piecework-ledger';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();
checkLedgerAfterEach(t);
const today = businessDay(new Date());
const daysAgo = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

interface Grid {
  workers: { id: number }[];
  products: { id: number }[];
}

async function setup() {
  const owner = await resident(t, '13900000010');
  const { rows } = await t.adminQuery(`select id from micro_factories where name = '金花粉扑包装微工厂'`);
  const fid = rows[0].id as number;
  const grid = (await owner.get(`/api/v1/piecework/factories/${fid}/day?date=${today}`)).body as Grid;
  const piece = (quantity: number, over: object = {}) => ({
    clientKey: randomUUID(),
    workerId: grid.workers[1]!.id,
    productId: grid.products[0]!.id,
    workDate: daysAgo(45),
    quantity,
    ...over,
  });
  const post = (records: object[], as: Client = owner) =>
    as.post(`/api/v1/piecework/factories/${fid}/records/batch`, { records });
  const stored = async (key: string) =>
    (await t.adminQuery(`select quantity from piece_records where client_key = $1`, [key])).rows;
  return { owner, fid, grid, piece, post, stored };
}

describe('a client key sent again with a different entry', () => {
  it('refuses the whole batch with 409 naming the key, in the owner’s language; the same entry again is a resend', async () => {
    const { owner, piece, post, stored } = await setup();
    const first = piece(5);
    expect((await post([first])).body).toEqual({ accepted: 1, duplicates: 0, adjustments: 0 });

    const fresh = piece(9);
    const changed = await post([fresh, { ...first, quantity: 6 }]);
    expect(changed.status).toBe(409);
    expect(changed.body.error).toEqual({
      code: 'IDEMPOTENCY_KEY_REUSED',
      message: `提交编号 ${first.clientKey} 已用于另一条不同的内容，本次提交未保存`,
      details: { clientKeys: [first.clientKey] },
    });
    // nothing of the refused batch was written, and the first entry is as it was
    expect(await stored(fresh.clientKey)).toEqual([]);
    expect(await stored(first.clientKey)).toEqual([{ quantity: 5 }]);

    for (const other of [{ workDate: daysAgo(46) }, { productId: 999_999 }, { workerId: 999_999 }]) {
      const res = await post([{ ...first, ...other, productId: other.productId ?? first.productId }]);
      expect(res.status, JSON.stringify(other)).toBe(other.workDate ? 409 : 400);
    }

    expect((await owner.patch('/api/v1/me/preferences', { locale: 'en' })).status).toBe(200);
    const english = await post([{ ...first, quantity: 7 }]);
    expect((await owner.patch('/api/v1/me/preferences', { locale: 'zh-CN' })).status).toBe(200);
    expect(english.body.error.message).toBe(
      `The submission key ${first.clientKey} was already used for something different; nothing was saved`,
    );

    const resent = await post([first, fresh]);
    expect(resent.body).toEqual({ accepted: 1, duplicates: 1, adjustments: 0 });
  });

  it('within one batch: twice the same entry is one record, two different entries under one key are refused', async () => {
    const { piece, post, stored } = await setup();
    const same = piece(3);
    expect((await post([same, same])).body).toEqual({ accepted: 1, duplicates: 1, adjustments: 0 });
    const twice = piece(4);
    const refused = await post([twice, { ...twice, quantity: 8 }]);
    expect(refused.status).toBe(409);
    expect(refused.body.error.details).toEqual({ clientKeys: [twice.clientKey] });
    expect(await stored(twice.clientKey)).toEqual([]);
  });

  it('a record’s key used again for a reversal is refused, and the other way round', async () => {
    const { fid, piece, post } = await setup();
    const original = piece(12);
    await post([original]);
    const { rows } = await t.adminQuery(`select id from piece_records where client_key = $1`, [original.clientKey]);
    const reversal = { clientKey: randomUUID(), reversesId: rows[0].id };
    expect((await post([{ clientKey: original.clientKey, reversesId: rows[0].id }])).status).toBe(409);
    expect((await post([reversal])).status).toBe(200);
    expect((await post([{ ...piece(12), clientKey: reversal.clientKey }])).status).toBe(409);
    expect((await post([reversal])).body).toEqual({ accepted: 0, duplicates: 1, adjustments: 0 });
    void fid;
  });

  it('a worker’s self-report and presence steps: the same key for something else is refused', async () => {
    const { fid, grid } = await setup();
    const song = await resident(t, '13900000002');
    const report = {
      clientKey: randomUUID(),
      factoryId: fid,
      productId: grid.products[0]!.id,
      workDate: today,
      quantity: 10,
    };
    expect((await song.post('/api/v1/piecework/me/records', report)).body.accepted).toBe(1);
    const changed = await song.post('/api/v1/piecework/me/records', { ...report, quantity: 11 });
    expect(changed.status).toBe(409);
    expect(changed.body.error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await song.post('/api/v1/piecework/me/records', report)).body).toEqual({
      accepted: 0,
      duplicates: 1,
      adjustments: 0,
    });

    const step = { clientKey: randomUUID(), kind: 'check_in', factoryId: fid };
    expect((await song.post('/api/v1/piecework/me/presence', step)).body.state).toBe('in');
    const other = await song.post('/api/v1/piecework/me/presence', { ...step, kind: 'step_out' });
    expect(other.status).toBe(409);
    expect(other.body.error).toMatchObject({
      code: 'IDEMPOTENCY_KEY_REUSED',
      details: { clientKeys: [step.clientKey] },
    });
    expect((await song.post('/api/v1/piecework/me/presence', step)).body.state).toBe('in');

    // the owner records presence for a worker without a phone: one key, one worker
    const owner = await resident(t, '13900000010');
    const forA = { clientKey: randomUUID(), kind: 'check_in', workerId: grid.workers[4]!.id };
    expect((await owner.post(`/api/v1/piecework/factories/${fid}/presence`, forA)).status).toBe(200);
    const forB = await owner.post(`/api/v1/piecework/factories/${fid}/presence`, {
      ...forA,
      workerId: grid.workers[5]!.id,
    });
    expect(forB.status).toBe(409);
    const events = await t.adminQuery(`select worker_id from presence_events where client_key = $1`, [forA.clientKey]);
    expect(events.rows).toEqual([{ worker_id: grid.workers[4]!.id }]);
  });
});

describe('two reversals of one record at the same moment', () => {
  it('one wins; the other is 409 naming the record, never a 500, never two reversals', async () => {
    const { owner, piece, post } = await setup();
    // records of an open day and of a settled one (their reversals wait as adjustments)
    const records = [
      ...Array.from({ length: 6 }, (_, i) => piece(20 + i)),
      ...Array.from({ length: 6 }, (_, i) => piece(30 + i, { workDate: daysAgo(3) })),
    ];
    expect((await post(records)).body.accepted).toBe(12);
    const { rows } = await t.adminQuery(`select id from piece_records where client_key = any($1::uuid[]) order by id`, [
      records.map((r) => r.clientKey),
    ]);
    const second = await resident(t, '13900000010');
    for (const { id } of rows as { id: number }[]) {
      const answers = await Promise.all(
        [owner, second].map((c) => post([{ clientKey: randomUUID(), reversesId: id }], c)),
      );
      expect(answers.map((a) => a.status).sort(), JSON.stringify(answers.map((a) => a.body))).toEqual([200, 409]);
      const refused = answers.find((a) => a.status === 409)!;
      expect(refused.body.error).toEqual({
        code: 'RECORD_ALREADY_REVERSED',
        message: `计件记录 ${id} 已冲正过`,
        details: { recordId: id },
      });
      const reversals = await t.adminQuery(`select count(*)::int as n from piece_records where reverses_id = $1`, [id]);
      expect(reversals.rows[0].n).toBe(1);
    }
  });
});

describe('work dates that fit their meaning', () => {
  it('a day that does not exist is 400 naming the field, never a 500', async () => {
    const { owner, fid, piece, post } = await setup();
    for (const day of ['2026-02-30', '2026-13-01', '2026-04-31', '2026-00-01', '0000-01-01']) {
      const batch = await post([piece(1, { workDate: day })]);
      expect(batch.status, day).toBe(400);
      expect(batch.body.error.details[0].field).toBe('records.0.workDate');
      expect(batch.body.error.details[0].message).toBe('工作日期不是存在的日期');
      const close = await owner.post(`/api/v1/piecework/factories/${fid}/settlements`, { workDate: day });
      expect(close.status, day).toBe(400);
      expect(close.body.error.details[0].field).toBe('workDate');
      const grid = await owner.get(`/api/v1/piecework/factories/${fid}/day?date=${day}`);
      expect(grid.status, day).toBe(400);
      expect(grid.body.error.details[0].field).toBe('date');
    }
    const street = await staff(t, 'wangguiling');
    const wages = await street.get(`/api/v1/piecework/wages?from=2026-02-30&to=${today}`);
    expect(wages.status).toBe(400);
    expect(wages.body.error.details[0].field).toBe('from');
    const checked = await street.post('/api/v1/piecework/ledger-checks', { to: '2026-02-29' });
    expect(checked.status).toBe(400);
    expect(checked.body.error.details[0].field).toBe('to');
  });

  it('no piece is recorded before the factory was registered, nor a day closed in the future', async () => {
    const { owner, fid, grid, piece, post } = await setup();
    // a rate in force long before, so that only the factory's own start refuses the day
    expect(
      (
        await owner.post(`/api/v1/piecework/products/${grid.products[0]!.id}/rates`, {
          rate: '0.05',
          effectiveFrom: '2001-01-01',
        })
      ).status,
    ).toBe(201);
    const { rows } = await t.adminQuery(
      `select to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as opened from micro_factories where id = $1`,
      [fid],
    );
    const opened = rows[0].opened as string;
    const before = new Date(Date.parse(`${opened}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const early = await post([piece(1, { workDate: before })]);
    expect(early.status).toBe(400);
    expect(early.body.error.details[0]).toEqual({
      field: 'workDate',
      message: '工作日期不能早于微工厂在平台登记的日期',
    });
    expect((await post([piece(1, { workDate: opened })])).status).toBe(200);

    const song = await resident(t, '13900000002');
    const report = await song.post('/api/v1/piecework/me/records', {
      clientKey: randomUUID(),
      factoryId: fid,
      productId: grid.products[0]!.id,
      workDate: before,
      quantity: 1,
    });
    expect(report.status).toBe(400);
    expect(report.body.error.details[0].field).toBe('workDate');

    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const future = await owner.post(`/api/v1/piecework/factories/${fid}/settlements`, { workDate: tomorrow });
    expect(future.status).toBe(400);
    expect(future.body.error.details[0]).toEqual({ field: 'workDate', message: '工作日期不能是将来的日期' });
    expect(
      (await t.adminQuery(`select count(*)::int as n from settlements where work_date > $1`, [today])).rows[0].n,
    ).toBe(0);
  });

  it('no piece rate takes effect before 2000-01-01', async () => {
    const { owner, fid, grid } = await setup();
    const late = await owner.post(`/api/v1/piecework/products/${grid.products[0]!.id}/rates`, {
      rate: '0.06',
      effectiveFrom: '1999-12-31',
    });
    expect(late.status).toBe(400);
    expect(late.body.error.details).toEqual([{ field: 'effectiveFrom', message: '生效日期不能早于2000年1月1日' }]);
    const product = await owner.post(`/api/v1/piecework/factories/${fid}/products`, {
      name: '旧产品',
      unit: 'piece',
      rate: '0.01',
      effectiveFrom: '0219-05-01',
    });
    expect(product.status).toBe(400);
    expect(product.body.error.details[0].field).toBe('effectiveFrom');
    const impossible = await owner.post(`/api/v1/piecework/products/${grid.products[0]!.id}/rates`, {
      rate: '0.06',
      effectiveFrom: '2026-02-30',
    });
    expect(impossible.status).toBe(400);
    expect(impossible.body.error.details).toEqual([{ field: 'effectiveFrom', message: '生效日期不是存在的日期' }]);
  });
});
