import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPLICATION_TRANSITIONS, reviewActions, transitionFor } from '../../../shared/benefits-workflow';
import {
  MAX_RULE_DEPTH,
  ruleProblems,
  ruleShapeProblem,
  type PersonFacts,
  type RuleNode,
} from '../../../shared/benefits-rules';
import { targetedRule } from '../../../shared/schemas/benefits';
import { ruleArb } from './rule-arbitraries';
import { daysBetween, enterpriseFacts, evaluate, monthsBetween, outcomeOf, personFacts } from './eligibility';

const person = (over: Partial<PersonFacts> = {}): PersonFacts => ({
  age: 38,
  gender: 'male',
  labels: [],
  hukou_area: '青岛市平度市',
  unemployed_days: null,
  youngest_child_age: null,
  business_stage: null,
  basic_training_hours: 0,
  training_certificates: 0,
  skill_certificates: 0,
  ...over,
});
const yes: RuleNode = { kind: 'compare', fact: 'age', op: 'ge', value: 18 };
const no: RuleNode = { kind: 'compare', fact: 'age', op: 'lt', value: 18 };
const unknown: RuleNode = { kind: 'compare', fact: 'youngest_child_age', op: 'lt', value: 6 };

describe('three-valued logic (as SQL treats NULL)', () => {
  const cases: [RuleNode, string][] = [
    [{ kind: 'all', rules: [yes, unknown] }, 'unknown'],
    [{ kind: 'all', rules: [no, unknown] }, 'no'],
    [{ kind: 'all', rules: [yes, yes] }, 'yes'],
    [{ kind: 'any', rules: [yes, unknown] }, 'yes'],
    [{ kind: 'any', rules: [no, unknown] }, 'unknown'],
    [{ kind: 'any', rules: [no, no] }, 'no'],
    [{ kind: 'not', rule: unknown }, 'unknown'],
    [{ kind: 'not', rule: yes }, 'no'],
    [{ kind: 'not', rule: no }, 'yes'],
  ];
  it.each(cases)('%j → %s', (rule, expected) => {
    expect(outcomeOf(rule, person())).toBe(expected);
  });
});

describe('evaluate with reasons', () => {
  it('names the missing data of an unknown condition', () => {
    const r = evaluate(
      { kind: 'all', rules: [{ kind: 'hasLabel', label: 'mother' }, unknown] },
      person({ labels: ['mother'], gender: 'female' }),
    );
    expect(r.outcome).toBe('unknown');
    expect(r.missing).toEqual(['最小子女出生日期']);
    expect(r.conditions.map((c) => [c.path, c.outcome])).toEqual([
      ['rule', 'unknown'],
      ['rule.rules.0', 'yes'],
      ['rule.rules.1', 'unknown'],
    ]);
    expect(r.conditions[1]!.text).toBe('属于宝妈');
  });
  it('asks only for data that could change the answer', () => {
    const rule: RuleNode = {
      kind: 'any',
      rules: [
        {
          kind: 'all',
          rules: [
            { kind: 'hasLabel', label: 'hard_to_employ' },
            { kind: 'compare', fact: 'unemployed_days', op: 'ge', value: 30 },
          ],
        },
        { kind: 'all', rules: [{ kind: 'hasLabel', label: 'mother' }, unknown] },
      ],
    };
    expect(evaluate(rule, person({ labels: ['mother'] })).missing).toEqual(['最小子女出生日期']);
    expect(evaluate(rule, person({ labels: ['mother', 'hard_to_employ'] })).missing).toEqual([
      '失业登记日期',
      '最小子女出生日期',
    ]);
  });
  it('asks for no data when the answer is already no', () => {
    const r = evaluate({ kind: 'all', rules: [no, unknown] }, person());
    expect(r).toMatchObject({ outcome: 'not_eligible', missing: [] });
  });
  it('speaks English when asked', () => {
    const r = evaluate({ kind: 'text', fact: 'hukou_area', op: 'startsWith', value: '青岛市' }, person(), 'en');
    expect(r.conditions[0]).toMatchObject({ text: 'Household registration starts with "青岛市"', outcome: 'yes' });
    // what the person's data says, with the punctuation of the language
    expect(r.conditions[0]!.actual).toBe('Household registration: 青岛市平度市');
    expect(
      evaluate({ kind: 'text', fact: 'hukou_area', op: 'startsWith', value: '青岛市' }, person()).conditions[0]!.actual,
    ).toBe('户籍地：青岛市平度市');
  });
});

describe('facts derived from dates', () => {
  it('counts whole months, a month complete on the same day of month', () => {
    expect(monthsBetween('2026-01-08', '2026-11-30')).toBe(10);
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(0);
    expect(monthsBetween('2026-09-01', '2026-11-30')).toBe(2);
  });
  it('counts days across a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
  it('derives ages and leaves missing data null', () => {
    const f = personFacts(
      {
        birth_date: '1988-07-16',
        gender: 'male',
        labels: [],
        hukou_area: null,
        unemployed_registered_on: null,
        youngest_child_birth_date: '2021-12-01',
        business_stage: null,
        basic_training_hours: 40,
        training_certificates: null,
        skill_certificates: null,
      },
      '2026-11-30',
    );
    expect(f).toMatchObject({ age: 38, youngest_child_age: 4, unemployed_days: null, hukou_area: null });
    // training facts are counts: a person with no row yet has none
    expect(f).toMatchObject({ basic_training_hours: 40, training_certificates: 0 });
    expect(
      enterpriseFacts({ type: 'shop', established_on: null, employees: 2, hard_to_employ_hires: 1 }, '2026-11-30')
        .months_in_operation,
    ).toBeNull();
  });
});

describe('the rule schema', () => {
  it('accepts a well-formed rule', () => {
    expect(
      targetedRule.safeParse({
        target: 'person',
        rule: { kind: 'all', rules: [yes, { kind: 'hasLabel', label: 'veteran' }] },
      }).success,
    ).toBe(true);
  });
  it('refuses a bad node with its path', () => {
    const r = targetedRule.safeParse({
      target: 'person',
      rule: { kind: 'all', rules: [yes, { kind: 'compare', fact: 'age', op: 'ge', value: 'old' }] },
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path).toEqual(['rule', 'rules', 1, 'value']);
  });
  it('refuses a fact the target does not have, naming the node', () => {
    const r = targetedRule.safeParse({
      target: 'enterprise',
      rule: { kind: 'any', rules: [{ kind: 'compare', fact: 'employees', op: 'ge', value: 1 }, yes] },
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['rule.rules.1.fact', 'fact_not_for_target'],
    ]);
  });
  it('refuses a choice that does not exist, and a tree too deep', () => {
    const bad = targetedRule.safeParse({
      target: 'person',
      rule: { kind: 'oneOf', fact: 'gender', values: ['other'] },
    });
    expect(bad.error!.issues[0]!.path).toEqual(['rule', 'values', 0]);
    let deep: RuleNode = yes;
    for (let i = 0; i < 7; i++) deep = { kind: 'not', rule: deep };
    expect(targetedRule.safeParse({ target: 'person', rule: deep }).error!.issues[0]!.message).toBe('rule_too_deep');
  });
  it('refuses a tree nested thousands deep before walking it, naming the node one level too deep', () => {
    let deep: unknown = yes;
    for (let i = 0; i < 100_000; i++) deep = { kind: 'not', rule: deep };
    const r = targetedRule.safeParse({ target: 'person', rule: deep });
    expect(r.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [['rule', ...Array(MAX_RULE_DEPTH).fill('rule')].join('.'), 'rule_too_deep'],
    ]);
    const wide = { kind: 'any', rules: Array.from({ length: 20 }, () => ({ kind: 'all', rules: [yes, yes, yes] })) };
    expect(targetedRule.safeParse({ target: 'person', rule: wide }).error!.issues[0]).toMatchObject({
      path: ['rule'],
      message: 'rule_too_large',
    });
  });
  it('measures depth and size on the raw request as the parsed tree is measured', () => {
    const limits = (rule: RuleNode) =>
      ruleProblems(rule, 'person')
        .filter((p) => p.problem === 'rule_too_deep' || p.problem === 'rule_too_large')
        .map((p) => p.problem);
    fc.assert(
      fc.property(ruleArb('person'), fc.integer({ min: 0, max: MAX_RULE_DEPTH + 2 }), (rule, wrap) => {
        let tree = rule;
        for (let i = 0; i < wrap; i++) tree = { kind: 'not', rule: tree };
        const raw = ruleShapeProblem(tree);
        const parsed = limits(tree);
        expect(raw === null).toBe(parsed.length === 0);
        if (raw) expect(parsed).toContain(raw.problem);
      }),
      { numRuns: 300 },
    );
  });
  it('refuses unknown keys (no free-form JSON)', () => {
    expect(targetedRule.safeParse({ target: 'person', rule: { ...yes, sql: '1=1' } }).success).toBe(false);
  });
});

describe('the application workflow', () => {
  it('has no second approval: approved is not a state either review starts from', () => {
    expect(transitionFor('approved', 'street_approve')).toBeNull();
    expect(transitionFor('approved', 'community_approve')).toBeNull();
    expect(transitionFor('community_approved', 'street_approve')?.to).toBe('approved');
  });
  it('gives each review its own role', () => {
    expect(reviewActions('submitted', 'community_officer')).toEqual(['community_approve', 'return', 'reject']);
    expect(reviewActions('submitted', 'street_officer')).toEqual([]);
    expect(reviewActions('community_approved', 'street_officer')).toEqual(['street_approve', 'return', 'reject']);
  });
  it('ends in disbursed or rejected only', () => {
    const from = new Set(APPLICATION_TRANSITIONS.map((t) => t.from));
    expect(from.has('disbursed')).toBe(false);
    expect(from.has('rejected')).toBe(false);
  });
});
