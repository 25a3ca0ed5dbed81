/**
 * Guarantee loans of the demo street (SPEC §3.4, the article: "为111家企业发放创业担保贷款1975万元", January to
 * October): 111 loans to 111 businesses disbursed this year, so the figure is counted from records; 陈鹏飞's loan
 * for his second restaurant (鹏飞水饺馆) filed at the 铁橛山路社区创贷驿站 and now with the bank; a loan whose
 * street review has run past its target; a loan in its third year, repaid without 贴息; a filing waiting at a
 * station; the bank's repayment of every period due before the day of seeding. Each station gets a second agent, so nobody reviews a loan they filed. Deterministic: dates of the
 * counted loans are fixed, the live ones are set back from the day the demo is seeded.
 */
import { sql, type Transaction } from 'kysely';
import { businessDay } from '../../../shared/dates';
import { creditCodeCheckChar } from '../../../shared/validators';
import type { LoanStatus } from '../../../shared/loans/enums';
import type { Database } from '../../db/types';
import { evaluateResidentForPolicy } from '../benefits';
import { addDays } from './calendar';
import * as repo from './loans.repository';
import { buildSchedule, maturityOf } from './schedule';
import type { LprRate, SubsidyRules } from './subsidy';

type Trx = Transaction<Database>;

const SECOND_AGENTS = [
  { username: 'paifang02', name: '冯晓燕', station: '牌坊街创贷驿站', area: '牌坊街' },
  { username: 'tiejuezhan02', name: '吕建华', station: '铁橛山路社区创贷驿站', area: '铁橛山路社区' },
  { username: 'xiaotaihou02', name: '苗春雨', station: '小台后工业园创贷驿站', area: '小台后工业园' },
] as const;

/** The figure of the article, counted from the loans below. */
export const DEMO_LOANS_THIS_YEAR = { count: 111, amountFen: 1_975_000_000 } as const;

const PREFIXES = ['鑫源', '恒达', '海悦', '金港', '润丰', '佳和', '顺意', '瑞祥', '永盛', '明辉', '福泰', '新航'];
const TRADES = [
  '餐饮店',
  '便利店',
  '服装加工厂',
  '箱包加工店',
  '汽修店',
  '烘焙坊',
  '家政服务部',
  '电商工作室',
  '水产商行',
  '五金建材店',
];
const PLACES = ['安远路社区', '复兴社区', '铁橛山路社区', '王戈庄社区', '牌坊街', '小台后工业园'] as const;
const STATION_OF: Record<(typeof PLACES)[number], string> = {
  安远路社区: '牌坊街创贷驿站',
  复兴社区: '牌坊街创贷驿站',
  铁橛山路社区: '铁橛山路社区创贷驿站',
  王戈庄社区: '铁橛山路社区创贷驿站',
  牌坊街: '牌坊街创贷驿站',
  小台后工业园: '小台后工业园创贷驿站',
};
/** 万元 per loan, in turn; the last loan takes what makes the year's total 1975万. */
const AMOUNTS_WAN = [10, 15, 20, 30, 12, 18, 25, 8, 16, 22];

/** The journey's steps and the days after filing each was taken (the last is the disbursement). */
const STEPS: readonly [action: string, from: LoanStatus | null, to: LoanStatus, day: number, by: Role][] = [
  ['submit', null, 'submitted', 0, 'filer'],
  ['accept', 'submitted', 'station_review', 1, 'filer'],
  ['station_approve', 'station_review', 'street_review', 4, 'reviewer'],
  ['street_approve', 'street_review', 'guarantee_review', 9, 'street'],
  ['guarantee_approve', 'guarantee_review', 'bank_review', 16, 'guarantee'],
  ['bank_approve', 'bank_review', 'bank_approved', 25, 'bank'],
  ['disburse', 'bank_approved', 'repaying', 35, 'bank'],
];
type Role = 'filer' | 'reviewer' | 'street' | 'guarantee' | 'bank';

/** 10:00 in Shanghai on a day. */
function morning(day: string): Date {
  return new Date(`${day}T02:00:00.000Z`);
}

export async function seedLoans(trx: Trx): Promise<void> {
  const stations = new Map(
    (await trx.selectFrom('stations').select(['id', 'name']).execute()).map((s) => [s.name, s.id]),
  );
  const areas = new Map((await trx.selectFrom('areas').select(['id', 'name']).execute()).map((a) => [a.name, a.id]));
  const users = async (where: (q: ReturnType<typeof userQuery>) => ReturnType<typeof userQuery>) =>
    (await where(userQuery(trx)).execute()).map((u) => u.id);
  const template = await trx
    .selectFrom('users')
    .select('password_hash')
    .where('username', '=', 'tiejuezhan01')
    .executeTakeFirstOrThrow();
  for (const a of SECOND_AGENTS) {
    const u = await trx
      .insertInto('users')
      .values({
        kind: 'staff',
        role: 'station_agent',
        display_name: a.name,
        username: a.username,
        password_hash: template.password_hash,
        station_id: stations.get(a.station)!,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('user_areas')
      .values({ user_id: u.id, area_id: areas.get(a.area)! })
      .execute();
  }
  const agents = new Map<number, [number, number]>();
  for (const [, id] of stations) {
    const ids = await users((q) => q.where('station_id', '=', id).orderBy('id'));
    if (ids.length >= 2) agents.set(id, [ids[0]!, ids[1]!]);
  }
  const [street] = await users((q) => q.where('username', '=', 'wangguiling'));
  const [guarantee] = await users((q) => q.where('username', '=', 'guarantee01'));
  const [bankUser] = await users((q) => q.where('username', '=', 'bank01'));
  const institutions = await trx.selectFrom('institutions').select(['id', 'kind', 'name']).execute();
  const g = institutions.find((i) => i.kind === 'guarantee')!;
  const b = institutions.find((i) => i.kind === 'bank')!;
  const rulesRow = await repo.rules(trx);
  const rules: SubsidyRules = {
    rateCapSpreadBp: rulesRow.rate_cap_spread_bp,
    borrowerSpreadBp: rulesRow.borrower_spread_bp,
    subsidyYears: rulesRow.subsidy_years,
  };
  const rates: LprRate[] = (await repo.lprRates(trx)).map((r) => ({ from: r.effective_from, bp: r.rate_bp }));
  const consentText = `同意将本次创业担保贷款申请的信息和材料提供给${g.name}和${b.name}，仅用于贷款审核、发放和贴息。`;

  interface LoanSeed {
    product: string;
    kind: 'person' | 'enterprise';
    residentId: number;
    enterpriseId: number | null;
    areaId: number;
    stationId: number;
    amountFen: number;
    termMonths: number;
    purpose: string;
    jobsPromised: number;
    jobsCreated?: number;
    filedOn: Date;
    /** How many of STEPS it has taken. */
    steps: number;
    /** The time of each step, from the filing. */
    stepAt?: (day: number) => Date;
    disbursedOn?: string;
    principalMode?: 'at_maturity' | 'instalments';
  }

  let seeded = 0;
  async function insert(l: LoanSeed) {
    const [filer, reviewer] = agents.get(l.stationId)!;
    const actor: Record<Role, number> = { filer, reviewer, street: street!, guarantee: guarantee!, bank: bankUser! };
    const taken = STEPS.slice(0, l.steps);
    const last = taken[taken.length - 1]!;
    const at = l.stepAt ?? ((day: number) => new Date(l.filedOn.getTime() + day * 86_400_000));
    const approved = l.steps >= 6;
    const eligibility = await evaluateResidentForPolicy(trx, 'guarantee-loan', l.residentId, l.filedOn, 'zh-CN');
    const { id } = await repo.insertLoan(trx, {
      product_code: l.product,
      applicant_kind: l.kind,
      resident_id: l.residentId,
      enterprise_id: l.enterpriseId,
      area_id: l.areaId,
      station_id: l.stationId,
      guarantee_institution_id: g.id,
      bank_institution_id: b.id,
      amount_fen: l.amountFen,
      term_months: l.termMonths,
      purpose: l.purpose,
      jobs_promised: l.jobsPromised,
      jobs_created: l.jobsCreated ?? null,
      guarantee_mode: 'guarantee_centre',
      status: last[2],
      stage_entered_at: at(last[3]),
      eligibility: JSON.stringify(eligibility),
      consent_text: consentText,
      consented_at: l.filedOn,
      filed_by_user_id: filer,
      assisted: true,
      client_key: `00000000-0000-4000-8000-${String(++seeded).padStart(12, '0')}`,
      rate_bp: approved ? 350 : null,
      interest_frequency: approved ? 'quarterly' : null,
      principal_mode: approved ? (l.principalMode ?? 'at_maturity') : null,
      disbursed_on: l.disbursedOn ?? null,
      maturity_on: l.disbursedOn ? maturityOf(l.disbursedOn, l.termMonths) : null,
      created_at: l.filedOn,
      updated_at: at(last[3]),
    });
    await trx
      .insertInto('loan_events')
      .values(
        taken.map(([action, from, to, day, by]) => ({
          loan_id: id,
          action,
          from_status: from,
          to_status: to,
          actor_user_id: actor[by],
          on_behalf: action === 'submit',
          note: action === 'submit' ? '驿站代办，申请人书面同意' : '',
          at: at(day),
        })),
      )
      .execute();
    if (l.disbursedOn) {
      const schedule = buildSchedule(
        {
          amountFen: l.amountFen,
          termMonths: l.termMonths,
          rateBp: 350,
          disbursedOn: l.disbursedOn,
          interestFrequency: 'quarterly',
          principalMode: l.principalMode ?? 'at_maturity',
        },
        rates,
        rules,
      );
      await repo.insertSchedule(trx, id, schedule);
    }
    return id;
  }

  // ── the year's 111 loans, January to October ──
  // the generated residents of the demo (138…); a street seeded without them (the bench's) lends to the named ones
  let borrowers = (
    await trx.selectFrom('residents').select('id').where('phone', 'like', '138%').orderBy('id').execute()
  ).map((r) => r.id);
  if (borrowers.length < 4)
    borrowers = (await trx.selectFrom('residents').select('id').orderBy('id').execute()).map((r) => r.id);
  // A street with fewer people than the stories need (the bench seeds only generated ones) gets no loans.
  if (borrowers.length < 4) return;
  const count = DEMO_LOANS_THIS_YEAR.count;
  let total = 0;
  for (let i = 0; i < count; i++) {
    const wan =
      i < count - 1
        ? AMOUNTS_WAN[i % AMOUNTS_WAN.length]!
        : DEMO_LOANS_THIS_YEAR.amountFen / 1_000_000 - total / 1_000_000;
    const amountFen = wan * 1_000_000;
    total += amountFen;
    const place = PLACES[i % PLACES.length]!;
    // MC…: the demo seed's codes are MA…, the bench's MB…
    const first17 = `91370211MC${String(10_000_000 + i).slice(1)}`;
    const enterprise = await trx
      .insertInto('enterprises')
      .values({
        name: `${PREFIXES[i % PREFIXES.length]}${TRADES[Math.floor(i / PREFIXES.length)]}`,
        type: (['individual_business', 'shop', 'company'] as const)[i % 3]!,
        credit_code: first17 + creditCodeCheckChar(first17),
        area_id: areas.get(place)!,
        owner_name: '经营者',
        owner_phone: `1370211${String(1000 + i).slice(-4)}`,
        established_on: `${2019 + (i % 4)}-0${1 + (i % 9)}-15`,
        verified_at: new Date('2026-01-01T00:00:00Z'),
        verified_by_user_id: street!,
        updated_at: new Date('2026-01-01T00:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const month = 1 + Math.floor((i * 10) / count);
    const disbursedOn = `2026-${String(month).padStart(2, '0')}-${String(3 + ((i * 7) % 25)).padStart(2, '0')}`;
    await insert({
      product: 'small_enterprise',
      kind: 'enterprise',
      residentId: borrowers[i % borrowers.length]!,
      enterpriseId: enterprise.id,
      areaId: areas.get(place)!,
      stationId: stations.get(STATION_OF[place])!,
      amountFen,
      termMonths: 24,
      purpose: '扩大经营，购置设备和备货',
      jobsPromised: 2 + (i % 5),
      ...(month <= 6 ? { jobsCreated: 1 + (i % 5) } : {}),
      filedOn: morning(addDays(disbursedOn, -35)),
      steps: STEPS.length,
      disbursedOn,
      principalMode: i % 2 === 0 ? 'at_maturity' : 'instalments',
    });
  }

  // ── the live loans, dated back from today ──
  const now = Date.now();
  const daysAgo = (n: number) => new Date(now - n * 86_400_000);
  const person = async (phone: string) =>
    await trx.selectFrom('residents').select(['id', 'area_id']).where('phone', '=', phone).executeTakeFirstOrThrow();
  const chen = await person('13900000020');
  const shop = await trx
    .selectFrom('enterprises')
    .select(['id', 'area_id'])
    .where('name', '=', '鹏飞水饺馆')
    .executeTakeFirstOrThrow();
  // 陈鹏飞's second restaurant: filed with the 铁橛山路 station 20 days ago, with the bank for the last 4
  await insert({
    product: 'person',
    kind: 'person',
    residentId: chen.id,
    enterpriseId: shop.id,
    areaId: shop.area_id,
    stationId: stations.get('铁橛山路社区创贷驿站')!,
    amountFen: 20_000_000,
    termMonths: 24,
    purpose: '第二家餐馆（鹏飞水饺馆）装修、厨房设备和首批备货',
    jobsPromised: 3,
    filedOn: daysAgo(20),
    stepAt: (day) => daysAgo([20, 19, 16, 12, 4][[0, 1, 4, 9, 16].indexOf(day)] ?? 20),
    steps: 5,
  });
  // a street review past its target (5 working days): entered 14 days ago
  const late = borrowers[borrowers.length - 1]!;
  const lateArea = (
    await trx.selectFrom('residents').select('area_id').where('id', '=', late).executeTakeFirstOrThrow()
  ).area_id;
  await insert({
    product: 'person',
    kind: 'person',
    residentId: late,
    enterpriseId: null,
    areaId: lateArea,
    stationId: stations.get('牌坊街创贷驿站')!,
    amountFen: 15_000_000,
    termMonths: 24,
    purpose: '开办社区早餐店',
    jobsPromised: 2,
    filedOn: daysAgo(19),
    stepAt: (day) => daysAgo([19, 18, 14][[0, 1, 4].indexOf(day)] ?? 19),
    steps: 3,
  });
  // a loan in its third year: disbursed in March 2024 for three years; no 贴息 from March 2026
  const third = borrowers[borrowers.length - 2]!;
  const thirdArea = (
    await trx.selectFrom('residents').select('area_id').where('id', '=', third).executeTakeFirstOrThrow()
  ).area_id;
  await insert({
    product: 'person',
    kind: 'person',
    residentId: third,
    enterpriseId: null,
    areaId: thirdArea,
    stationId: stations.get('小台后工业园创贷驿站')!,
    amountFen: 30_000_000,
    termMonths: 36,
    purpose: '开办汽车美容店',
    jobsPromised: 3,
    jobsCreated: 4,
    filedOn: morning('2024-02-12'),
    steps: STEPS.length,
    disbursedOn: '2024-03-18',
  });
  // a filing waiting for the 小台后 station's intake
  const waiting = borrowers[borrowers.length - 3]!;
  const waitingArea = (
    await trx.selectFrom('residents').select('area_id').where('id', '=', waiting).executeTakeFirstOrThrow()
  ).area_id;
  await insert({
    product: 'person',
    kind: 'person',
    residentId: waiting,
    enterpriseId: null,
    areaId: waitingArea,
    stationId: stations.get('小台后工业园创贷驿站')!,
    amountFen: 8_000_000,
    termMonths: 12,
    purpose: '网店进货周转',
    jobsPromised: 1,
    filedOn: daysAgo(1),
    steps: 1,
  });

  // the bank's repayments so far: every period due before today paid on its due day, under its own reference
  const today = businessDay(new Date(now));
  await sql`
    insert into loan_repayments (loan_id, period_no, paid_on, amount_fen, reference, source, recorded_by_user_id, recorded_at)
    select loan_id, period_no, due_on, principal_fen + interest_fen - subsidy_fen,
           'HK' || to_char(due_on, 'YYYYMMDD') || lpad(loan_id::text, 6, '0') || period_no, 'import', ${bankUser!},
           due_on + time '10:00'
      from loan_schedule_periods where due_on < ${today}::date`.execute(trx);
  await sql`
    update loan_schedule_periods set paid_fen = principal_fen + interest_fen - subsidy_fen, paid_on = due_on
     where due_on < ${today}::date`.execute(trx);
}

function userQuery(trx: Trx) {
  return trx.selectFrom('users').select('id').where('active', '=', true);
}
