/**
 * Eligibility rules are data (SPEC §3.3, ADR 0015): a typed tree of all / any /
 * not over comparisons of a fixed list of facts about a person or an
 * enterprise. This file is the language itself — the facts, where each comes
 * from, the node shapes and the plain-language wording — free of zod so the
 * phone bundle and the server share it. The zod schema is in
 * schemas/benefits.ts; the two evaluators are on the server
 * (domains/benefits/eligibility.ts and eligibility-sql.ts).
 */
import type { Locale } from './errors';
import type { RESIDENT_LABELS } from './enums';
import { ENTERPRISE_TYPES } from './enums';

/**
 * A person's own business, as a 创业担保贷款 asks (a business registered or being
 * registered by the person, or a plan filed at a 创贷驿站), recorded by an officer.
 */
export const BUSINESS_STAGES = ['registered', 'registering', 'plan_filed', 'none'] as const;

export const PERSON_FACTS = [
  'age',
  'gender',
  'labels',
  'hukou_area',
  'unemployed_days',
  'youngest_child_age',
  'business_stage',
  'basic_training_hours',
  'training_certificates',
  'skill_certificates',
] as const;
export const ENTERPRISE_FACTS = [
  'enterprise_type',
  'months_in_operation',
  'employees',
  'hard_to_employ_hires',
] as const;
export type PersonFact = (typeof PERSON_FACTS)[number];
export type EnterpriseFact = (typeof ENTERPRISE_FACTS)[number];
export type Fact = PersonFact | EnterpriseFact;

export const NUMBER_FACTS = [
  'age',
  'unemployed_days',
  'youngest_child_age',
  'basic_training_hours',
  'training_certificates',
  'skill_certificates',
  'months_in_operation',
  'employees',
  'hard_to_employ_hires',
] as const;
export type NumberFact = (typeof NUMBER_FACTS)[number];
export const CHOICE_FACTS = ['gender', 'enterprise_type', 'business_stage'] as const;
export type ChoiceFact = (typeof CHOICE_FACTS)[number];
export const TEXT_FACTS = ['hukou_area'] as const;
export type TextFact = (typeof TEXT_FACTS)[number];

export const COMPARE_OPS = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'] as const;
export type CompareOp = (typeof COMPARE_OPS)[number];
export const TEXT_OPS = ['eq', 'startsWith', 'contains'] as const;
export type TextOp = (typeof TEXT_OPS)[number];

export const CHOICES: Record<ChoiceFact, readonly string[]> = {
  gender: ['female', 'male'],
  enterprise_type: ENTERPRISE_TYPES,
  business_stage: BUSINESS_STAGES,
};

export type RuleNode =
  | { kind: 'all'; rules: RuleNode[] }
  | { kind: 'any'; rules: RuleNode[] }
  | { kind: 'not'; rule: RuleNode }
  | { kind: 'compare'; fact: NumberFact; op: CompareOp; value: number }
  | { kind: 'oneOf'; fact: ChoiceFact; values: string[] }
  | { kind: 'hasLabel'; label: (typeof RESIDENT_LABELS)[number] }
  | { kind: 'text'; fact: TextFact; op: TextOp; value: string };

export type PolicyTarget = 'person' | 'enterprise';

/** What a rule may ask about one resident; null is "we do not know". */
export interface PersonFacts {
  age: number | null;
  gender: 'female' | 'male' | null;
  labels: string[];
  hukou_area: string | null;
  unemployed_days: number | null;
  youngest_child_age: number | null;
  /** Whether the person runs a business of their own (创业): registered, being registered, a plan filed, or none. */
  business_stage: (typeof BUSINESS_STAGES)[number] | null;
  /** Hours attended in the basic training courses the person completed (培训微技能). */
  basic_training_hours: number;
  /** Training certificates the person holds and the street has not revoked. */
  training_certificates: number;
  /** Those of them earned on skill courses (技能培训), which end in a 职业技能等级证书. */
  skill_certificates: number;
}

/** What a rule may ask about one enterprise. */
export interface EnterpriseFacts {
  enterprise_type: string;
  months_in_operation: number | null;
  employees: number;
  hard_to_employ_hires: number;
}

export type Facts = PersonFacts | EnterpriseFacts;

/**
 * Each fact, its words, and its source: the stored data it is derived from,
 * which is what a subject is "missing" when the fact is unknown.
 */
export const FACTS: Record<
  Fact,
  { target: PolicyTarget; label: Record<Locale, string>; source: Record<Locale, string>; sourceColumn: string }
> = {
  age: {
    target: 'person',
    label: { 'zh-CN': '年龄', en: 'Age' },
    source: { 'zh-CN': '出生日期', en: 'date of birth' },
    sourceColumn: 'residents.birth_date',
  },
  gender: {
    target: 'person',
    label: { 'zh-CN': '性别', en: 'Gender' },
    source: { 'zh-CN': '性别', en: 'gender' },
    sourceColumn: 'residents.gender',
  },
  labels: {
    target: 'person',
    label: { 'zh-CN': '人员标签', en: 'Labels' },
    source: { 'zh-CN': '人员标签', en: 'labels' },
    sourceColumn: 'residents.labels',
  },
  hukou_area: {
    target: 'person',
    label: { 'zh-CN': '户籍地', en: 'Household registration' },
    source: { 'zh-CN': '户籍地', en: 'household registration' },
    sourceColumn: 'residents.hukou_area',
  },
  unemployed_days: {
    target: 'person',
    label: { 'zh-CN': '失业登记天数', en: 'Days registered unemployed' },
    source: { 'zh-CN': '失业登记日期', en: 'date registered unemployed' },
    sourceColumn: 'resident_facts.unemployed_registered_on',
  },
  youngest_child_age: {
    target: 'person',
    label: { 'zh-CN': '最小子女年龄', en: "Youngest child's age" },
    source: { 'zh-CN': '最小子女出生日期', en: "youngest child's date of birth" },
    sourceColumn: 'resident_facts.youngest_child_birth_date',
  },
  business_stage: {
    target: 'person',
    label: { 'zh-CN': '本人创业情况', en: 'Own business' },
    source: { 'zh-CN': '创业情况（营业执照或创业计划）', en: 'own business (licence or business plan)' },
    sourceColumn: 'resident_facts.business_stage',
  },
  basic_training_hours: {
    target: 'person',
    label: { 'zh-CN': '已结业基础培训学时', en: 'Hours of completed basic training' },
    source: { 'zh-CN': '培训签到记录', en: 'training attendance' },
    sourceColumn: 'training_attendance (completed basic courses)',
  },
  training_certificates: {
    target: 'person',
    label: { 'zh-CN': '有效培训证书数', en: 'Valid training certificates' },
    source: { 'zh-CN': '培训证书', en: 'training certificates' },
    sourceColumn: 'training_certificates (not revoked)',
  },
  skill_certificates: {
    target: 'person',
    label: { 'zh-CN': '有效技能培训证书数', en: 'Valid skill-course certificates' },
    source: { 'zh-CN': '技能培训证书', en: 'skill-course certificates' },
    sourceColumn: 'training_certificates (skill courses, not revoked)',
  },
  enterprise_type: {
    target: 'enterprise',
    label: { 'zh-CN': '企业类型', en: 'Enterprise type' },
    source: { 'zh-CN': '企业类型', en: 'enterprise type' },
    sourceColumn: 'enterprises.type',
  },
  months_in_operation: {
    target: 'enterprise',
    label: { 'zh-CN': '经营月数', en: 'Months in operation' },
    source: { 'zh-CN': '成立日期', en: 'date established' },
    sourceColumn: 'enterprises.established_on',
  },
  employees: {
    target: 'enterprise',
    label: { 'zh-CN': '在职员工数', en: 'Employees' },
    source: { 'zh-CN': '用工记录', en: 'employment records' },
    sourceColumn: 'employments (current)',
  },
  hard_to_employ_hires: {
    target: 'enterprise',
    label: { 'zh-CN': '经平台吸纳困难人员数', en: 'Hard-to-employ hires through the platform' },
    source: { 'zh-CN': '平台用工记录', en: 'platform employment records' },
    sourceColumn: "employments (source 'platform', current) × residents.labels ∋ hard_to_employ",
  },
};

export const MAX_RULE_DEPTH = 6;
export const MAX_RULE_NODES = 40;

const OP_WORDS: Record<CompareOp, string> = { eq: '=', ne: '≠', lt: '<', le: '≤', gt: '>', ge: '≥' };
const TEXT_OP_WORDS: Record<TextOp, Record<Locale, string>> = {
  eq: { 'zh-CN': '为', en: 'is' },
  startsWith: { 'zh-CN': '以…开头', en: 'starts with' },
  contains: { 'zh-CN': '包含', en: 'contains' },
};

export const CHOICE_WORDS: Record<string, Record<Locale, string>> = {
  female: { 'zh-CN': '女', en: 'female' },
  male: { 'zh-CN': '男', en: 'male' },
  micro_factory: { 'zh-CN': '微工厂', en: 'micro-factory' },
  company: { 'zh-CN': '企业', en: 'company' },
  individual_business: { 'zh-CN': '个体工商户', en: 'individual business' },
  shop: { 'zh-CN': '店铺', en: 'shop' },
  cooperative: { 'zh-CN': '合作社', en: 'cooperative' },
  registered: { 'zh-CN': '本人已办理营业执照', en: 'a business registered in their name' },
  registering: { 'zh-CN': '营业执照正在办理', en: 'a business being registered' },
  plan_filed: { 'zh-CN': '已在创贷驿站提交创业计划', en: 'a business plan filed at a loan station' },
  none: { 'zh-CN': '暂未创业', en: 'no business of their own' },
};

export const LABEL_WORDS: Record<(typeof RESIDENT_LABELS)[number], Record<Locale, string>> = {
  mother: { 'zh-CN': '宝妈', en: 'mother' },
  hard_to_employ: { 'zh-CN': '就业困难人员', en: 'hard to employ' },
  veteran: { 'zh-CN': '退役军人', en: 'veteran' },
  disabled: { 'zh-CN': '残疾人', en: 'disabled' },
  graduate: { 'zh-CN': '高校毕业生', en: 'graduate' },
  registered_unemployed: { 'zh-CN': '登记失业人员', en: 'registered unemployed' },
  older_worker: { 'zh-CN': '大龄劳动者', en: 'older worker' },
};

/** One condition in plain words, e.g. "年龄 ≥ 18", "户籍地以“青岛市”开头". */
export function describeCondition(node: RuleNode, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (node.kind) {
    case 'compare':
      return `${FACTS[node.fact].label[locale]} ${OP_WORDS[node.op]} ${node.value}`;
    case 'oneOf': {
      const words = node.values.map((v) => CHOICE_WORDS[v]?.[locale] ?? v).join(zh ? '、' : ', ');
      return zh ? `${FACTS[node.fact].label[locale]}为${words}` : `${FACTS[node.fact].label[locale]} is ${words}`;
    }
    case 'hasLabel':
      return zh ? `属于${LABEL_WORDS[node.label][locale]}` : `is ${LABEL_WORDS[node.label][locale]}`;
    case 'text':
      if (zh && node.op === 'startsWith') return `${FACTS[node.fact].label[locale]}以“${node.value}”开头`;
      return zh
        ? `${FACTS[node.fact].label[locale]}${TEXT_OP_WORDS[node.op][locale]}“${node.value}”`
        : `${FACTS[node.fact].label[locale]} ${TEXT_OP_WORDS[node.op][locale]} "${node.value}"`;
    case 'all':
      return zh ? '同时满足以下全部条件' : 'all of these';
    case 'any':
      return zh ? '满足以下任一条件' : 'any of these';
    case 'not':
      return zh ? '不满足以下条件' : 'not this';
  }
}

/** The facts a node reads (a leaf one, a group all of its leaves'). */
export function factsOf(node: RuleNode): Fact[] {
  switch (node.kind) {
    case 'all':
    case 'any':
      return [...new Set(node.rules.flatMap(factsOf))];
    case 'not':
      return factsOf(node.rule);
    case 'hasLabel':
      return ['labels'];
    default:
      return [node.fact];
  }
}

export interface RuleProblem {
  path: (string | number)[];
  problem: 'fact_not_for_target' | 'rule_too_deep' | 'rule_too_large' | 'not_option';
}

/** What zod cannot say alone: every fact belongs to the policy's target, and the tree stays small. */
export function ruleProblems(rule: RuleNode, target: PolicyTarget): RuleProblem[] {
  const problems: RuleProblem[] = [];
  let nodes = 0;
  const walk = (node: RuleNode, path: (string | number)[], depth: number) => {
    nodes++;
    if (depth > MAX_RULE_DEPTH) {
      problems.push({ path, problem: 'rule_too_deep' });
      return;
    }
    if (node.kind === 'all' || node.kind === 'any')
      node.rules.forEach((child, i) => walk(child, [...path, 'rules', i], depth + 1));
    else if (node.kind === 'not') walk(node.rule, [...path, 'rule'], depth + 1);
    else {
      const fact: Fact = node.kind === 'hasLabel' ? 'labels' : node.fact;
      if (FACTS[fact].target !== target)
        problems.push({ path: [...path, node.kind === 'hasLabel' ? 'label' : 'fact'], problem: 'fact_not_for_target' });
      if (node.kind === 'oneOf') {
        const allowed = CHOICES[node.fact];
        node.values.forEach((v, i) => {
          if (!allowed.includes(v)) problems.push({ path: [...path, 'values', i], problem: 'not_option' });
        });
      }
    }
  };
  walk(rule, [], 1);
  if (nodes > MAX_RULE_NODES) problems.push({ path: [], problem: 'rule_too_large' });
  return problems;
}

/**
 * The tree's size and depth, read from the raw request before it is parsed:
 * the schema recurses once per level, so a tree nested thousands deep must be
 * refused before the schema walks it. Iterative, and stops at the first limit passed.
 */
export function ruleShapeProblem(value: unknown): RuleProblem | null {
  const stack: { node: unknown; path: (string | number)[]; depth: number }[] = [{ node: value, path: [], depth: 1 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_RULE_DEPTH) return { path, problem: 'rule_too_deep' };
    if (++nodes > MAX_RULE_NODES) return { path: [], problem: 'rule_too_large' };
    const { rules, rule } = node as { rules?: unknown; rule?: unknown };
    if (Array.isArray(rules)) {
      if (nodes + rules.length > MAX_RULE_NODES) return { path: [], problem: 'rule_too_large' };
      rules.forEach((child, i) => stack.push({ node: child, path: [...path, 'rules', i], depth: depth + 1 }));
    }
    if (rule !== undefined) stack.push({ node: rule, path: [...path, 'rule'], depth: depth + 1 });
  }
  return null;
}
