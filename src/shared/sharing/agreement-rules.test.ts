import { describe, expect, it } from 'vitest';
import {
  agreementProblems,
  allReturned,
  belowCost,
  costFenPerDay,
  daysKeptPastEnd,
  extensionComplete,
  extensionProblems,
  feeProblem,
  isActive,
  listedReturnReasons,
  owedToWorkerFen,
  receivedForHours,
  returnProblem,
  waitingFor,
  workerProblem,
} from './agreement-rules';

const costs = { wageFenPerDay: 16000, socialInsuranceFenPerDay: 2400, otherCostsFenPerDay: 600 };
const term = { startDate: '2026-12-12', endDate: '2027-02-28' };
const worker = (over: Partial<Parameters<typeof workerProblem>[0]> = {}) => ({
  residentId: 7,
  name: '张丽',
  relation: 'employee',
  employment: { startDate: '2026-04-01', endDate: null },
  ...over,
});

describe('the fee is cost only (人社厅发〔2020〕98号)', () => {
  it('adds wages, social insurance and agreed actual costs', () => {
    expect(costFenPerDay(costs)).toBe(19000);
  });
  it('accepts a fee equal to the cost or below it', () => {
    expect(feeProblem(19000, costs)).toBeNull();
    expect(feeProblem(18000, costs)).toBeNull();
  });
  it('refuses one fen of margin', () => {
    expect(feeProblem(19001, costs)).toEqual({ code: 'SHARING_MARGIN_REFUSED', feeFen: 19001, costFen: 19000 });
  });
});

describe('each worker stays the lending firm’s employee', () => {
  it('accepts an open-ended contract', () => {
    expect(workerProblem(worker(), term)).toBeNull();
  });
  it('accepts a contract ending on the return date', () => {
    expect(workerProblem(worker({ employment: { startDate: '2026-01-01', endDate: '2027-02-28' } }), term)).toBeNull();
  });
  it('refuses a term a day past the contract', () => {
    expect(
      workerProblem(worker({ employment: { startDate: '2026-01-01', endDate: '2027-02-27' } }), term),
    ).toMatchObject({ code: 'SHARING_TERM_PAST_CONTRACT', contractEnd: '2027-02-27' });
  });
  it.each(['self_employed', 'individual_business'])('refuses a worker listed as %s', (relation) => {
    expect(workerProblem(worker({ relation }), term)).toMatchObject({ code: 'SHARING_NOT_EMPLOYEE', name: '张丽' });
  });
  it('refuses a person with no employment, one hired after the start, and one whose contract ended', () => {
    expect(workerProblem(worker({ employment: null }), term)?.code).toBe('SHARING_NO_EMPLOYMENT');
    expect(workerProblem(worker({ employment: { startDate: '2026-12-13', endDate: null } }), term)?.code).toBe(
      'SHARING_NO_EMPLOYMENT',
    );
    expect(workerProblem(worker({ employment: { startDate: '2025-01-01', endDate: '2026-12-11' } }), term)?.code).toBe(
      'SHARING_NO_EMPLOYMENT',
    );
  });
  it('lists every problem of a draft, the fee first', () => {
    const problems = agreementProblems({
      feeFenPerDay: 20000,
      costs,
      ...term,
      workers: [worker(), worker({ residentId: 8, name: '李芳', relation: 'self_employed' })],
    });
    expect(problems.map((p) => p.code)).toEqual(['SHARING_MARGIN_REFUSED', 'SHARING_NOT_EMPLOYEE']);
  });
});

describe('consent gating', () => {
  const w = (consent: 'pending' | 'consented' | 'declined', name = '张丽') => ({ residentId: 1, name, consent });
  it('is active only when both firms signed and every worker consented', () => {
    expect(isActive({ lendingSigned: true, borrowingSigned: true, workers: [w('consented')] })).toBe(true);
    expect(isActive({ lendingSigned: false, borrowingSigned: true, workers: [w('consented')] })).toBe(false);
    expect(isActive({ lendingSigned: true, borrowingSigned: false, workers: [w('consented')] })).toBe(false);
    expect(isActive({ lendingSigned: true, borrowingSigned: true, workers: [w('consented'), w('pending')] })).toBe(
      false,
    );
    expect(isActive({ lendingSigned: true, borrowingSigned: true, workers: [w('declined')] })).toBe(false);
    expect(isActive({ lendingSigned: true, borrowingSigned: true, workers: [] })).toBe(false);
  });
  it('names who is awaited, a refusal included', () => {
    expect(
      waitingFor({ lendingSigned: false, borrowingSigned: true, workers: [w('declined', '宋秀秀'), w('consented')] }),
    ).toEqual([{ who: 'lending' }, { who: 'worker', residentId: 1, name: '宋秀秀', declined: true }]);
  });
});

describe('money at cost', () => {
  it('charges hours × the fee an hour, half-up to the fen', () => {
    expect(receivedForHours(64, 19000, 8)).toBe(152000);
    expect(receivedForHours(1, 10001, 2)).toBe(5001); // 5000.5 → 5001
    expect(receivedForHours(0, 19000, 8)).toBe(0);
  });
  it('owes the worker the wage share of what was received', () => {
    expect(owedToWorkerFen(152000, costs)).toBe(128000);
  });
  it('flags a worker paid less than her share, not one paid in full, and not before both sides recorded', () => {
    expect(belowCost({ receivedFen: 152000, paidFen: 127999 }, costs)).toBe(true);
    expect(belowCost({ receivedFen: 152000, paidFen: 128000 }, costs)).toBe(false);
    expect(belowCost({ receivedFen: 152000, paidFen: null }, costs)).toBe(false);
    expect(belowCost({ receivedFen: null, paidFen: 0 }, costs)).toBe(false);
  });
});

describe('going back to the lending firm', () => {
  const base = {
    kind: 'end_date' as const,
    status: 'active' as const,
    name: '周小梅',
    returnedOn: null,
    endDate: '2026-12-31',
    today: '2026-12-31',
    reason: '',
    listedReasons: '严重违反借用企业规章制度\n不能胜任工作；生产任务提前完成',
  };
  it('returns at the end date, and refuses it a day before', () => {
    expect(returnProblem(base)).toBeNull();
    expect(returnProblem({ ...base, today: '2027-01-03' })).toBeNull();
    expect(returnProblem({ ...base, today: '2026-12-30' })).toEqual({
      code: 'SHARING_RETURN_BEFORE_END',
      endDate: '2026-12-31',
    });
  });
  it('lets a worker go back early whenever she asks (the lending firm has no say)', () => {
    expect(returnProblem({ ...base, kind: 'worker_early', today: '2026-12-02' })).toBeNull();
  });
  it('lets the borrowing firm send a worker back early only for a listed reason', () => {
    expect(listedReturnReasons(base.listedReasons)).toEqual([
      '严重违反借用企业规章制度',
      '不能胜任工作',
      '生产任务提前完成',
    ]);
    expect(
      returnProblem({ ...base, kind: 'borrower_reason', today: '2026-12-02', reason: ' 不能胜任工作 ' }),
    ).toBeNull();
    expect(returnProblem({ ...base, kind: 'borrower_reason', today: '2026-12-02', reason: '订单减少' })).toEqual({
      code: 'SHARING_RETURN_REASON_NOT_LISTED',
      reason: '订单减少',
    });
    expect(returnProblem({ ...base, kind: 'borrower_reason', listedReasons: '', reason: '不能胜任工作' })?.code).toBe(
      'SHARING_RETURN_REASON_NOT_LISTED',
    );
  });
  it('returns only a worker still lent on an active agreement', () => {
    expect(returnProblem({ ...base, returnedOn: '2026-12-20' })).toEqual({ code: 'SHARING_NOT_LENT', name: '周小梅' });
    expect(returnProblem({ ...base, status: 'pending', kind: 'worker_early' })?.code).toBe('SHARING_NOT_LENT');
    expect(returnProblem({ ...base, status: 'ended' })?.code).toBe('SHARING_NOT_LENT');
  });
  it('ends the agreement once every worker went back', () => {
    expect(allReturned([{ returnedOn: '2026-12-31' }, { returnedOn: '2026-12-20' }])).toBe(true);
    expect(allReturned([{ returnedOn: '2026-12-31' }, { returnedOn: null }])).toBe(false);
    expect(allReturned([])).toBe(false);
  });
  it('counts the days a worker is kept past the end date', () => {
    const kept = { status: 'active', endDate: '2026-12-31', returnedOn: null };
    expect(daysKeptPastEnd(kept, '2026-12-31')).toBe(0);
    expect(daysKeptPastEnd(kept, '2027-01-01')).toBe(1);
    expect(daysKeptPastEnd(kept, '2027-01-10')).toBe(10);
    expect(daysKeptPastEnd({ ...kept, returnedOn: '2026-12-31' }, '2027-01-10')).toBe(0);
    expect(daysKeptPastEnd({ ...kept, status: 'pending' }, '2027-01-10')).toBe(0);
  });
});

describe('an extension', () => {
  const active = { status: 'active' as const, ...term, newEndDate: '2027-03-31', workers: [worker()] };
  it('accepts a later end date within every contract', () => {
    expect(extensionProblems(active)).toEqual([]);
  });
  it('refuses a date not after the current end, and an agreement not in force', () => {
    expect(extensionProblems({ ...active, newEndDate: '2027-02-28' })).toEqual([
      { code: 'SHARING_EXTENSION_NOT_LATER', endDate: '2027-02-28' },
    ]);
    expect(extensionProblems({ ...active, status: 'pending' })).toEqual([{ code: 'SHARING_AGREEMENT_NOT_ACTIVE' }]);
  });
  it('never runs past a labour contract’s end', () => {
    const short = worker({
      residentId: 8,
      name: '李芳',
      employment: { startDate: '2026-01-01', endDate: '2027-03-15' },
    });
    expect(extensionProblems({ ...active, workers: [worker(), short] })).toEqual([
      { code: 'SHARING_TERM_PAST_CONTRACT', residentId: 8, name: '李芳', contractEnd: '2027-03-15' },
    ]);
  });
  it('needs both firms and every worker still lent to consent again', () => {
    const w = (consent: 'pending' | 'consented' | 'declined') => ({ residentId: 1, name: '张丽', consent });
    expect(extensionComplete({ lendingAgreed: true, borrowingAgreed: true, workers: [w('consented')] })).toBe(true);
    expect(extensionComplete({ lendingAgreed: true, borrowingAgreed: false, workers: [w('consented')] })).toBe(false);
    expect(extensionComplete({ lendingAgreed: true, borrowingAgreed: true, workers: [w('pending')] })).toBe(false);
    expect(extensionComplete({ lendingAgreed: true, borrowingAgreed: true, workers: [w('declined')] })).toBe(false);
  });
});
