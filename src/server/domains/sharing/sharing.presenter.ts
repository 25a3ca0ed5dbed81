/** Rows → responses of shared employment; phones masked. */
import type { Locale } from '../../../shared/errors';
import type { SharingAgreement, SharingPost } from '../../../shared/schemas/sharing';
import { costFenPerDay, owedToWorkerFen, waitingFor } from '../../../shared/sharing/agreement-rules';
import { maskPhone } from '../../../shared/validators';
import type { AgreementRow, PostRow } from './sharing.repository';
import type * as repo from './sharing.repository';

type WorkerRow = Awaited<ReturnType<typeof repo.workersOf>>[number];
type MonthRow = Awaited<ReturnType<typeof repo.monthsOf>>[number];

export function presentPost(p: PostRow, today: string): SharingPost {
  return {
    id: p.id,
    enterpriseId: p.enterprise_id,
    enterpriseName: p.enterprise_name,
    kind: p.kind,
    skills: p.skills,
    headcount: p.headcount,
    startDate: p.start_date,
    endDate: p.end_date,
    siteAreaId: p.area_id,
    siteName: p.site_name,
    dailyHours: p.daily_hours,
    payFenPerDay: p.pay_fen_per_day,
    note: p.note,
    open: p.closed_at === null && p.end_date >= today,
  };
}

const costsOf = (a: {
  wage_fen_per_day: number;
  social_insurance_fen_per_day: number;
  other_costs_fen_per_day: number;
}) => ({
  wageFenPerDay: a.wage_fen_per_day,
  socialInsuranceFenPerDay: a.social_insurance_fen_per_day,
  otherCostsFenPerDay: a.other_costs_fen_per_day,
});

export function presentMonth(
  m: MonthRow,
  a: { wage_fen_per_day: number; social_insurance_fen_per_day: number; other_costs_fen_per_day: number },
) {
  return {
    residentId: m.resident_id,
    name: m.name,
    month: m.month,
    hours: m.hours,
    receivedFen: m.received_fen,
    paidFen: m.paid_fen,
    owedFen: m.received_fen === null ? null : owedToWorkerFen(m.received_fen, costsOf(a)),
    belowCost: m.below_cost,
  };
}

const WAITING_WORDS = {
  lending: { 'zh-CN': '出借企业签署', en: 'the lending firm to sign' },
  borrowing: { 'zh-CN': '借用企业签署', en: 'the borrowing firm to sign' },
} as const;

/** Who the agreement waits for, in words: "出借企业签署", "张丽本人同意", "张丽已拒绝". */
export function waitingWords(
  a: { lendingSigned: boolean; borrowingSigned: boolean; workers: WorkerRow[] },
  locale: Locale,
) {
  return waitingFor({
    lendingSigned: a.lendingSigned,
    borrowingSigned: a.borrowingSigned,
    workers: a.workers.map((w) => ({ residentId: w.resident_id, name: w.name, consent: w.consent })),
  }).map((w) => {
    if (w.who !== 'worker') return WAITING_WORDS[w.who][locale];
    if (w.declined) return locale === 'zh-CN' ? `${w.name}已拒绝` : `${w.name} declined`;
    return locale === 'zh-CN' ? `${w.name}本人同意` : `${w.name} to consent`;
  });
}

export function presentAgreement(
  a: AgreementRow,
  workers: WorkerRow[],
  months: MonthRow[],
  locale: Locale,
): SharingAgreement {
  const lendingSigned = a.lending_signed_at !== null;
  const borrowingSigned = a.borrowing_signed_at !== null;
  return {
    id: a.id,
    status: a.status,
    lendingEnterpriseId: a.lending_enterprise_id,
    lendingName: a.lending_name,
    borrowingEnterpriseId: a.borrowing_enterprise_id,
    borrowingName: a.borrowing_name,
    postTitle: a.post_title,
    siteName: a.site_name,
    dailyHours: a.daily_hours,
    startDate: a.start_date,
    endDate: a.end_date,
    headcount: a.headcount,
    wageFenPerDay: a.wage_fen_per_day,
    socialInsuranceFenPerDay: a.social_insurance_fen_per_day,
    otherCostsFenPerDay: a.other_costs_fen_per_day,
    otherCostsNote: a.other_costs_note,
    feeFenPerDay: a.fee_fen_per_day,
    workInjuryLiability: 'lending',
    duties: a.duties,
    returnReasons: a.return_reasons,
    extensionTerms: a.extension_terms,
    lendingSigned,
    borrowingSigned,
    brokered: a.brokered,
    waitingFor: waitingWords({ lendingSigned, borrowingSigned, workers }, locale),
    workers: workers.map((w) => ({
      residentId: w.resident_id,
      name: w.name,
      phoneMasked: maskPhone(w.phone),
      relation: 'employee' as const,
      contractEnd: w.contract_end,
      consent: w.consent,
      consentMethod: w.consent_method,
      witness: w.witness,
      consentAt: w.consent_at ? new Date(w.consent_at).toISOString() : null,
    })),
    months: months.map((m) => presentMonth(m, a)),
  };
}

/** The shape an agreement enters the audit log in. */
export function agreementAuditShape(a: AgreementRow) {
  return {
    lendingEnterpriseId: a.lending_enterprise_id,
    borrowingEnterpriseId: a.borrowing_enterprise_id,
    startDate: a.start_date,
    endDate: a.end_date,
    headcount: a.headcount,
    costFenPerDay: costFenPerDay(costsOf(a)),
    feeFenPerDay: a.fee_fen_per_day,
  };
}
