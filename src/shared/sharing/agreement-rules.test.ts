import { describe, expect, it } from 'vitest';
import {
  agreementProblems,
  belowCost,
  costFenPerDay,
  feeProblem,
  isActive,
  owedToWorkerFen,
  receivedForHours,
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
