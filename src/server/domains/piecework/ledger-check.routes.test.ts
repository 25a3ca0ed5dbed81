/**
 * The ledger check (ADR 0047): the street officer runs it from the console
 * over the factories of her areas; it finds a line that pays more or less than
 * its records, a correction paid on a line that no adjustment points to, and a
 * piece on a settled day that no line and no adjustment counted.
 */
import { describe, expect, it } from 'vitest';
import { resident, staff } from '../../../../tests/support/http-client';
import { checkLedgerAfterEach } from '../../../../tests/support/piecework-ledger';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();
checkLedgerAfterEach(t);

interface Checked {
  ok: boolean;
  factories: {
    factoryId: number;
    factoryName: string;
    lines: number;
    settledFen: number;
    expectedFen: number;
    differenceFen: number;
    linesAtOdds: number;
    settlementsAtOdds: number;
    ok: boolean;
  }[];
}

/** Changes what the app may never change, as only someone bypassing the database's guards could. */
async function behindTheGuards<T>(change: () => Promise<T>): Promise<T> {
  await t.adminQuery(`set session_replication_role = replica`);
  try {
    return await change();
  } finally {
    await t.adminQuery(`set session_replication_role = origin`);
  }
}

async function jinhua() {
  const { rows } = await t.adminQuery(`select id, area_id from micro_factories where name = '金花粉扑包装微工厂'`);
  return rows[0] as { id: number; area_id: number };
}

describe('the ledger check on the console', () => {
  it("finds every factory of the street in balance, none of another street's, and is audited", async () => {
    // a factory in another street: not the officer's to check
    const { rows: st } = await t.adminQuery(`select id, parent_id, path from areas where name = '珠海街道'`);
    const { rows: other } = await t.adminQuery(
      `insert into areas (parent_id, code, name, level, path) values ($1, 'LEDGER-ST', '另一街道', 'street', '') returning id`,
      [st[0].parent_id],
    );
    await t.adminQuery(`update areas set path = (select path from areas where id = $2) || $1 || '/' where id = $1`, [
      other[0].id,
      st[0].parent_id,
    ]);
    await t.adminQuery(
      `insert into micro_factories (area_id, operator_resident_id, name, industry, workstations, invite_code, created_by_user_id)
       values ($1, (select id from residents limit 1), '另一街道的微工厂', 'other', 2, 'LEDGERCHECK01', 1)`,
      [other[0].id],
    );

    const street = await staff(t, 'wangguiling');
    const res = await street.post('/api/v1/piecework/ledger-checks', {});
    expect(res.status).toBe(200);
    const body = res.body as Checked;
    const inStreet = await t.adminQuery(
      `select f.id from micro_factories f join areas a on a.id = f.area_id where a.path like $1 || '%' order by f.id`,
      [st[0].path],
    );
    expect(body.factories.map((f) => f.factoryId)).toEqual(inStreet.rows.map((r) => r.id));
    expect(body.factories.map((f) => f.factoryName)).not.toContain('另一街道的微工厂');
    expect(body.ok).toBe(true);
    for (const f of body.factories) {
      expect(f).toMatchObject({ ok: true, differenceFen: 0, linesAtOdds: 0, settlementsAtOdds: 0 });
      expect(f.lines).toBeGreaterThan(0);
      expect(f.settledFen).toBe(f.expectedFen);
    }
    const audit = await t.adminQuery(
      `select actor_name, after from audit_events where action = 'piecework.ledger_check' order by id desc limit 1`,
    );
    expect(audit.rows[0]).toMatchObject({
      actor_name: '王桂玲',
      after: { factories: body.factories.length, atOdds: [] },
    });
  });

  it('is limited to a chosen area of the officer, refuses one outside her areas, and only the street runs it', async () => {
    const street = await staff(t, 'wangguiling');
    const f = await jinhua();
    const one = await street.post('/api/v1/piecework/ledger-checks', { areaId: f.area_id });
    expect(one.status).toBe(200);
    expect((one.body as Checked).factories.map((x) => x.factoryName)).toEqual(['金花粉扑包装微工厂']);
    const { rows: district } = await t.adminQuery(`select id from areas where level = 'district' limit 1`);
    const outside = await street.post('/api/v1/piecework/ledger-checks', { areaId: district[0].id });
    expect(outside.status).toBe(400);
    expect(outside.body.error.details[0].field).toBe('areaId');
    const backwards = await street.post('/api/v1/piecework/ledger-checks', { from: '2026-03-02', to: '2026-03-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0].field).toBe('to');
    expect((await (await staff(t, 'fuxing01')).post('/api/v1/piecework/ledger-checks', {})).status).toBe(403);
    expect((await (await resident(t, '13900000010')).post('/api/v1/piecework/ledger-checks', {})).status).toBe(403);
  });

  it('finds a line that pays a fen more than its records, and its settlement', async () => {
    const f = await jinhua();
    const { rows } = await t.adminQuery(
      `select l.id, l.settlement_id from settlement_lines l where l.factory_id = $1 order by l.id limit 1`,
      [f.id],
    );
    const line = rows[0] as { id: number; settlement_id: number };
    await behindTheGuards(() =>
      t.adminQuery(`update settlement_lines set amount_fen = amount_fen + 1 where id = $1`, [line.id]),
    );
    try {
      const checked = (await (await staff(t, 'wangguiling')).post('/api/v1/piecework/ledger-checks', {}))
        .body as Checked;
      expect(checked.ok).toBe(false);
      expect(checked.factories.find((x) => x.factoryId === f.id)).toMatchObject({
        ok: false,
        differenceFen: 1,
        linesAtOdds: 1,
        settlementsAtOdds: 1,
      });
      expect(checked.factories.filter((x) => !x.ok)).toHaveLength(1);
      const audit = await t.adminQuery(
        `select after from audit_events where action = 'piecework.ledger_check' order by id desc limit 1`,
      );
      expect(audit.rows[0].after.atOdds).toEqual([f.id]);
    } finally {
      await behindTheGuards(() =>
        t.adminQuery(`update settlement_lines set amount_fen = amount_fen - 1 where id = $1`, [line.id]),
      );
    }
  });

  it('finds a correction carried on a line that no adjustment points to (paid twice)', async () => {
    const f = await jinhua();
    const { rows } = await t.adminQuery(
      `select id from settlement_lines where factory_id = $1 order by work_date desc, id limit 1`,
      [f.id],
    );
    const id = rows[0].id as number;
    await behindTheGuards(() =>
      t.adminQuery(
        `update settlement_lines set adjustment_e4 = adjustment_e4 + 5000, amount_fen = amount_fen + 50 where id = $1`,
        [id],
      ),
    );
    try {
      const checked = (await (await staff(t, 'wangguiling')).post('/api/v1/piecework/ledger-checks', {}))
        .body as Checked;
      expect(checked.factories.find((x) => x.factoryId === f.id)).toMatchObject({ ok: false, differenceFen: 50 });
    } finally {
      await behindTheGuards(() =>
        t.adminQuery(
          `update settlement_lines set adjustment_e4 = adjustment_e4 - 5000, amount_fen = amount_fen - 50 where id = $1`,
          [id],
        ),
      );
    }
  });

  it('finds an approved piece of a settled day that no line and no adjustment counted (lost)', async () => {
    const f = await jinhua();
    const { rows } = await t.adminQuery(
      `select r.worker_id, r.product_id, r.work_date::text as day, r.rate_e4 from piece_records r
        where r.factory_id = $1 and r.state = 1 order by r.id limit 1`,
      [f.id],
    );
    const r = rows[0];
    const { rows: ins } = await t.adminQuery(
      `insert into piece_records (factory_id, worker_id, product_id, work_date, quantity, rate_e4, state, client_key, created_by_user_id)
       values ($1, $2, $3, $4, 200, $5, 1, gen_random_uuid(), 1) returning id`,
      [f.id, r.worker_id, r.product_id, r.day, r.rate_e4],
    );
    try {
      const checked = (await (await staff(t, 'wangguiling')).post('/api/v1/piecework/ledger-checks', {}))
        .body as Checked;
      const mine = checked.factories.find((x) => x.factoryId === f.id)!;
      expect(mine).toMatchObject({ ok: false, linesAtOdds: 1 });
      expect(mine.differenceFen).toBeLessThan(0);
      // limited to other days, the same factory is in balance
      const before = (
        await (await staff(t, 'wangguiling')).post('/api/v1/piecework/ledger-checks', { to: '2000-01-01' })
      ).body as Checked;
      expect(before.factories.find((x) => x.factoryId === f.id)).toMatchObject({ ok: true, lines: 0 });
    } finally {
      await behindTheGuards(() => t.adminQuery(`delete from piece_records where id = $1`, [ins[0].id]));
    }
  });
});
