/**
 * The tracker's settings (rules, dated LPR, stage targets) are kept in each app process's memory (ADR 0071). Two
 * apps on one database, each with its own connection pool and its own cache, stand for two processes of one
 * server: a change made through either, or straight in the database, shows on the other's next read.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resident, staff, type Client } from '../../../../tests/support/http-client';
import { useTestApp, type TestApp } from '../../../../tests/support/test-app';
import { buildApp } from '../../app';
import { createDb, type Db } from '../../db/client';
import { readEnv } from '../../env';
import { MemorySmsProvider } from '../../platform/sms';

const t = useTestApp();
let other: TestApp;
let otherApp: FastifyInstance;
let otherDb: Db;

beforeAll(async () => {
  const sms = new MemorySmsProvider();
  otherDb = createDb(t.databaseUrl, 5);
  otherApp = await buildApp({
    db: otherDb,
    env: readEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO: 'true' }),
    cipher: t.cipher,
    sms,
    sessionSecret: randomBytes(32).toString('hex'),
    databaseKind: inject('databaseKind'),
    rateLimits: false,
  });
  await otherApp.ready();
  other = { ...t, app: otherApp, db: otherDb, sms };
});

afterAll(async () => {
  await otherApp?.close();
  await otherDb?.destroy();
});

interface Tracker {
  rateCapBp: number | null;
  stages: { stage: string; targetWorkingDays: number | null }[];
}

const bankTarget = (loan: Tracker) => loan.stages.find((s) => s.stage === 'bank_review')!.targetWorkingDays;

describe('the tracker’s settings, cached in every process', () => {
  let here: Client;
  let there: Client;
  let loanId: number;
  const read = async (c: Client): Promise<Tracker> => {
    const res = await c.get(`/api/v1/loans/${loanId}`);
    expect(res.status).toBe(200);
    return res.body as Tracker;
  };

  beforeAll(async () => {
    // 陈鹏飞's loan is with the bank: its tracker shows the rate cap and the bank's target
    here = await resident(t, '13900000020');
    there = await resident(other, '13900000020');
    loanId = (await here.get('/api/v1/loans?status=bank_review')).body.items[0].id;
  });

  it('shows a new LPR recorded through one process on the other’s next read', async () => {
    const street = await staff(t, 'wangguiling');
    const settings = (await street.get('/api/v1/loans/settings')).body;
    const spread: number = settings.rules.rateCapSpreadBp;
    const latest: string = settings.lpr.at(-1).effectiveFrom;
    expect(latest < '2026-06-01').toBe(true);
    // both processes have read (and kept) the settings
    const before = (await read(there)).rateCapBp;
    expect((await read(here)).rateCapBp).toBe(before);
    expect(before).toBe(settings.lpr.at(-1).rateBp + spread);

    const recorded = await street.post('/api/v1/loans/lpr', { effectiveFrom: '2026-06-01', rateBp: 281 });
    expect(recorded.status).toBe(200);
    expect((await read(there)).rateCapBp).toBe(281 + spread);
    expect((await read(here)).rateCapBp).toBe(281 + spread);
  });

  it('shows a stage target changed in the database itself, in both processes', async () => {
    const before = bankTarget(await read(there));
    expect(bankTarget(await read(here))).toBe(before);
    const changed = before === 9 ? 8 : 9;
    await t.adminQuery(`update loan_stage_targets set working_days = $1 where stage = 'bank_review'`, [changed]);
    expect(bankTarget(await read(there))).toBe(changed);
    expect(bankTarget(await read(here))).toBe(changed);
  });
});
