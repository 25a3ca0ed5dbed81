/**
 * Benefit applications for the officers' queue, on top of the demo seed's
 * policies and few applications: one resident in 25 has applied for the
 * guarantee loan, and one in 8 of the individual businesses, shops and
 * micro-factories for the startup subsidy, through a station agent (assisted,
 * as most are), at every stage a queue holds: submitted, approved by the
 * community, returned, rejected.
 * Set-based, once per run.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/server/db/client';
import type { BenchContext } from './types';

const generated = new WeakMap<Db, Promise<number>>();

/** The number of applications in the database afterwards. */
export function generateApplications(ctx: BenchContext): Promise<number> {
  let done = generated.get(ctx.db);
  if (!done) {
    done = generate(ctx);
    generated.set(ctx.db, done);
  }
  return done;
}

async function generate(ctx: BenchContext): Promise<number> {
  const db = ctx.db;
  const userId = async (username: string) =>
    (await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
  const agent = await userId('jiuxiangjia01');
  const reviewer = await userId('anyuan01');
  const policy = async (code: string) =>
    db
      .selectFrom('benefit_policies')
      .select(['id', 'current_version'])
      .where('code', '=', code)
      .executeTakeFirstOrThrow();
  const loan = await policy('guarantee-loan');
  const startup = await policy('startup-once');
  // ids ending 0–5 wait, 6–7 are approved by the community, 8 returned, 9 rejected.
  const stage = (id: string) => sql`
    case when ${sql.raw(id)} % 10 < 6 then 'submitted' when ${sql.raw(id)} % 10 < 8 then 'community_approved'
         when ${sql.raw(id)} % 10 = 8 then 'returned' else 'rejected' end`;
  const reason = (id: string) => sql`case when ${sql.raw(id)} % 10 >= 8 then '材料不全，请补充后再提交' end`;
  const reviewerOf = (id: string) => sql`case when ${sql.raw(id)} % 10 >= 6 then ${reviewer}::bigint end`;
  const eligible = JSON.stringify({ outcome: 'eligible', conditions: [], missing: [], version: 1 });

  await sql`
    insert into benefit_applications (policy_id, policy_version, resident_id, area_id, status, submitted_by_user_id, on_behalf,
                                      facts, eligibility, suggested_amount_fen, reason, community_reviewer_user_id, created_at, updated_at)
    select ${loan.id}, ${loan.current_version}, r.id, r.area_id, ${stage('r.id')}, ${agent}, true,
           '{}'::jsonb, ${eligible}::jsonb, null, ${reason('r.id')}, ${reviewerOf('r.id')},
           now() - (r.id % 60) * interval '1 day', now() - (r.id % 60) * interval '1 day'
      from residents r
     where r.id % 25 = 0
       and not exists (select 1 from benefit_applications a where a.policy_id = ${loan.id} and a.resident_id = r.id)`.execute(
    db,
  );
  await sql`
    insert into benefit_applications (policy_id, policy_version, enterprise_id, area_id, status, submitted_by_user_id, on_behalf,
                                      facts, eligibility, suggested_amount_fen, reason, community_reviewer_user_id, created_at, updated_at)
    select ${startup.id}, ${startup.current_version}, e.id, e.area_id, ${stage('e.id')}, ${agent}, true,
           '{}'::jsonb, ${eligible}::jsonb, 1200000, ${reason('e.id')}, ${reviewerOf('e.id')},
           now() - (e.id % 60) * interval '1 day', now() - (e.id % 60) * interval '1 day'
      from enterprises e
     where e.id % 8 = 0 and e.type in ('individual_business', 'shop', 'micro_factory')
       and not exists (select 1 from benefit_applications a where a.policy_id = ${startup.id} and a.enterprise_id = e.id)`.execute(
    db,
  );
  // Each application's history starts with its submission, as the workflow writes it.
  await sql`
    insert into benefit_application_events (application_id, action, from_status, to_status, actor_user_id, at)
    select a.id, 'submit', null, 'submitted', a.submitted_by_user_id, a.created_at
      from benefit_applications a
     where not exists (select 1 from benefit_application_events e where e.application_id = a.id)`.execute(db);
  await sql`vacuum analyze benefit_applications`.execute(db);
  await sql`vacuum analyze benefit_application_events`.execute(db);
  return (await sql<{ n: number }>`select count(*)::int as n from benefit_applications`.execute(db)).rows[0]!.n;
}
