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
