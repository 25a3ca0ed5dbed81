import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { businessDay } from '../../../shared/dates';
import { resident, staff, type Client } from '../../../../tests/support/http-client';
import { checkLedgerAfterEach } from '../../../../tests/support/piecework-ledger';
import { useTestApp } from '../../../../tests/support/test-app';
import { verifyAuditChain } from '../../platform/audit';
import { raisePieceworkAlerts, settleAllFactoriesDay } from './settlements.service';

const t = useTestApp();
checkLedgerAfterEach(t);
const today = businessDay(new Date());
const daysAgo = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

async function jinhua() {
  const { rows } = await t.adminQuery(`select id from micro_factories where name = '金花粉扑包装微工厂'`);
  return rows[0].id as number;
}

async function grid(owner: Client, factoryId: number, date = today) {
  const res = await owner.get(`/api/v1/piecework/factories/${factoryId}/day?date=${date}`);
  expect(res.status).toBe(200);
  return res.body as {
    workers: { id: number; name: string }[];
    products: { id: number; name: string; rateE4: number }[];
    cells: [number, number, number][];
    settlementId: number | null;
  };
}

describe('the seeded story', () => {
  it('宋秀秀 stepped out for an hour yesterday and earned no more than about 100元; her line waits for her', async () => {
    const song = await resident(t, '13900000002');
    const month = today.slice(0, 7);
    const res = await song.get(`/api/v1/piecework/me/statement?month=${daysAgo(1).slice(0, 7)}`);
    expect(res.status).toBe(200);
    const line = res.body.lines.find((l: { workDate: string }) => l.workDate === daysAgo(1));
    expect(line).toMatchObject({
      factoryName: '金花粉扑包装微工厂',
      amountFen: 9800,
      minutesPresent: 240,
      status: 'open',
      settlementStatus: 'paid',
      belowFloor: false,
    });
    expect(line.amountFen).toBeLessThanOrEqual(10000);
    void month;
  });

  it("a worker's monthly statement gives each line the same breakdown as the owner's settlement", async () => {
    const song = await resident(t, '13900000002');
    const owner = await resident(t, '13900000010');
    const lines = (await song.get(`/api/v1/piecework/me/statement?month=${daysAgo(1).slice(0, 7)}`)).body.lines as {
      settlementId: number;
      id: number;
      dayAmountE4: number;
      items: { amountE4: number }[];
    }[];
    expect(lines.length).toBeGreaterThan(0);
    const dates = lines.map((l) => (l as unknown as { workDate: string }).workDate);
    expect(dates).toEqual([...dates].sort().reverse());
    for (const line of lines.slice(0, 5)) {
      const settlement = (await owner.get(`/api/v1/piecework/settlements/${line.settlementId}`)).body as {
        lines: typeof lines;
      };
      const same = settlement.lines.find((l) => l.id === line.id)!;
      // every field but the two a statement adds is the owner's line, as written
      const { factoryName, settlementStatus, ...asOwnerSees } = line as typeof line & {
        factoryName: string;
        settlementStatus: string;
      };
      expect(asOwnerSees).toEqual(same);
      expect(factoryName).toBe('金花粉扑包装微工厂');
      expect(settlementStatus).toBe((settlement as unknown as { status: string }).status);
      expect(line.items.length).toBeGreaterThan(0);
      expect(line.items).toEqual(same.items);
      expect(line.items.reduce((sum, i) => sum + i.amountE4, 0)).toBe(line.dayAmountE4);
    }
  });

  it('has one unpaid settlement past due, alerted to the community and street officers once', async () => {
    const street = await staff(t, 'wangguiling');
    const wages = await street.get(`/api/v1/piecework/wages?from=${daysAgo(40)}&to=${today}`);
    expect(wages.status).toBe(200);
    expect(wages.body.arrears).toHaveLength(1);
    expect(wages.body.arrears[0].factoryName).toBe('安远箱包加工微工厂');
    const inbox = await t.adminQuery(
      `select n.title, n.link from notifications n join users u on u.id = n.user_id where u.username = 'wangguiling' and n.kind = 'piecework.arrears'`,
    );
    expect(inbox.rows).toHaveLength(1);
    expect(inbox.rows[0].title).toContain('欠薪预警：安远箱包加工微工厂');
    const before = await t.adminQuery(`select count(*)::int as n from notifications where kind = 'piecework.arrears'`);
    await raisePieceworkAlerts(t.db, new Date());
    const after = await t.adminQuery(`select count(*)::int as n from notifications where kind = 'piecework.arrears'`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
    const community = await staff(t, 'anyuan01');
    expect(JSON.stringify((await community.get('/api/v1/notifications')).body)).toContain('欠薪预警');
    const elsewhere = await staff(t, 'fuxing01');
    expect(JSON.stringify((await elsewhere.get('/api/v1/notifications')).body)).not.toContain('欠薪预警');
  });
});

describe("an owner's day", () => {
  it('enters a grid batch, resends it without effect, settles, confirms, pays; the worker acknowledges', async () => {
    const owner = await resident(t, '13900000010');
    const fid = await jinhua();
    // a day before the seed's settled month, so that a later day can carry its corrections
    const day = daysAgo(40);
    const g = await grid(owner, fid, day);
    expect(g.workers).toHaveLength(10);
    const [w1, w2] = g.workers;
    const [p1, p2] = g.products;
    expect(p1!.rateE4).toBe(500);
    const batch = {
      records: [
        { clientKey: randomUUID(), workerId: w1!.id, productId: p1!.id, workDate: day, quantity: 1001 },
        { clientKey: randomUUID(), workerId: w1!.id, productId: p2!.id, workDate: day, quantity: 3 },
        { clientKey: randomUUID(), workerId: w2!.id, productId: p1!.id, workDate: day, quantity: 500 },
      ],
    };
    const first = await owner.post(`/api/v1/piecework/factories/${fid}/records/batch`, batch);
    expect(first.body).toEqual({ accepted: 3, duplicates: 0, adjustments: 0 });
    const again = await owner.post(`/api/v1/piecework/factories/${fid}/records/batch`, batch);
    expect(again.body).toEqual({ accepted: 0, duplicates: 3, adjustments: 0 });
    const stored = await t.adminQuery(
      `select count(*)::int as n from piece_records where factory_id = $1 and work_date = $2`,
      [fid, day],
    );
    expect(stored.rows[0].n).toBe(3);

    // A paid day cannot be paid before it is confirmed.
    const closed = await owner.post(`/api/v1/piecework/factories/${fid}/settlements`, { workDate: day });
    expect(closed.status).toBe(201);
    const s = closed.body.settlement;
    const line1 = s.lines.find((l: { workerId: number }) => l.workerId === w1!.id);
    // 1001 × 0.05 + 3 × 0.03 = 50.05 + 0.09 = 50.14元, one rounding
    expect(line1).toMatchObject({ quantity: 1004, dayAmountE4: 501400, amountFen: 5014 });
    expect(s.totalFen).toBe(5014 + 2500);
    const twice = await owner.post(`/api/v1/piecework/factories/${fid}/settlements`, { workDate: day });
    expect(twice.status).toBe(200);
    expect(twice.body.settlement.id).toBe(s.id);
    // Closing answers from the settlement statement itself; it must equal what a later read returns.
    expect(s.lines[0].items.length).toBeGreaterThan(0);
    expect(twice.body.settlement).toEqual(s);
    expect((await owner.get(`/api/v1/piecework/settlements/${s.id}`)).body).toEqual(s);
    // the close is audited once, about the settlement it created (the resend wrote nothing), and the chain holds
    const closes = await t.adminQuery(
      `select target_id, actor_name, after from audit_events where action = 'settlement.close' and (after->>'factoryId')::bigint = $1`,
      [fid],
    );
    expect(closes.rows).toEqual([
      expect.objectContaining({ target_id: String(s.id), after: { factoryId: fid, workDate: day } }),
    ]);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });

    const early = await owner.post(`/api/v1/piecework/settlements/${s.id}/pay`, {
      payMethod: 'wechat',
      payReference: 'WX1',
    });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({
      code: 'SETTLEMENT_STEP_REFUSED',
      message: '结算单当前为“已结算待确认”，不能支付',
    });
    expect((await owner.post(`/api/v1/piecework/settlements/${s.id}/confirm`)).status).toBe(200);
    // refused in the owner's own language, the state and the step included
    expect((await owner.patch('/api/v1/me/preferences', { locale: 'en' })).status).toBe(200);
    const confirmedTwice = await owner.post(`/api/v1/piecework/settlements/${s.id}/confirm`);
    expect(confirmedTwice.status).toBe(409);
    expect(confirmedTwice.body.error.message).toBe('The settlement is confirmed; it cannot be confirmed now');
    expect((await owner.patch('/api/v1/me/preferences', { locale: 'zh-CN' })).status).toBe(200);
    const paid = await owner.post(`/api/v1/piecework/settlements/${s.id}/pay`, {
      payMethod: 'wechat',
      payReference: 'WX20261130',
    });
    expect(paid.status).toBe(200);
    expect(paid.body).toMatchObject({ status: 'paid', payMethod: 'wechat', payReference: 'WX20261130' });

    // A settled day is locked: a correction becomes an adjustment of the next settlement.
    const rec = await t.adminQuery(
      `select id from piece_records where factory_id = $1 and work_date = $2 and worker_id = $3 and quantity = 1001`,
      [fid, day, w1!.id],
    );
    const reversal = { records: [{ clientKey: randomUUID(), reversesId: rec.rows[0].id }] };
    const rev = await owner.post(`/api/v1/piecework/factories/${fid}/records/batch`, reversal);
    expect(rev.body).toEqual({ accepted: 1, duplicates: 0, adjustments: 1 });
    const revAgain = await owner.post(`/api/v1/piecework/factories/${fid}/records/batch`, {
      records: [{ clientKey: randomUUID(), reversesId: rec.rows[0].id }],
    });
    expect(revAgain.status).toBe(409);
    expect(revAgain.body.error.code).toBe('RECORD_ALREADY_REVERSED');
    const locked = await owner.get(`/api/v1/piecework/settlements/${s.id}`);
    expect(locked.body.totalFen).toBe(5014 + 2500);

    // The next settlement carries the adjustment (the next test closes today).
    const acks = await t.adminQuery(`select id from settlement_lines where settlement_id = $1 and worker_id = $2`, [
      s.id,
      w1!.id,
    ]);
    const worker = await t.adminQuery(
      `select u.phone from factory_workers w join users u on u.resident_id = w.resident_id where w.id = $1`,
      [w1!.id],
    );
    // The first worker of the grid is 宋秀秀, who has the app.
    expect(worker.rows[0].phone).toBe('13900000002');
    const wc = await resident(t, worker.rows[0].phone);
    expect((await wc.post(`/api/v1/piecework/settlement-lines/${acks.rows[0].id}/acknowledge`)).status).toBe(200);
    const adj = await t.adminQuery(`select amount_e4, settlement_id from piece_adjustments where factory_id = $1`, [
      fid,
    ]);
    expect(adj.rows).toEqual([{ amount_e4: -500500, settlement_id: null }]);
  });

  it('settles a later day with the adjustment in the line', async () => {
    // The correction of the day settled above waits for the factory's next close: today's.
    const owner = await resident(t, '13900000010');
    const fid = await jinhua();
    const g = await grid(owner, fid);
    const w1 = g.workers[0]!;
    await owner.post(`/api/v1/piecework/factories/${fid}/records/batch`, {
      records: [
        { clientKey: randomUUID(), workerId: w1.id, productId: g.products[0]!.id, workDate: today, quantity: 2000 },
      ],
    });
    // The wage floor is the nearest area's that sets one: the community's over the street's.
    const areas = await t.adminQuery(
      `select c.id as community, st.id as street from micro_factories f join areas a on a.id = f.area_id
         join areas c on a.path like c.path || '%' and c.level = 'community' join areas st on a.path like st.path || '%' and st.level = 'street'
        where f.id = $1`,
      [fid],
    );
    const { community, street } = areas.rows[0];
    await t.adminQuery(
      `insert into area_settings (area_id, key, value) values ($1, 'min_hourly_wage_fen', '2600'), ($2, 'min_hourly_wage_fen', '2300')`,
      [community, street],
    );
    try {
      const closed = await owner.post(`/api/v1/piecework/factories/${fid}/settlements`, { workDate: today });
      const line = closed.body.settlement.lines.find((l: { workerId: number }) => l.workerId === w1.id);
      expect(line).toMatchObject({
        dayAmountE4: 1_000_000,
        adjustmentE4: -500_500,
        amountFen: 4995,
        floorFenPerHour: 2600,
      });
    } finally {
      await t.adminQuery(`delete from area_settings where key = 'min_hourly_wage_fen' and area_id in ($1, $2)`, [
        community,
        street,
      ]);
    }
  });
});

describe('self-reports and presence', () => {
  it('a worker reports pieces, the owner rejects one (kept, unpaid) and approves another', async () => {
    const song = await resident(t, '13900000002');
    const fid = await jinhua();
    const me = await song.get('/api/v1/piecework/me');
    const mine = me.body.factories[0];
    const report = (q: number) =>
      song.post('/api/v1/piecework/me/records', {
        clientKey: randomUUID(),
        factoryId: fid,
        productId: mine.products[0].id,
        workDate: daysAgo(0),
        quantity: q,
      });
    expect((await report(300)).body.accepted).toBe(1);
    expect((await report(40)).body.accepted).toBe(1);
    const owner = await resident(t, '13900000010');
    const g = await owner.get(`/api/v1/piecework/factories/${fid}/day?date=${today}`);
    const pending = g.body.records.filter((r: { state: string; workerName: string }) => r.state === 'pending');
    expect(pending).toHaveLength(2);
    expect(
      (
        await owner.post(
          `/api/v1/piecework/records/${pending.find((r: { quantity: number }) => r.quantity === 40).id}/reject`,
        )
      ).body.state,
    ).toBe('rejected');
    expect(
      (
        await owner.post(
          `/api/v1/piecework/records/${pending.find((r: { quantity: number }) => r.quantity === 300).id}/approve`,
        )
      ).body.state,
    ).toBe('approved');
    const again = await owner.post(`/api/v1/piecework/records/${pending[0].id}/approve`);
    expect(again.status).toBe(409);
    const after = await song.get('/api/v1/piecework/me');
    expect(after.body.factories[0].pendingQuantity).toBe(0);
    const kept = await t.adminQuery(`select state from piece_records where id = $1`, [
      pending.find((r: { quantity: number }) => r.quantity === 40).id,
    ]);
    expect(kept.rows[0].state).toBe(3);
  });

  it('check-in, step out, come back, check out; an out-of-order step is refused; a resend is harmless', async () => {
    const song = await resident(t, '13900000002');
    const fid = await jinhua();
    const key = randomUUID();
    expect(
      (await song.post('/api/v1/piecework/me/presence', { clientKey: key, kind: 'check_in', factoryId: fid })).body
        .state,
    ).toBe('in');
    expect(
      (await song.post('/api/v1/piecework/me/presence', { clientKey: key, kind: 'check_in', factoryId: fid })).body
        .state,
    ).toBe('in');
    const wrong = await song.post('/api/v1/piecework/me/presence', {
      clientKey: randomUUID(),
      kind: 'come_back',
      factoryId: fid,
    });
    expect(wrong.status).toBe(409);
    expect(
      (await song.post('/api/v1/piecework/me/presence', { clientKey: randomUUID(), kind: 'step_out', factoryId: fid }))
        .body.state,
    ).toBe('out');
    expect(
      (await song.post('/api/v1/piecework/me/presence', { clientKey: randomUUID(), kind: 'come_back', factoryId: fid }))
        .body.state,
    ).toBe('in');
    expect(
      (await song.post('/api/v1/piecework/me/presence', { clientKey: randomUUID(), kind: 'check_out', factoryId: fid }))
        .body.state,
    ).toBe('done');
    const events = await t.adminQuery(
      `select count(*)::int as n from presence_events where work_date = $1 and worker_id = (select id from factory_workers where factory_id = $2 and resident_id = (select id from residents where phone = '13900000002'))`,
      [today, fid],
    );
    expect(events.rows[0].n).toBe(4);
  });
});

describe('refusals', () => {
  it('an outsider cannot record for a factory (404), nor see its day', async () => {
    const fid = await jinhua();
    const outsider = await resident(t, '13900000020');
    const res = await outsider.post(`/api/v1/piecework/factories/${fid}/records/batch`, {
      records: [{ clientKey: randomUUID(), workerId: 1, productId: 1, workDate: today, quantity: 1 }],
    });
    expect(res.status).toBe(404);
    expect((await outsider.get(`/api/v1/piecework/factories/${fid}/day?date=${today}`)).status).toBe(404);
    expect((await outsider.post(`/api/v1/piecework/factories/${fid}/settlements`, { workDate: today })).status).toBe(
      404,
    );
  });

  it("a worker cannot see another worker's pay or a factory's settlement", async () => {
    const song = await resident(t, '13900000002');
    const other = await t.adminQuery(
      `select l.id, l.settlement_id from settlement_lines l join factory_workers w on w.id = l.worker_id join residents r on r.id = w.resident_id where r.phone <> '13900000002' limit 1`,
    );
    expect((await song.get(`/api/v1/piecework/settlements/${other.rows[0].settlement_id}`)).status).toBe(404);
    expect((await song.post(`/api/v1/piecework/settlement-lines/${other.rows[0].id}/acknowledge`)).status).toBe(404);
    expect(
      (await song.post(`/api/v1/piecework/settlement-lines/${other.rows[0].id}/dispute`, { disputeReason: '不对' }))
        .status,
    ).toBe(404);
    const statement = await song.get(`/api/v1/piecework/me/statement?month=${today.slice(0, 7)}`);
    expect(new Set(statement.body.lines.map((l: { workerName: string }) => l.workerName))).toEqual(
      new Set(statement.body.lines.length ? ['宋秀秀'] : []),
    );
  });

  it('a record for a worker or product of another factory, or a future day, names the field', async () => {
    const owner = await resident(t, '13900000010');
    const fid = await jinhua();
    const g = await grid(owner, fid);
    const res = await owner.post(`/api/v1/piecework/factories/${fid}/records/batch`, {
      records: [
        { clientKey: randomUUID(), workerId: 999999, productId: g.products[0]!.id, workDate: today, quantity: 1 },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe('workerId');
    const future = await owner.post(`/api/v1/piecework/factories/${fid}/records/batch`, {
      records: [
        {
          clientKey: randomUUID(),
          workerId: g.workers[0]!.id,
          productId: g.products[0]!.id,
          workDate: '2099-01-01',
          quantity: 1,
        },
      ],
    });
    expect(future.status).toBe(400);
    const bad = await owner.post(`/api/v1/piecework/factories/${fid}/records/batch`, {
      records: [{ clientKey: 'nope', workerId: 1, productId: 1, workDate: today, quantity: 1 }],
    });
    expect(bad.status).toBe(400);
  });

  it('a settlement with nothing to settle is refused; a community officer of another community sees no factory', async () => {
    const owner = await resident(t, '13900000010');
    const fid = await jinhua();
    const none = await owner.post(`/api/v1/piecework/factories/${fid}/settlements`, { workDate: '2020-01-01' });
    expect(none.status).toBe(409);
    const other = await staff(t, 'anyuan01');
    expect((await other.get(`/api/v1/piecework/factories/${fid}`)).status).toBe(404);
    const list = await other.get('/api/v1/piecework/factories');
    // only 安远路社区's own: the article's 箱包 factory and those opened there earlier in the year
    const names: string[] = list.body.items.map((f: { name: string }) => f.name);
    expect(names).toContain('安远箱包加工微工厂');
    expect(names.every((name) => name.startsWith('安远') || name.startsWith('珠江路'))).toBe(true);
  });

  it('a dispute is raised by the worker and resolved by the community officer', async () => {
    const song = await resident(t, '13900000002');
    const statement = await song.get(`/api/v1/piecework/me/statement?month=${daysAgo(1).slice(0, 7)}`);
    const line = statement.body.lines.find((l: { workDate: string }) => l.workDate === daysAgo(1));
    const disputed = await song.post(`/api/v1/piecework/settlement-lines/${line.id}/dispute`, {
      disputeReason: '贴标少算了50个',
    });
    expect(disputed.status).toBe(200);
    expect(disputed.body.status).toBe('disputed');
    const late = await song.post(`/api/v1/piecework/settlement-lines/${line.id}/acknowledge`);
    expect(late.status).toBe(409);
    expect(late.body.error.message).toMatch(/^结算单当前为“.+”，不能确认收款$/);
    const officer = await staff(t, 'fuxing01');
    // it waits on the console of the officers covering the factory, and nowhere else
    const wages = (c: Awaited<ReturnType<typeof staff>>) =>
      c.get(`/api/v1/piecework/wages?from=${daysAgo(30)}&to=${daysAgo(0)}`);
    const waiting = (await wages(officer)).body.disputed as { id: number; disputeReason: string }[];
    expect(waiting.find((l) => l.id === line.id)).toMatchObject({ disputeReason: '贴标少算了50个' });
    expect(
      ((await wages(await staff(t, 'anyuan01'))).body.disputed as { id: number }[]).some((l) => l.id === line.id),
    ).toBe(false);
    const resolved = await officer.post(`/api/v1/piecework/settlement-lines/${line.id}/resolve`, {
      resolutionNote: '已与窦金花核对，次日补发',
    });
    expect(resolved.body.status).toBe('resolved');
    const twice = await officer.post(`/api/v1/piecework/settlement-lines/${line.id}/resolve`, {
      resolutionNote: '再处理一次',
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toBe('结算单当前为“异议已处理”，不能处理异议');
    const outsider = await staff(t, 'anyuan01');
    expect(
      (await outsider.post(`/api/v1/piecework/settlement-lines/${line.id}/resolve`, { resolutionNote: '越权处理' }))
        .status,
    ).toBe(404);
    expect(((await wages(officer)).body.disputed as { id: number }[]).some((l) => l.id === line.id)).toBe(false);
  });
});

describe('venues, factories and the street', () => {
  it('a community officer registers a venue; the owner registers a factory on it; the street verifies', async () => {
    const officer = await staff(t, 'fuxing01');
    const { rows } = await t.adminQuery(`select id from areas where name = '复兴社区A区'`);
    const venue = await officer.post('/api/v1/piecework/venues', {
      areaId: rows[0].id,
      address: '复兴社区A区5号楼车库',
      areaSqm: 45,
      ownerName: '复兴社区居委会',
    });
    expect(venue.status).toBe(201);
    expect(venue.body.status).toBe('idle');
    const owner = await resident(t, '13900000010');
    // The owner picks it from the idle venues: where and how big, never its owner's name or phone.
    const available = await owner.get('/api/v1/piecework/venues/available');
    expect(available.status).toBe(200);
    const offered = available.body.find((v: { id: number }) => v.id === venue.body.id);
    expect(offered).toEqual({
      id: venue.body.id,
      areaName: '复兴社区A区',
      communityName: '复兴社区',
      address: '复兴社区A区5号楼车库',
      areaSqm: 45,
    });
    expect(JSON.stringify(available.body)).not.toContain('居委会');
    expect((await (await resident(t, '13900000002')).get('/api/v1/piecework/venues/available')).status).toBe(404);
    const { rows: e } = await t.adminQuery(`select id from enterprises where name = '金花粉扑包装微工厂'`);
    const created = await owner.post('/api/v1/piecework/factories', {
      enterpriseId: e[0].id,
      venueId: venue.body.id,
      name: '金花粉扑二车间',
      industry: 'cosmetics_packing',
      workstations: 6,
      openingHours: '09:00-15:00',
    });
    expect(created.status).toBe(201);
    expect(created.body.verified).toBe(false);
    expect(created.body.inviteCode).toMatch(/^[A-Za-z0-9]{8,}$/);
    expect(
      (await officer.post(`/api/v1/piecework/factories/${created.body.id}/verify`, { verified: true })).status,
    ).toBe(403);
    const street = await staff(t, 'wangguiling');
    expect(
      (await street.post(`/api/v1/piecework/factories/${created.body.id}/verify`, { verified: true })).body.verified,
    ).toBe(true);
    const venues = await officer.get('/api/v1/piecework/venues?status=matched');
    expect(venues.body.items.map((v: { id: number }) => v.id)).toContain(venue.body.id);
    // Matched, it is no longer offered, and a second factory cannot take it.
    expect((await owner.get('/api/v1/piecework/venues/available')).body.map((v: { id: number }) => v.id)).not.toContain(
      venue.body.id,
    );
    const again = await owner.post('/api/v1/piecework/factories', {
      enterpriseId: e[0].id,
      venueId: venue.body.id,
      name: '金花粉扑三车间',
      industry: 'cosmetics_packing',
      workstations: 4,
    });
    expect(again.status).toBe(400);
    expect(again.body.error.fields?.venueId ?? JSON.stringify(again.body)).toContain('已有人使用或已匹配');

    // A resident joins by the invite code; the resident app lists verified factories nearby.
    const zhang = await resident(t, '13900000001');
    const joined = await zhang.post('/api/v1/piecework/join', { inviteCode: created.body.inviteCode, consent: true });
    expect(joined.body.joined).toBe(true);
    const nearby = await zhang.get('/api/v1/piecework/nearby-factories');
    expect(nearby.body.map((f: { name: string }) => f.name)).toContain('金花粉扑包装微工厂');
  });

  it('the payroll is an .xlsx with masked IDs', async () => {
    const owner = await resident(t, '13900000010');
    const fid = await jinhua();
    const res = await owner.get(`/api/v1/piecework/factories/${fid}/payroll.xlsx?month=${daysAgo(1).slice(0, 7)}`);
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    const raw = await t.app.inject({
      method: 'GET',
      url: `/api/v1/piecework/factories/${fid}/payroll.xlsx?month=${daysAgo(1).slice(0, 7)}`,
      headers: { cookie: `sid=${owner.sessionCookie}` },
    });
    await book.xlsx.load(raw.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('工资表')!;
    const ids = sheet.getColumn(3).values.slice(2).filter(Boolean).map(String);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((v) => /^\d{4}\*{10}[\dX]{4}$/.test(v))).toBe(true);
    expect(
      sheet
        .getColumn(4)
        .values.slice(2)
        .filter(Boolean)
        .every((v) => /\*{4}/.test(String(v))),
    ).toBe(true);
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      '日期',
      '姓名',
      '身份证号',
      '手机号',
      '件数',
      '工时（小时）',
      '金额（元）',
      '低于最低小时工资',
      '结算状态',
      '支付方式',
    ]);

    // in the owner's language: the same rows, the words in English
    expect((await owner.patch('/api/v1/me/preferences', { locale: 'en' })).status).toBe(200);
    const en = await t.app.inject({
      method: 'GET',
      url: `/api/v1/piecework/factories/${fid}/payroll.xlsx?month=${daysAgo(1).slice(0, 7)}`,
      headers: { cookie: `sid=${owner.sessionCookie}` },
    });
    expect((await owner.patch('/api/v1/me/preferences', { locale: 'zh-CN' })).status).toBe(200);
    const enBook = new ExcelJS.Workbook();
    await enBook.xlsx.load(en.rawPayload as unknown as ArrayBuffer);
    const enSheet = enBook.getWorksheet('Payroll')!;
    expect(enSheet.getRow(1).values).toEqual([
      undefined,
      'Date',
      'Name',
      'ID number',
      'Mobile',
      'Pieces',
      'Hours',
      'Amount (yuan)',
      'Below the minimum hourly wage',
      'Settlement',
      'Paid by',
    ]);
    expect(enSheet.rowCount).toBe(sheet.rowCount);
    expect(enSheet.getColumn(7).values).toEqual(
      sheet.getColumn(7).values.map((v, i) => (i === 1 ? 'Amount (yuan)' : v)),
    );
    expect(
      enSheet
        .getColumn(9)
        .values.slice(2, -1)
        .every((v) => ['closed and awaiting confirmation', 'confirmed', 'paid'].includes(String(v))),
    ).toBe(true);
    expect(String(en.headers['content-disposition'])).toContain('Payroll.xlsx');
  });
});

describe("every factory's day at once", () => {
  it('settles each factory once, in parts side by side, with the same lines as settling them one by one', async () => {
    const day = daysAgo(60);
    // Every worker made 7 of their factory's first product that day (recorded, and counted in the rollup).
    await t.adminQuery(
      `insert into piece_records (factory_id, worker_id, product_id, work_date, quantity, rate_e4, state, client_key, created_by_user_id)
       select w.factory_id, w.id, p.id, $1::date, 7, r.rate_e4, 1, gen_random_uuid(), 1
       from factory_workers w
       join lateral (select id from factory_products where factory_id = w.factory_id order by id limit 1) p on true
       join lateral (select rate_e4 from piece_rates where product_id = p.id order by effective_from limit 1) r on true`,
      [day],
    );
    await t.adminQuery(
      `insert into piece_day_totals (factory_id, work_date, worker_id, product_id, quantity, amount_e4)
       select factory_id, work_date, worker_id, product_id, sum(quantity), sum(quantity * rate_e4)
       from piece_records where work_date = $1 group by factory_id, work_date, worker_id, product_id`,
      [day],
    );
    const expected = await t.adminQuery(
      `select factory_id, sum(round(amount_e4::numeric / 100))::int as fen, count(*)::int as workers
       from piece_day_totals where work_date = $1 group by factory_id order by factory_id`,
      [day],
    );
    expect(expected.rows.length).toBeGreaterThan(2);
    const made = await settleAllFactoriesDay(t.db, day, new Date(), { parts: 3, factoriesPerPart: 1 });
    expect(made).toBe(expected.rows.length);
    const settled = await t.adminQuery(
      `select s.factory_id, s.total_fen::int as fen, s.worker_count as workers, (select count(*)::int from settlement_lines l where l.settlement_id = s.id) as lines
       from settlements s where s.work_date = $1 order by s.factory_id`,
      [day],
    );
    expect(settled.rows).toEqual(expected.rows.map((r) => ({ ...r, lines: r.workers })));
    const parts = await t.adminQuery(
      `select after from audit_events where action = 'settlement.close_all' and after->>'workDate' = $1`,
      [day],
    );
    expect(parts.rows.map((r) => r.after.part).sort()).toEqual([1, 2, 3]);
    // Asked again, nothing is settled twice.
    expect(await settleAllFactoriesDay(t.db, day, new Date(), { parts: 3, factoriesPerPart: 1 })).toBe(0);
  });
});
