import { useTranslation } from 'react-i18next';
import type { Eligibility, RuleNode } from '../api/contracts';
import { settledAlternatives } from './conditions';

/**
 * A policy's conditions against one subject's facts: met in green, failed in red, unknown in amber, with the
 * value read. The unmet alternatives of a met "any" are left out (they are not a failure).
 */
export function ConditionList({ rule, eligibility }: { rule: RuleNode | null; eligibility: Eligibility }) {
  const { t } = useTranslation();
  const hidden = settledAlternatives(rule, eligibility.conditions);
  return (
    <ul className="b-conditions">
      {eligibility.conditions
        .slice(1)
        .filter((c) => !hidden.has(c.path))
        .map((c) => (
          <li key={c.path} className={`b-condition b-condition--${c.outcome}`}>
            <span aria-hidden="true">{c.outcome === 'yes' ? '✓' : c.outcome === 'no' ? '✗' : '?'}</span> {c.text}
            {c.actual ? `（${c.actual}）` : ''}
            <span className="visually-hidden">{t(`benefits.conditionOutcome.${c.outcome}`)}</span>
          </li>
        ))}
    </ul>
  );
}
