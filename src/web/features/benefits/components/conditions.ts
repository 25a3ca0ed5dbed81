import type { Eligibility, RuleNode } from '../api/contracts';

/**
 * Conditions not to show as failures: the unmet alternatives of an "any" that is met
 * (one branch is enough; the others are not the subject's shortcoming), and everything under them.
 */
export function settledAlternatives(rule: RuleNode | null, conditions: Eligibility['conditions']): Set<string> {
  const outcome = new Map(conditions.map((c) => [c.path, c.outcome]));
  const hidden = new Set<string>();
  const walk = (node: RuleNode, path: string, hide: boolean) => {
    if (hide) hidden.add(path);
    if (node.kind === 'all' || node.kind === 'any')
      node.rules.forEach((child, i) => {
        const childPath = `${path}.rules.${i}`;
        const met = node.kind === 'any' && outcome.get(path) === 'yes';
        walk(child, childPath, hide || (met && outcome.get(childPath) !== 'yes'));
      });
    else if (node.kind === 'not') walk(node.rule, `${path}.rule`, hide);
  };
  if (rule) walk(rule, 'rule', false);
  return hidden;
}

/** What the reviewers will read about the subject: the values the rule's conditions looked at, each once. */
export function factsSent(conditions: Eligibility['conditions']): string[] {
  return [...new Set(conditions.map((c) => c.actual).filter((v): v is string => !!v))];
}
