/**
 * Random rules, people and enterprises for the property test that proves the
 * two evaluators agree (eligibility.ts in memory, eligibility-sql.ts in
 * PostgreSQL). Values cluster where the edges are: leap days, month ends,
 * ages and counts around the thresholds, missing data.
 */
import fc from 'fast-check';
import { RESIDENT_LABELS, ENTERPRISE_TYPES } from '../../../shared/enums';
import { BUSINESS_STAGES, type RuleNode } from '../../../shared/benefits-rules';

const day = fc
  .record({
    y: fc.integer({ min: 1950, max: 2030 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.constantFrom(1, 2, 15, 27, 28, 29, 30, 31),
  })
  .map(({ y, m, d }) => {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  });

export const todayArb = fc.oneof(
  day.filter((d) => d >= '2000-01-01'),
  fc.constantFrom('2024-02-29', '2026-11-30', '2025-03-31', '2026-02-28'),
);

/** A day near "today minus n units": the edges where ≥ and > differ. */
function near(today: string, unit: 'years' | 'months' | 'days', amounts: number[]): fc.Arbitrary<string> {
  return fc.record({ n: fc.constantFrom(...amounts), off: fc.constantFrom(-1, 0, 0, 1, 2) }).map(({ n, off }) => {
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    const at = new Date(
      Date.UTC(
        y - (unit === 'years' ? n : 0),
        m - 1 - (unit === 'months' ? n : 0),
        d - (unit === 'days' ? n : 0) + off,
      ),
    );
    return at.toISOString().slice(0, 10);
  });
}
const YEARS = [0, 1, 3, 6, 16, 18, 35, 40, 45, 50, 60];
const MONTHS = [0, 1, 2, 3, 6, 12, 24, 36];
const DAYS = [0, 1, 29, 30, 31, 90, 180, 365];
const threshold = (edges: number[], min: number, max: number) =>
  fc.oneof(fc.constantFrom(...edges), fc.integer({ min, max }));

const HUKOU = ['青岛市黄岛区', '青岛市平度市', '济南市历下区', '青岛市', '平度'];
const op = fc.constantFrom('eq', 'ne', 'lt', 'le', 'gt', 'ge' as const);

export function ruleArb(target: 'person' | 'enterprise'): fc.Arbitrary<RuleNode> {
  const leaves: fc.Arbitrary<RuleNode>[] =
    target === 'person'
      ? [
          fc.record({
            kind: fc.constant('compare' as const),
            fact: fc.constant('age' as const),
            op,
            value: threshold(YEARS, -1, 90),
          }),
          fc.record({
            kind: fc.constant('compare' as const),
            fact: fc.constant('youngest_child_age' as const),
            op,
            value: threshold(YEARS, -1, 20),
          }),
          fc.record({
            kind: fc.constant('compare' as const),
            fact: fc.constant('unemployed_days' as const),
            op,
            value: threshold(DAYS, -5, 2000),
          }),
          fc.record({
            kind: fc.constant('compare' as const),
            fact: fc.constantFrom(
              'basic_training_hours' as const,
              'training_certificates' as const,
              'skill_certificates' as const,
            ),
            op,
            value: fc.integer({ min: -1, max: 80 }),
          }),
          fc.record({
            kind: fc.constant('oneOf' as const),
            fact: fc.constant('gender' as const),
            values: fc.subarray(['female', 'male'], { minLength: 1 }),
          }),
          fc.record({
            kind: fc.constant('oneOf' as const),
            fact: fc.constant('business_stage' as const),
            values: fc.subarray([...BUSINESS_STAGES], { minLength: 1 }),
          }),
          fc.record({ kind: fc.constant('hasLabel' as const), label: fc.constantFrom(...RESIDENT_LABELS) }),
          fc.record({
            kind: fc.constant('text' as const),
            fact: fc.constant('hukou_area' as const),
            op: fc.constantFrom('eq', 'startsWith', 'contains' as const),
            value: fc.constantFrom(...HUKOU, '黄岛'),
          }),
        ]
      : [
          fc.record({
            kind: fc.constant('compare' as const),
            fact: fc.constant('months_in_operation' as const),
            op,
            value: threshold(MONTHS, -1, 400),
          }),
          fc.record({
            kind: fc.constant('compare' as const),
            fact: fc.constantFrom('employees' as const, 'hard_to_employ_hires' as const),
            op,
            value: fc.integer({ min: -1, max: 4 }),
          }),
          fc.record({
            kind: fc.constant('oneOf' as const),
            fact: fc.constant('enterprise_type' as const),
            values: fc.subarray([...ENTERPRISE_TYPES], { minLength: 1 }),
          }),
        ];
  const { rule } = fc.letrec<{ rule: RuleNode }>((tie) => ({
    rule: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      ...leaves,
      fc.record({
        kind: fc.constantFrom('all' as const, 'any' as const),
        rules: fc.array(tie('rule'), { minLength: 1, maxLength: 3 }),
      }) as fc.Arbitrary<RuleNode>,
      fc.record({ kind: fc.constant('not' as const), rule: tie('rule') }) as fc.Arbitrary<RuleNode>,
    ),
  }));
  return rule;
}

export const personArb = (today: string) =>
  fc.record({
    birth_date: fc.option(fc.oneof(day, near(today, 'years', YEARS)), { nil: null, freq: 5 }),
    gender: fc.constantFrom('female' as const, 'male' as const, null),
    labels: fc.subarray([...RESIDENT_LABELS]),
    hukou_area: fc.option(fc.constantFrom(...HUKOU), { nil: null, freq: 4 }),
    unemployed_registered_on: fc.option(fc.oneof(day, near(today, 'days', DAYS)), { nil: null, freq: 2 }),
    youngest_child_birth_date: fc.option(fc.oneof(day, near(today, 'years', YEARS)), { nil: null, freq: 2 }),
    business_stage: fc.option(fc.constantFrom(...BUSINESS_STAGES), { nil: null, freq: 2 }),
    basic_training_hours: fc.oneof(fc.constantFrom(0, 1, 40, 70, 80), fc.integer({ min: 0, max: 120 })),
    training_certificates: fc.integer({ min: 0, max: 3 }),
    skill_certificates: fc.integer({ min: 0, max: 3 }),
  });

export const enterpriseArb = (today: string) =>
  fc.record({
    type: fc.constantFrom(...ENTERPRISE_TYPES),
    established_on: fc.option(fc.oneof(day, near(today, 'months', MONTHS)), { nil: null, freq: 5 }),
    // each hire: from the platform or recorded, hard to employ or not, still employed or left, started or not yet
    hires: fc.array(
      fc
        .record({
          platform: fc.boolean(),
          hardToEmploy: fc.boolean(),
          start: fc.oneof(day, near(today, 'days', DAYS)),
          end: fc.option(fc.oneof(day, near(today, 'days', DAYS)), { nil: null }),
        })
        .map((h) => (h.end !== null && h.end < h.start ? { ...h, end: h.start } : h)),
      { maxLength: 4 },
    ),
  });
