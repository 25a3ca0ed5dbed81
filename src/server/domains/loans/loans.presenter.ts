/** Loan rows → responses: the tracker with its stages, the list rows; the applicant's phone masked. */
import type { Eligibility } from '../../../shared/schemas/benefits';
import type { LoanAction } from '../../../shared/loans/workflow';
import { STAGE_HOLDER } from '../../../shared/loans/workflow';
import { LOAN_HOLDER_WORDS } from '../../../shared/loans/words';
import { maskPhone } from '../../../shared/validators';
import type { ActorContext } from '../../context';
import type * as repo from './loans.repository';
import { periodOwesFen } from './repayment';
import type { repaymentsOf } from './repayments.repository';
import { currentPastTarget, holderName, trackerStages } from './tracker';

type Ctx = Pick<ActorContext, 'actor' | 'now'>;

function names(row: repo.LoanRow) {
  return {
    station: row.station_name,
    guarantee: row.guarantee_name,
    bank: row.bank_name,
    applicant: row.enterprise_name ?? row.resident_name,
  };
}

export function presentDetail(
  ctx: Ctx,
  row: repo.LoanRow,
  extra: {
    events: repo.LoanEventRow[];
    materials: Awaited<ReturnType<typeof repo.loanMaterials>>;
    missing: string[];
    schedule: Awaited<ReturnType<typeof repo.schedulePeriods>>;
    repayments: Awaited<ReturnType<typeof repaymentsOf>>;
    targets: ReadonlyMap<string, number>;
    actions: LoanAction[];
    rateCapBp: number | null;
    canRecordJobs: boolean;
  },
) {
  const locale = ctx.actor.locale;
  const stages = trackerStages(
    row.status,
    // the steps that moved the loan (recording the jobs created leaves it where it was)
    extra.events
      .filter((e) => e.from_status !== e.to_status)
      .map((e) => ({ fromStatus: e.from_status, toStatus: e.to_status, at: e.at })),
    extra.targets,
    ctx.now,
  );
  const holder = STAGE_HOLDER[row.status];
  const schedule = extra.schedule.map((p) => ({
    no: p.period_no,
    start: p.starts_on,
    dueOn: p.due_on,
    outstandingFen: p.outstanding_fen,
    principalFen: p.principal_fen,
    interestFen: p.interest_fen,
    subsidyFen: p.subsidy_fen,
    borrowerInterestFen: p.interest_fen - p.subsidy_fen,
    owesFen: periodOwesFen({
      periodNo: p.period_no,
      dueOn: p.due_on,
      principalFen: p.principal_fen,
      interestFen: p.interest_fen,
      subsidyFen: p.subsidy_fen,
      paidFen: p.paid_fen,
      overdueOn: p.overdue_on,
    }),
    paidFen: p.paid_fen,
    paidOn: p.paid_on,
    overdueOn: p.overdue_on,
  }));
  return {
    id: row.id,
    product: { code: row.product_code, title: row.product_title, materials: row.product_materials },
    applicant: {
      kind: row.applicant_kind,
      residentName: row.resident_name,
      phoneMasked: maskPhone(row.resident_phone),
      enterpriseName: row.enterprise_name,
    },
    amountFen: row.amount_fen,
    termMonths: row.term_months,
    purpose: row.purpose,
    jobsPromised: row.jobs_promised,
    jobsCreated: row.jobs_created,
    guaranteeMode: row.guarantee_mode,
    status: row.status,
    holder,
    holderName: holderName(holder, names(row), LOAN_HOLDER_WORDS, locale),
    station: { id: row.station_id, name: row.station_name },
    guarantee: { id: row.guarantee_institution_id, name: row.guarantee_name },
    bank: { id: row.bank_institution_id, name: row.bank_name },
    assisted: row.assisted,
    consentText: row.consent_text,
    eligibility: (row.eligibility as Eligibility | null) ?? null,
    stages: stages.map((s) => ({
      stage: s.stage,
      state: s.state,
      holder: s.holder,
      holderName: holderName(s.holder, names(row), LOAN_HOLDER_WORDS, locale),
      enteredAt: s.enteredAt?.toISOString() ?? null,
      leftAt: s.leftAt?.toISOString() ?? null,
      workingDaysUsed: s.workingDaysUsed,
      targetWorkingDays: s.targetWorkingDays,
      pastTarget: s.pastTarget,
    })),
    events: extra.events.map((e) => ({
      action: e.action,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      // a step the platform took by itself (the overdue check) has no person
      actorName: e.actor_name ?? (locale === 'zh-CN' ? '系统自动' : 'The platform'),
      actorRole: e.actor_role ?? 'system',
      onBehalf: e.on_behalf,
      note: e.note,
      at: e.at.toISOString(),
    })),
    materials: {
      required: row.product_materials,
      uploaded: extra.materials.map((m) => ({
        id: m.id,
        material: m.material,
        name: m.original_name,
        at: m.at.toISOString(),
      })),
      missing: extra.missing,
    },
    actions: extra.actions,
    rateBp: row.rate_bp,
    rateCapBp: extra.rateCapBp,
    interestFrequency: row.interest_frequency,
    principalMode: row.principal_mode,
    disbursedOn: row.disbursed_on,
    maturityOn: row.maturity_on,
    schedule,
    canRecordJobs: extra.canRecordJobs,
    repayments: extra.repayments.map((r) => ({
      id: r.id,
      periodNo: r.period_no,
      paidOn: r.paid_on,
      amountFen: r.amount_fen,
      reference: r.reference,
      source: r.source,
      recordedBy: r.recorded_by,
      recordedAt: r.recorded_at.toISOString(),
    })),
    subsidyTotalFen: schedule.reduce((t, p) => t + p.subsidyFen, 0),
    createdAt: row.created_at.toISOString(),
  };
}

export function presentListItem(ctx: Ctx, row: repo.LoanRow, targets: ReadonlyMap<string, number>) {
  const { used, target, past } = currentPastTarget(row.status, row.stage_entered_at, targets, ctx.now);
  return {
    id: row.id,
    applicantName: row.resident_name,
    enterpriseName: row.enterprise_name,
    productTitle: row.product_title,
    amountFen: row.amount_fen,
    termMonths: row.term_months,
    status: row.status,
    holder: STAGE_HOLDER[row.status],
    stationName: row.station_name,
    assisted: row.assisted,
    workingDaysUsed: used,
    targetWorkingDays: target,
    pastTarget: past,
    stageEnteredAt: row.stage_entered_at.toISOString(),
  };
}
