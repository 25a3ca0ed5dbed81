/** Words and numbers the loan screens share: a rate in bp as a percentage, the stages the tracker draws. */
import type { TFunction } from 'i18next';
import type { LoanStage } from '../api/contracts';

/** 350 bp → "3.50". */
export function percentOfBp(bp: number | null | undefined): string {
  return bp === null || bp === undefined ? '—' : (bp / 100).toFixed(2);
}

/** "3.45" (a percentage typed by the bank) → 345 bp, or null when it is not a rate with at most two decimals. */
export function bpOfPercent(text: string): number | null {
  const m = /^(\d{1,2})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

export function currentStage(stages: readonly LoanStage[]): LoanStage | undefined {
  return stages.find((s) => s.state === 'current');
}

/** The consent box must be ticked: a form rule for antd and antd-mobile alike. */
export function shareConsentRule(t: TFunction) {
  return {
    validator: async (_rule: unknown, value: unknown) => {
      if (value !== true) throw new Error(t('loans.form.consentRequired'));
    },
  };
}
