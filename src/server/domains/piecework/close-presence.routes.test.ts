/**
 * Closing a day and presence (issue 18 item 6): the owner may check out, at
 * closing time, the workers still checked in; a line says when its worker
 * never checked in, and the wage floor says it could not be judged.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { businessDay } from '../../../shared/dates';
import { resident } from '../../../../tests/support/http-client';
import { checkLedgerAfterEach } from '../../../../tests/support/piecework-ledger';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();
checkLedgerAfterEach(t);
const today = businessDay(new Date());

interface Grid {
  workers: { id: number; name: string; presence: { state: string; minutesPresent: number } }[];
  products: { id: number }[];
}
interface Line {
  workerId: number;
  minutesPresent: number | null;
  neverCheckedIn: boolean;
  belowFloor: boolean;
  floorCheck: string;
}

describe('closing today while workers are still checked in', () => {
  it('checks them out at closing time when asked, and marks the pieces of a worker who never checked in', async () => {
    const owner = await resident(t, '13900000010');
    const fid = (await t.adminQuery(`select id from micro_factories where name = '金花粉扑包装微工厂'`)).rows[0].id;
    const grid = async () => (await owner.get(`/api/v1/piecework/factories/${fid}/day?date=${today}`)).body as Grid;
    const before = await grid();
    const [present, stepped, absent] = before.workers;
    expect(before.workers.every((w) => w.presence.state === 'none')).toBe(true);
    const step = async (workerId: number, kind: string) =>
      expect(
        (
          await owner.post(`/api/v1/piecework/factories/${fid}/presence`, {
            clientKey: randomUUID(),
            kind,
            workerId,
          })
        ).status,
      ).toBe(200);
    await step(present!.id, 'check_in');
    await step(stepped!.id, 'check_in');
    await step(stepped!.id, 'step_out');
    const records = [present!, stepped!, absent!].map((w) => ({
      clientKey: randomUUID(),
      workerId: w.id,
      productId: before.products[0]!.id,
      workDate: today,
      quantity: 50,
    }));
    expect((await owner.post(`/api/v1/piecework/factories/${fid}/records/batch`, { records })).status).toBe(200);

    const closed = await owner.post(`/api/v1/piecework/factories/${fid}/settlements`, {
      workDate: today,
      checkOutAtClose: true,
    });
    expect(closed.status, JSON.stringify(closed.body)).toBe(201);
    const lines = closed.body.settlement.lines as Line[];
    const lineOf = (id: number) => lines.find((l) => l.workerId === id)!;

    // checked out at closing time: their days are done, with the minutes they were present
    const after = await grid();
    for (const w of [present!, stepped!]) {
      expect(after.workers.find((x) => x.id === w.id)!.presence.state).toBe('done');
      expect(lineOf(w.id).neverCheckedIn).toBe(false);
      expect(lineOf(w.id).minutesPresent).not.toBeNull();
    }
    const { rows } = await t.adminQuery(
      `select worker_id::int from presence_events where factory_id = $1 and work_date = $2 and kind = 'check_out' order by worker_id`,
      [fid, today],
    );
    expect(rows.map((r) => r.worker_id)).toEqual([present!.id, stepped!.id].sort((a, b) => a - b));
    const audited = await t.adminQuery(
      `select count(*)::int as n from audit_events where action = 'presence.check_out' and target_id = any($1)`,
      [[present!.id, stepped!.id]],
    );
    expect(audited.rows[0].n).toBe(2);

    // pieces of a worker who never checked in: marked, and the floor not judged rather than "met"
    expect(lineOf(absent!.id)).toMatchObject({
      neverCheckedIn: true,
      minutesPresent: null,
      belowFloor: false,
      floorCheck: 'no_presence',
    });
    expect(after.workers.find((x) => x.id === absent!.id)!.presence.state).toBe('none');
  });

  it('refuses a flag that is not a boolean, naming the field', async () => {
    const owner = await resident(t, '13900000010');
    const fid = (await t.adminQuery(`select id from micro_factories where name = '金花粉扑包装微工厂'`)).rows[0].id;
    const res = await owner.post(`/api/v1/piecework/factories/${fid}/settlements`, {
      workDate: today,
      checkOutAtClose: 'yes',
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('checkOutAtClose');
  });
});
