/**
 * The one-subject evaluator: a rule over one person's or enterprise's facts →
 * eligible / not eligible / unknown, with every condition's outcome and the
 * data that is missing. Three-valued (Kleene) logic, exactly as SQL's AND /
 * OR / NOT treat NULL, so the compiled query (eligibility-sql.ts) agrees on
 * every subject (the property test proves it).
 */
import type { Locale } from '../../../shared/errors';
import {
  describeCondition,
  FACTS,
  LABEL_WORDS,
  CHOICE_WORDS,
  type EnterpriseFacts,
  type Fact,
  type Facts,
  type PersonFacts,
  type RuleNode,
} from '../../../shared/benefits-rules';
import { ageOn } from '../../../shared/dates';

export type Outcome = 'yes' | 'no' | 'unknown';

export interface ConditionResult {
  path: string;
  text: string;
  outcome: Outcome;
  actual: string | null;
}

export interface EvaluationResult {
  outcome: 'eligible' | 'not_eligible' | 'unknown';
  conditions: ConditionResult[];
  missing: string[];
}

function factValue(facts: Facts, fact: Fact): unknown {
  return (facts as unknown as Record<string, unknown>)[fact];
}

function compare(a: number, op: string, b: number): boolean {
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'lt':
      return a < b;
    case 'le':
      return a <= b;
    case 'gt':
      return a > b;
    default:
      return a >= b;
  }
}

/** The outcome of one node, no words: what the property test and the bulk paths use. */
export function outcomeOf(node: RuleNode, facts: Facts): Outcome {
  switch (node.kind) {
    case 'all': {
      let unknown = false;
      for (const child of node.rules) {
        const o = outcomeOf(child, facts);
        if (o === 'no') return 'no';
        if (o === 'unknown') unknown = true;
      }
      return unknown ? 'unknown' : 'yes';
    }
    case 'any': {
      let unknown = false;
      for (const child of node.rules) {
        const o = outcomeOf(child, facts);
        if (o === 'yes') return 'yes';
        if (o === 'unknown') unknown = true;
      }
      return unknown ? 'unknown' : 'no';
    }
    case 'not': {
      const o = outcomeOf(node.rule, facts);
      return o === 'unknown' ? 'unknown' : o === 'yes' ? 'no' : 'yes';
    }
    case 'compare': {
      const v = factValue(facts, node.fact);
      if (v === null || v === undefined) return 'unknown';
      return compare(v as number, node.op, node.value) ? 'yes' : 'no';
    }
    case 'oneOf': {
      const v = factValue(facts, node.fact);
      if (v === null || v === undefined) return 'unknown';
      return node.values.includes(v as string) ? 'yes' : 'no';
    }
    case 'hasLabel': {
      const labels = (facts as PersonFacts).labels;
      return labels.includes(node.label) ? 'yes' : 'no';
    }
    case 'text': {
      const v = factValue(facts, node.fact);
      if (v === null || v === undefined) return 'unknown';
      const s = v as string;
      const ok =
        node.op === 'eq'
          ? s === node.value
          : node.op === 'startsWith'
            ? s.startsWith(node.value)
            : s.includes(node.value);
      return ok ? 'yes' : 'no';
    }
  }
}

function actualWords(node: RuleNode, facts: Facts, locale: Locale): string | null {
  if (node.kind === 'all' || node.kind === 'any' || node.kind === 'not') return null;
  const fact: Fact = node.kind === 'hasLabel' ? 'labels' : node.fact;
  const v = factValue(facts, fact);
  if (v === null || v === undefined) return null;
  const label = `${FACTS[fact].label[locale]}${locale === 'zh-CN' ? '：' : ': '}`;
  if (Array.isArray(v)) {
    const words = (v as string[]).map((l) => LABEL_WORDS[l as keyof typeof LABEL_WORDS]?.[locale] ?? l);
    return `${label}${words.length ? words.join(locale === 'zh-CN' ? '、' : ', ') : locale === 'zh-CN' ? '无' : 'none'}`;
  }
  if (typeof v === 'string') return `${label}${CHOICE_WORDS[v]?.[locale] ?? v}`;
  return `${label}${String(v)}`;
}

/** The whole result with reasons, for one subject, in the caller's language. */
export function evaluate(rule: RuleNode, facts: Facts, locale: Locale = 'zh-CN'): EvaluationResult {
  const conditions: ConditionResult[] = [];
  const missing = new Set<string>();
  // Only data that could change the answer is missing: an unknown condition inside a group already decided
  // (an "all" with a failed condition, an "any" with a met one) is not asked for.
  const walk = (node: RuleNode, path: string, undecided: boolean) => {
    const outcome = outcomeOf(node, facts);
    const open = undecided && outcome === 'unknown';
    conditions.push({ path, text: describeCondition(node, locale), outcome, actual: actualWords(node, facts, locale) });
    if (node.kind === 'all' || node.kind === 'any')
      node.rules.forEach((child, i) => walk(child, `${path}.rules.${i}`, open));
    else if (node.kind === 'not') walk(node.rule, `${path}.rule`, open);
    else if (open) missing.add(FACTS[node.kind === 'hasLabel' ? 'labels' : node.fact].source[locale]);
  };
  walk(rule, 'rule', true);
  const top = conditions[0]!.outcome;
  return {
    outcome: top === 'yes' ? 'eligible' : top === 'no' ? 'not_eligible' : 'unknown',
    conditions,
    // only what could change the answer: a subject already not eligible is not asked for more data
    missing: top === 'unknown' ? [...missing] : [],
  };
}

/** Whole days from one business day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Whole months from a start day to a business day (a month is complete on the same day of month). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export interface PersonRow {
  birth_date: string | null;
  gender: 'female' | 'male' | null;
  labels: string[];
  hukou_area: string | null;
  unemployed_registered_on: string | null;
  youngest_child_birth_date: string | null;
  business_stage: PersonFacts['business_stage'];
  basic_training_hours: number | null;
  training_certificates: number | null;
  skill_certificates: number | null;
}

export function personFacts(row: PersonRow, today: string): PersonFacts {
  return {
    age: row.birth_date ? ageOn(row.birth_date, today) : null,
    gender: row.gender,
    labels: row.labels,
    hukou_area: row.hukou_area,
    unemployed_days: row.unemployed_registered_on ? daysBetween(row.unemployed_registered_on, today) : null,
    youngest_child_age: row.youngest_child_birth_date ? ageOn(row.youngest_child_birth_date, today) : null,
    business_stage: row.business_stage,
    basic_training_hours: row.basic_training_hours ?? 0,
    training_certificates: row.training_certificates ?? 0,
    skill_certificates: row.skill_certificates ?? 0,
  };
}

export interface EnterpriseRow {
  type: string;
  established_on: string | null;
  employees: number;
  hard_to_employ_hires: number;
}

export function enterpriseFacts(row: EnterpriseRow, today: string): EnterpriseFacts {
  return {
    enterprise_type: row.type,
    months_in_operation: row.established_on ? monthsBetween(row.established_on, today) : null,
    employees: row.employees,
    hard_to_employ_hires: row.hard_to_employ_hires,
  };
}
