/**
 * The rules of a shared-employment agreement (共享用工, 人社厅发〔2020〕98号), pure and in one
 * place: the server refuses with them and the phone's form shows the same sums before sending.
 *
 * - The fee is cost only: wages + social insurance + agreed actual costs, never more (lending
 *   staff for profit is forbidden; a fee below cost is the lending firm's own choice).
 * - Each worker stays the lending firm's employee: she is listed as such, she has a current
 *   employment record there, and her term never runs past the end of that labour contract.
 * - The agreement is active only when both firms signed and every worker consented.
 * - Money at cost: what the borrowing firm pays for a worker is her hours × the agreed cost an
 *   hour; the wage share of it is owed to her, and paying her less is flagged.
 */

export interface AgreementCosts {
  wageFenPerDay: number;
  socialInsuranceFenPerDay: number;
  otherCostsFenPerDay: number;
}

export interface WorkerFacts {
  residentId: number;
  name: string;
  relation: string;
  /** Her current employment with the lending firm, or null when there is none. */
  employment: { startDate: string; endDate: string | null } | null;
}

export type AgreementProblem =
  | { code: 'SHARING_MARGIN_REFUSED'; feeFen: number; costFen: number }
  | { code: 'SHARING_NOT_EMPLOYEE'; residentId: number; name: string }
  | { code: 'SHARING_NO_EMPLOYMENT'; residentId: number; name: string }
  | { code: 'SHARING_TERM_PAST_CONTRACT'; residentId: number; name: string; contractEnd: string };

/** What a worker's day costs the lending firm, in fen. */
export function costFenPerDay(c: AgreementCosts): number {
  return c.wageFenPerDay + c.socialInsuranceFenPerDay + c.otherCostsFenPerDay;
}

/** A fee above the cost is a margin and is refused. */
export function feeProblem(feeFen: number, costs: AgreementCosts): AgreementProblem | null {
  const costFen = costFenPerDay(costs);
  return feeFen > costFen ? { code: 'SHARING_MARGIN_REFUSED', feeFen, costFen } : null;
}

/** Whether an employment holds on a day (its start on or before, its end open or on or after). */
export function employedOn(employment: { startDate: string; endDate: string | null }, day: string): boolean {
  return employment.startDate <= day && (employment.endDate === null || employment.endDate >= day);
}

/** The first thing wrong with listing this worker for the term, or null. */
export function workerProblem(worker: WorkerFacts, term: { startDate: string; endDate: string }) {
  const who = { residentId: worker.residentId, name: worker.name };
  if (worker.relation !== 'employee') return { code: 'SHARING_NOT_EMPLOYEE', ...who } as const;
  if (!worker.employment || !employedOn(worker.employment, term.startDate))
    return { code: 'SHARING_NO_EMPLOYMENT', ...who } as const;
  const end = worker.employment.endDate;
  if (end !== null && end < term.endDate)
    return { code: 'SHARING_TERM_PAST_CONTRACT', ...who, contractEnd: end } as const;
  return null;
}

/** Every check of a draft, in the order a person would fix them: the fee, then each worker. */
export function agreementProblems(draft: {
  feeFenPerDay: number;
  costs: AgreementCosts;
  startDate: string;
  endDate: string;
  workers: readonly WorkerFacts[];
}): AgreementProblem[] {
  const problems: AgreementProblem[] = [];
  const fee = feeProblem(draft.feeFenPerDay, draft.costs);
  if (fee) problems.push(fee);
  for (const w of draft.workers) {
    const p = workerProblem(w, draft);
    if (p) problems.push(p);
  }
  return problems;
}

export type Awaited =
  { who: 'lending' } | { who: 'borrowing' } | { who: 'worker'; residentId: number; name: string; declined: boolean };

/** Who the agreement still waits for: a firm's signature, a worker's consent (or her refusal). */
export function waitingFor(a: {
  lendingSigned: boolean;
  borrowingSigned: boolean;
  workers: readonly { residentId: number; name: string; consent: 'pending' | 'consented' | 'declined' }[];
}): Awaited[] {
  const out: Awaited[] = [];
  if (!a.lendingSigned) out.push({ who: 'lending' });
  if (!a.borrowingSigned) out.push({ who: 'borrowing' });
  for (const w of a.workers)
    if (w.consent !== 'consented')
      out.push({ who: 'worker', residentId: w.residentId, name: w.name, declined: w.consent === 'declined' });
  return out;
}

/** Active only when nothing is awaited (both firms and every worker) and there is at least one worker. */
export function isActive(a: Parameters<typeof waitingFor>[0]): boolean {
  return a.workers.length > 0 && waitingFor(a).length === 0;
}

/** Half-up integer division of non-negative integers. */
function divideHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** What the borrowing firm owes for a worker's hours: hours × the fee a day ÷ the hours a day, half-up to the fen. */
export function receivedForHours(hours: number, feeFenPerDay: number, dailyHours: number): number {
  return divideHalfUp(hours * feeFenPerDay, dailyHours);
}

/** The wage share of what was received for her (the rest is her social insurance and the agreed costs). */
export function owedToWorkerFen(receivedFen: number, costs: AgreementCosts): number {
  const cost = costFenPerDay(costs);
  return cost === 0 ? 0 : Math.floor((receivedFen * costs.wageFenPerDay) / cost);
}

/** A month is flagged when both sides recorded and she was paid less than her share of what was received. */
export function belowCost(month: { receivedFen: number | null; paidFen: number | null }, costs: AgreementCosts) {
  if (month.receivedFen === null || month.paidFen === null) return false;
  return month.paidFen < owedToWorkerFen(month.receivedFen, costs);
}

// ── Return and extension (ADR 0067) ──

/**
 * The reasons an agreement lists for the borrowing firm to send a worker back early, one a line
 * (or separated by ；/;). The borrowing firm may return a worker early only for one of these.
 */
export function listedReturnReasons(text: string): string[] {
  return text
    .split(/[\n；;]+/)
    .map((r) => r.trim())
    .filter((r) => r.length > 0);
}

export type ReturnKind = 'end_date' | 'worker_early' | 'borrower_reason';

export type ReturnProblem =
  | { code: 'SHARING_NOT_LENT'; name: string }
  | { code: 'SHARING_RETURN_BEFORE_END'; endDate: string }
  | { code: 'SHARING_RETURN_REASON_NOT_LISTED'; reason: string };

/**
 * Whether a worker may go back to the lending firm now, in this way. Only a worker still lent on
 * an active agreement goes back. At the end date either firm records it (from the end date on).
 * She may ask to go back early at any time, naming the duty broken, and the lending firm cannot
 * refuse (so nothing here asks it). The borrowing firm may send her back early only for a reason
 * the agreement lists.
 */
export function returnProblem(r: {
  kind: ReturnKind;
  status: 'pending' | 'active' | 'ended';
  name: string;
  returnedOn: string | null;
  endDate: string;
  today: string;
  reason: string;
  listedReasons: string;
}): ReturnProblem | null {
  if (r.status !== 'active' || r.returnedOn !== null) return { code: 'SHARING_NOT_LENT', name: r.name };
  if (r.kind === 'end_date' && r.today < r.endDate) return { code: 'SHARING_RETURN_BEFORE_END', endDate: r.endDate };
  if (r.kind === 'borrower_reason' && !listedReturnReasons(r.listedReasons).includes(r.reason.trim()))
    return { code: 'SHARING_RETURN_REASON_NOT_LISTED', reason: r.reason.trim() };
  return null;
}

/** The agreement has ended once every worker on it has gone back. */
export function allReturned(workers: readonly { returnedOn: string | null }[]): boolean {
  return workers.length > 0 && workers.every((w) => w.returnedOn !== null);
}

/** Days a worker is kept past the end date (0 when she went back, or the end has not passed). A query-time rule. */
export function daysKeptPastEnd(w: { status: string; endDate: string; returnedOn: string | null }, today: string) {
  if (w.status !== 'active' || w.returnedOn !== null || today <= w.endDate) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${w.endDate}T00:00:00Z`)) / 86_400_000);
}

export type ExtensionProblem =
  | { code: 'SHARING_AGREEMENT_NOT_ACTIVE' }
  | { code: 'SHARING_EXTENSION_NOT_LATER'; endDate: string }
  | AgreementProblem;

/**
 * A new end date for the workers still lent: the agreement is active, the date is after the
 * current end, and it runs past no one's labour contract with the lending firm.
 */
export function extensionProblems(e: {
  status: 'pending' | 'active' | 'ended';
  startDate: string;
  endDate: string;
  newEndDate: string;
  workers: readonly WorkerFacts[];
}): ExtensionProblem[] {
  if (e.status !== 'active') return [{ code: 'SHARING_AGREEMENT_NOT_ACTIVE' }];
  if (e.newEndDate <= e.endDate) return [{ code: 'SHARING_EXTENSION_NOT_LATER', endDate: e.endDate }];
  const problems: ExtensionProblem[] = [];
  for (const w of e.workers) {
    const p = workerProblem(w, { startDate: e.startDate, endDate: e.newEndDate });
    if (p) problems.push(p);
  }
  return problems;
}

/**
 * An extension replaces the end date only when both firms agreed to it and every worker still
 * lent consented again: the same gate as the agreement itself.
 */
export function extensionComplete(e: {
  lendingAgreed: boolean;
  borrowingAgreed: boolean;
  workers: readonly { residentId: number; name: string; consent: 'pending' | 'consented' | 'declined' }[];
}): boolean {
  return isActive({ lendingSigned: e.lendingAgreed, borrowingSigned: e.borrowingAgreed, workers: e.workers });
}
