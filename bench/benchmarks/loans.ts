/**
 * Guarantee loans (SPEC §3.4, item 10) at the scale: 100,000 loans in repayment (× --scale), each with
 * its quarterly schedule and its journey's events, generated here with set-based SQL. One quarter's 贴息 for all
 * of them through loans_quarter_money (one statement; target ≤ 1 s), then recorded once through
 * loans_record_quarter; and the tracker (one loan's whole journey, plan and repayments, as GET /loans/:id
 * serves it) through the service, one caller at a time (target p99 ≤ 10 ms).
 */
import { sql } from 'kysely';
import { loadActor } from '../../src/server/domains/accounts/accounts.service';
import { getLoan } from '../../src/server/domains/loans/loans.service';
import { quarterDays } from '../../src/server/domains/loans/quarter';
import { warmNote } from '../lib/database';
import { runCallLoad } from '../lib/load';
import { Samples } from '../lib/stats';
import type { Benchmark, BenchContext, BenchRow } from '../lib/types';
import { benchRow, statsOf } from '../lib/rows';

const QUARTER_TARGET_MS = 1000;
const TRACKER_TARGET_MS = 10;
const QUARTER = '2026-Q3';

async function generate(ctx: BenchContext): Promise<{ loans: number; periods: number; seconds: number }> {
  const started = performance.now();
  const db = ctx.db;
  const want = Math.round(100_000 * ctx.scaleFactor);
  const one = async <T>(q: ReturnType<typeof sql<T>>) => (await q.execute(db)).rows[0]!;
  const station = await one(sql<{ id: number }>`select id::int from stations order by id limit 1`);
  const guarantee = await one(sql<{ id: number }>`select id::int from institutions where kind = 'guarantee' limit 1`);
  const bank = await one(sql<{ id: number }>`select id::int from institutions where kind = 'bank' limit 1`);
  const officer = await one(sql<{ id: number }>`select id::int from users where username = 'wangguiling'`);
  const range = await one(sql<{ lo: number; n: number }>`select min(id)::int as lo, count(*)::int as n from residents`);
  ctx.log(`  loans: ${want.toLocaleString('en')} loans in repayment, their schedules and events…`);
  // Disbursed over 2025-01-01 … 2026-06-23, 24 months, interest quarterly, principal at maturity (one in two)
  // or in instalments; rates 3.00–3.75 %.
  await sql`insert into loans (product_code, applicant_kind, resident_id, area_id, station_id, guarantee_institution_id,
      bank_institution_id, amount_fen, term_months, purpose, jobs_promised, guarantee_mode, status, stage_entered_at,
      eligibility, consent_text, consented_at, filed_by_user_id, assisted, client_key, rate_bp, interest_frequency,
      principal_mode, disbursed_on, maturity_on, created_at, updated_at)
    select 'person', 'person', r.id, r.area_id, ${station.id}::bigint, ${guarantee.id}::bigint, ${bank.id}::bigint,
      (5 + g % 26) * 1000000, 24, '经营周转', 1 + g % 5, 'guarantee_centre', 'repaying', now(), '{}'::jsonb, '同意共享',
      now(), ${officer.id}::bigint, true, gen_random_uuid(), 300 + (g % 4) * 25, 'quarterly',
      case when g % 2 = 0 then 'at_maturity' else 'instalments' end,
      date '2025-01-01' + (g % 540), (date '2025-01-01' + (g % 540) + interval '24 months')::date, now(), now()
    from generate_series(1, ${want}::int) g
    join residents r on r.id = ${range.lo}::bigint + (g::bigint * 7919) % ${range.n}`.execute(db);
  await sql`insert into loan_schedule_periods (loan_id, period_no, starts_on, due_on, outstanding_fen, principal_fen,
      interest_fen, subsidy_fen)
    select l.id, k, (l.disbursed_on + make_interval(months => 3 * (k - 1)))::date,
      (l.disbursed_on + make_interval(months => 3 * k))::date,
      case when l.principal_mode = 'at_maturity' then l.amount_fen else l.amount_fen - (l.amount_fen / 8) * (k - 1) end,
      case when l.principal_mode = 'at_maturity' then (case when k = 8 then l.amount_fen else 0 end)
           when k = 8 then l.amount_fen - (l.amount_fen / 8) * 7 else l.amount_fen / 8 end,
      l.amount_fen * l.rate_bp * 91 / 3600000, l.amount_fen * 150 * 91 / 3600000
    from loans l, generate_series(1, 8) k where l.purpose = '经营周转'`.execute(db);
  await sql`insert into loan_events (loan_id, action, from_status, to_status, actor_user_id, at)
    select l.id, s.action, s.from_status, s.to_status, ${officer.id}::bigint, l.disbursed_on - (40 - s.day)
    from loans l, (values ('submit', null, 'submitted', 0), ('accept', 'submitted', 'station_review', 1),
      ('station_approve', 'station_review', 'street_review', 4), ('street_approve', 'street_review', 'guarantee_review', 9),
      ('guarantee_approve', 'guarantee_review', 'bank_review', 16), ('bank_approve', 'bank_review', 'bank_approved', 28),
      ('disburse', 'bank_approved', 'repaying', 40)) s(action, from_status, to_status, day)
    where l.purpose = '经营周转'`.execute(db);
  for (const table of ['loans', 'loan_schedule_periods', 'loan_events']) {
    await sql`vacuum (analyze) ${sql.table(table)}`.execute(db);
  }
  const counts = await one(
    sql<{
      l: number;
      p: number;
    }>`select (select count(*) from loans)::int as l, (select count(*) from loan_schedule_periods)::int as p`,
  );
  return { loans: counts.l, periods: counts.p, seconds: (performance.now() - started) / 1000 };
}

export const loansBenchmark: Benchmark = {
  name: 'loans',
  description:
    "One quarter's 贴息 for 100,000 loans in repayment, set-based in one statement, then recorded once; and the applicant's tracker (one loan's journey, plan and repayments) through the service.",
  async run(ctx) {
    const data = await generate(ctx);
    ctx.log(
      `  loans: ${data.loans.toLocaleString('en')} loans, ${data.periods.toLocaleString('en')} schedule periods (${data.seconds.toFixed(1)} s)`,
    );
    const warm = warmNote(await ctx.prewarm(['loans', 'loan_schedule_periods', 'loan_lpr_rates', 'loan_events']));
    const { from, to } = quarterDays(QUARTER);
    const quarter = () =>
      sql<{ n: number; fen: string }>`select count(*)::int as n, coalesce(sum(subsidy_fen), 0)::text as fen
        from loans_quarter_money(${from}::date, ${to}::date)`.execute(ctx.db);
    const first = (await quarter()).rows[0]!;
    const samples = new Samples();
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      await quarter();
      samples.push(performance.now() - t0);
    }
    const q = statsOf(samples);
    const rows: BenchRow[] = [
      benchRow(
        `loans one quarter's 贴息 (${QUARTER})`,
        q,
        `loans_quarter_money, one statement; ${first.n.toLocaleString('en')} loans, 贴息 ${(Number(first.fen) / 100).toLocaleString('en')} 元; 5 runs; ${warm}`,
        { text: `≤ ${QUARTER_TARGET_MS} ms`, met: q.medianMs <= QUARTER_TARGET_MS },
      ),
    ];

    const officer = (
      await ctx.db.selectFrom('users').select('id').where('username', '=', 'wangguiling').executeTakeFirstOrThrow()
    ).id;
    const recorded = new Samples();
    const t0 = performance.now();
    await ctx.db
      .transaction()
      .execute((trx) =>
        sql`select loans_record_quarter(${QUARTER}, ${from}::date, ${to}::date, ${officer}::bigint, now())`.execute(
          trx,
        ),
      );
    recorded.push(performance.now() - t0);
    const r = statsOf(recorded);
    rows.push(
      benchRow(`loans record the quarter once`, r, 'loans_record_quarter: the batch row, one row per loan, the total', {
        text: `≤ ${QUARTER_TARGET_MS} ms`,
        met: r.medianMs <= QUARTER_TARGET_MS,
      }),
    );

    // the tracker, read as the street's officer (her areas cover every loan): one loan's whole page
    const actor = await loadActor(ctx.db, officer);
    if (!actor) throw new Error('wangguiling cannot be loaded');
    const ids = await sql<{ lo: number; hi: number }>`select min(id)::int as lo, max(id)::int as hi from loans`.execute(
      ctx.db,
    );
    const { lo, hi } = ids.rows[0]!;
    let i = 0;
    const call = () =>
      getLoan(
        { db: ctx.db, cipher: ctx.cipher, actor, ip: null, now: new Date() },
        lo + ((i++ * 7919) % (hi - lo + 1)),
      );
    ctx.log('  loans: the tracker, one caller…');
    const stats = await runCallLoad(call, { ...ctx.load, connections: 1 }, ctx.startPostgresCpuMeter);
    rows.push(
      benchRow(
        'loans tracker (GET /loans/:id, service)',
        stats,
        `scope, the loan, its events, materials, plan, repayments, settings; one caller; ${warm}`,
        { text: `p99 ≤ ${TRACKER_TARGET_MS} ms`, met: stats.p99Ms <= TRACKER_TARGET_MS },
      ),
    );
    return rows;
  },
};
