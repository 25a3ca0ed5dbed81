/**
 * Rows of money are append-only in the database itself (sql/*_append_only.sql): a
 * direct UPDATE or DELETE that is not one of the service's steps fails, and the
 * steps it allows are exactly those of the workflow tables in src/shared.
 */
import { describe, expect, it } from 'vitest';
import { SETTLEMENT_LINE_STATUSES, SETTLEMENT_STATUSES } from '../../../shared/enums';
import { LINE_TRANSITIONS, SETTLEMENT_TRANSITIONS } from '../../../shared/schemas/piecework-rules';
import { checkLedgerAfterEach } from '../../../../tests/support/piecework-ledger';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();
checkLedgerAfterEach(t);

/** Runs the statements in a transaction that is always rolled back: whether the last one passes. */
async function passes(...statements: [string, unknown[]?][]): Promise<boolean> {
  await t.adminQuery('begin');
  try {
    for (const [text, values] of statements) await t.adminQuery(text, values);
    return true;
  } catch (err) {
    expect(String(err)).toMatch(/append-only/);
    return false;
  } finally {
    await t.adminQuery('rollback');
  }
}

async function one(text: string) {
  const { rows } = await t.adminQuery(text);
  expect(rows.length).toBe(1);
  return rows[0] as Record<string, number>;
}

describe('piece records', () => {
  it('are never changed nor deleted; only a pending self-report is approved or rejected', async () => {
    const { id } = await one(`select id from piece_records where state = 1 order by id limit 1`);
    for (const change of [
      'quantity = quantity + 1',
      'rate_e4 = rate_e4 + 1',
      'work_date = work_date - 1',
      'worker_id = worker_id + 1',
      'state = 3',
      'state = 2',
      'reverses_id = id',
    ])
      expect(await passes([`update piece_records set ${change} where id = $1`, [id]]), change).toBe(false);
    expect(await passes([`delete from piece_records where id = $1`, [id]])).toBe(false);
    expect(await passes(['truncate piece_records cascade'])).toBe(false);

    const pending = `insert into piece_records (factory_id, worker_id, product_id, work_date, quantity, rate_e4, state, self_reported, client_key, created_by_user_id)
      select factory_id, worker_id, product_id, work_date, 5, rate_e4, 2, true, gen_random_uuid(), created_by_user_id from piece_records where id = ${id}`;
    expect(await passes([pending], ['update piece_records set state = 1 where state = 2'])).toBe(true);
    expect(await passes([pending], ['update piece_records set state = 3 where state = 2'])).toBe(true);
    expect(
      await passes([pending], ['update piece_records set state = 1, quantity = 6 where state = 2 and quantity = 5']),
    ).toBe(false);
    expect(
      await passes(
        [pending],
        ['update piece_records set state = 3 where state = 2'],
        ['update piece_records set state = 1 where state = 3 and quantity = 5'],
      ),
    ).toBe(false);
  });
});

describe('settlements', () => {
  it('keep their figures; their status moves only as SETTLEMENT_TRANSITIONS says', async () => {
    const closed = await one(
      `insert into settlements (factory_id, area_id, work_date, total_fen, worker_count)
       select id, area_id, '2001-01-01', 0, 0 from micro_factories order by id limit 1 returning id`,
    );
    try {
      const id = closed.id!;
      for (const change of [
        'total_fen = total_fen + 1',
        'worker_count = 9',
        'flagged_count = 1',
        "work_date = '2001-01-02'",
      ])
        expect(await passes([`update settlements set ${change} where id = $1`, [id]]), change).toBe(false);
      expect(await passes([`delete from settlements where id = $1`, [id]])).toBe(false);
      expect(await passes(['truncate settlements cascade'])).toBe(false);

      const to = {
        closed: '',
        confirmed: `status = 'confirmed', confirmed_at = now(), confirmed_by_user_id = 1`,
        paid: `status = 'paid', confirmed_at = coalesce(confirmed_at, now()), paid_at = now(), pay_method = 'cash', pay_reference = 'R1'`,
      };
      const reach = {
        closed: [] as string[],
        confirmed: [to.confirmed],
        paid: [to.confirmed, `status = 'paid', paid_at = now(), pay_method = 'cash'`],
      };
      for (const from of SETTLEMENT_STATUSES) {
        for (const next of SETTLEMENT_STATUSES) {
          if (from === next) continue;
          const allowed = Object.values(SETTLEMENT_TRANSITIONS).some((s) => s.to === next && s.from.includes(from));
          const set = next === 'closed' ? `status = 'closed'` : to[next];
          const steps = [...reach[from], set].map((x): [string, unknown[]] => [
            `update settlements set ${x} where id = $1`,
            [id],
          ]);
          expect(await passes(...steps), `${from} → ${next}`).toBe(allowed);
        }
      }
      // a paid settlement's payment stays as it was recorded
      expect(
        await passes(
          ...[...reach.paid, `pay_reference = 'R2'`].map((x): [string, unknown[]] => [
            `update settlements set ${x} where id = $1`,
            [id],
          ]),
        ),
      ).toBe(false);
      // a step sets its own columns only
      expect(
        await passes([`update settlements set ${to.confirmed}, pay_reference = 'early' where id = $1`, [id]]),
      ).toBe(false);
    } finally {
      await t.adminQuery(`set session_replication_role = replica`);
      await t.adminQuery(`delete from settlements where id = $1`, [closed.id]);
      await t.adminQuery(`set session_replication_role = origin`);
    }
  });
});

describe('settlement lines', () => {
  it('keep their figures; their status moves only as LINE_TRANSITIONS says', async () => {
    const { id } = await one(`select id from settlement_lines where status = 'open' order by id limit 1`);
    for (const change of [
      'amount_fen = amount_fen + 1',
      'day_amount_e4 = day_amount_e4 + 1',
      'adjustment_e4 = adjustment_e4 + 1',
      'quantity = quantity + 1',
      'below_floor = not below_floor',
      'settlement_id = settlement_id + 1',
    ])
      expect(await passes([`update settlement_lines set ${change} where id = $1`, [id]]), change).toBe(false);
    expect(await passes([`delete from settlement_lines where id = $1`, [id]])).toBe(false);
    expect(await passes(['truncate settlement_lines'])).toBe(false);

    const set = {
      open: `status = 'open'`,
      acknowledged: `status = 'acknowledged', updated_at = now()`,
      disputed: `status = 'disputed', dispute_reason = '少算了', updated_at = now()`,
      resolved: `status = 'resolved', resolution_note = '已补发', resolved_by_user_id = 1, updated_at = now()`,
    };
    const reach = {
      open: [] as string[],
      acknowledged: [set.acknowledged],
      disputed: [set.disputed],
      resolved: [set.disputed, set.resolved],
    };
    for (const from of SETTLEMENT_LINE_STATUSES) {
      for (const next of SETTLEMENT_LINE_STATUSES) {
        if (from === next) continue;
        const allowed = Object.values(LINE_TRANSITIONS).some((s) => s.to === next && s.from.includes(from));
        const steps = [...reach[from], set[next]].map((x): [string, unknown[]] => [
          `update settlement_lines set ${x} where id = $1`,
          [id],
        ]);
        expect(await passes(...steps), `${from} → ${next}`).toBe(allowed);
      }
    }
    // a step sets its own columns only: acknowledging does not write a dispute's reason
    expect(
      await passes([`update settlement_lines set ${set.acknowledged}, dispute_reason = 'x' where id = $1`, [id]]),
    ).toBe(false);
  });
});

describe('adjustments', () => {
  it('keep their amount and are paid once', async () => {
    // A record of a factory with at least two settlements (the year's factories have one day each).
    const rec = await one(
      `select r.id, r.factory_id, r.worker_id from piece_records r
       where r.state = 1 and (select count(*) from settlements s where s.factory_id = r.factory_id) >= 2
       order by r.id desc limit 1`,
    );
    const settlement = await one(`select id from settlements where factory_id = ${rec.factory_id} limit 1`);
    const other = await one(
      `select id from settlements where factory_id = ${rec.factory_id} and id <> ${settlement.id} limit 1`,
    );
    const insert = `insert into piece_adjustments (factory_id, worker_id, record_id, origin_date, amount_e4)
      values (${rec.factory_id}, ${rec.worker_id}, ${rec.id}, '2001-01-01', 100)`;
    const pay = (s: number): [string] => [
      `update piece_adjustments set settlement_id = ${s} where record_id = ${rec.id}`,
    ];
    expect(await passes([insert], pay(settlement.id!))).toBe(true);
    expect(await passes([insert], pay(settlement.id!), pay(other.id!))).toBe(false);
    expect(
      await passes([insert], pay(settlement.id!), [
        `update piece_adjustments set settlement_id = null where record_id = ${rec.id}`,
      ]),
    ).toBe(false);
    expect(await passes([insert], [`update piece_adjustments set amount_e4 = 99 where record_id = ${rec.id}`])).toBe(
      false,
    );
    expect(await passes([insert], [`delete from piece_adjustments where record_id = ${rec.id}`])).toBe(false);
    expect(await passes([insert], ['truncate piece_adjustments'])).toBe(false);
  });
});
