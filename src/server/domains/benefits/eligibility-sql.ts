/**
 * The all-subjects evaluator: the same rule compiled to one SQL boolean
 * expression, so a street-wide scan is one query (SPEC §3.3). Every value
 * from the rule is a bound parameter; only fixed column names from the fact
 * table below are written into the text. NULL is "unknown", and SQL's AND /
 * OR / NOT are Kleene's three-valued logic, as in eligibility.ts: `expr IS
 * TRUE` is eligible, `expr IS NULL` unknown.
 *
 * Facts derived from a date (age, days unemployed, months in operation) are
 * compared as a range on the stored date (age ≥ 18 ⇔ birth_date ≤ today − 18
 * years), so a scan can use an index and never computes an age per row.
 */
import { sql, type RawBuilder } from 'kysely';
import type { NumberFact, PolicyTarget, RuleNode } from '../../../shared/benefits-rules';
import { factsOf } from '../../../shared/benefits-rules';

type Sql = RawBuilder<unknown>;

/** Date-derived facts: the stored date column and the unit the fact counts in. */
const DATE_FACTS: Partial<Record<NumberFact, { column: string; unit: 'years' | 'months' | 'days' }>> = {
  age: { column: 'r.birth_date', unit: 'years' },
  youngest_child_age: { column: 'f.youngest_child_birth_date', unit: 'years' },
  unemployed_days: { column: 'f.unemployed_registered_on', unit: 'days' },
  months_in_operation: { column: 'e.established_on', unit: 'months' },
};
const COUNT_FACTS: Partial<Record<NumberFact, string>> = {
  employees: 'coalesce(emp.n, 0)',
  hard_to_employ_hires: 'coalesce(hte.n, 0)',
};

/** today − n units, as a date (PostgreSQL clamps the 31st to a shorter month's end, as monthsBetween assumes). */
function bound(today: string, unit: 'years' | 'months' | 'days', n: number): Sql {
  if (unit === 'days') return sql`(${today}::date - ${n}::int)`;
  if (unit === 'years') return sql`(${today}::date - make_interval(years => ${n}::int))::date`;
  return sql`(${today}::date - make_interval(months => ${n}::int))::date`;
}

function compileCompare(node: Extract<RuleNode, { kind: 'compare' }>, today: string): Sql {
  const date = DATE_FACTS[node.fact];
  if (date) {
    // fact ≥ n ⇔ column ≤ bound(n): the fact grows as the stored date goes back
    const col = sql.raw(date.column);
    const ge = (n: number) => sql`${col} <= ${bound(today, date.unit, n)}`;
    const lt = (n: number) => sql`${col} > ${bound(today, date.unit, n)}`;
    const v = node.value;
    switch (node.op) {
      case 'ge':
        return ge(v);
      case 'gt':
        return ge(v + 1);
      case 'lt':
        return lt(v);
      case 'le':
        return lt(v + 1);
      case 'eq':
        return sql`(${ge(v)} and ${lt(v + 1)})`;
      case 'ne':
        return sql`(${lt(v)} or ${ge(v + 1)})`;
    }
  }
  const expr = sql.raw(COUNT_FACTS[node.fact]!);
  const op = sql.raw({ eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' }[node.op]);
  return sql`${expr} ${op} ${node.value}::int`;
}

export function compileRule(node: RuleNode, today: string): Sql {
  switch (node.kind) {
    case 'all':
      return sql`(${sql.join(node.rules.map((r) => compileRule(r, today)), sql` and `)})`;
    case 'any':
      return sql`(${sql.join(node.rules.map((r) => compileRule(r, today)), sql` or `)})`;
    case 'not':
      return sql`(not ${compileRule(node.rule, today)})`;
    case 'compare':
      return compileCompare(node, today);
    case 'oneOf':
      return sql`${sql.raw(node.fact === 'gender' ? 'r.gender' : 'e.type')} = any(${node.values}::text[])`;
    case 'hasLabel':
      return sql`${node.label}::text = any(r.labels)`;
    case 'text': {
      const col = sql.raw('r.hukou_area');
      if (node.op === 'eq') return sql`${col} = ${node.value}::text`;
      if (node.op === 'startsWith') return sql`starts_with(${col}, ${node.value}::text)`;
      return sql`strpos(${col}, ${node.value}::text) > 0`;
    }
  }
}

/** Current employments on a day, counted per enterprise; only the ones the rule reads are joined. */
function employmentJoins(rule: RuleNode, today: string): Sql {
  const facts = factsOf(rule);
  const parts: Sql[] = [];
  if (facts.includes('employees')) {
    parts.push(sql`left join (select m.enterprise_id, count(*)::int as n from employments m
      where m.start_date <= ${today}::date and (m.end_date is null or m.end_date >= ${today}::date)
      group by m.enterprise_id) emp on emp.enterprise_id = e.id`);
  }
  if (facts.includes('hard_to_employ_hires')) {
    parts.push(sql`left join (select m.enterprise_id, count(*)::int as n from employments m
      join residents hr on hr.id = m.resident_id
      where m.source = 'platform' and 'hard_to_employ' = any(hr.labels)
        and m.start_date <= ${today}::date and (m.end_date is null or m.end_date >= ${today}::date)
      group by m.enterprise_id) hte on hte.enterprise_id = e.id`);
  }
  return parts.length ? sql.join(parts, sql` `) : sql``;
}

/**
 * FROM for the target with what the rule needs joined: residents r (and their
 * recorded facts f), or enterprises e (and their employment counts).
 */
export function subjectsFrom(target: PolicyTarget, rule: RuleNode, today: string): Sql {
  if (target === 'person') {
    const needsRecorded = factsOf(rule).some((f) => f === 'unemployed_days' || f === 'youngest_child_age');
    return needsRecorded ? sql`residents r left join resident_facts f on f.resident_id = r.id` : sql`residents r`;
  }
  return sql`enterprises e ${employmentJoins(rule, today)}`;
}

export const subjectAlias = (target: PolicyTarget) => (target === 'person' ? 'r' : 'e');

/** `area_id` of the subject under one of the scope paths ('/1/4/'). */
export function inScopeSql(target: PolicyTarget, scopePaths: readonly string[]): Sql {
  if (scopePaths.length === 0) return sql`false`;
  const patterns = scopePaths.map((p) => `${p}%`);
  return sql`${sql.raw(subjectAlias(target))}.area_id in (select id from areas where path like any(${patterns}::text[]))`;
}

/** The "N qualify now" query: eligible and unknown counts in scope, one scan. */
export function countQuery(target: PolicyTarget, rule: RuleNode, today: string, scopePaths: readonly string[]) {
  const cond = compileRule(rule, today);
  return sql<{ eligible: number; unknown: number }>`select
      count(*) filter (where ${cond} is true)::int as eligible,
      count(*) filter (where ${cond} is null)::int as unknown
    from ${subjectsFrom(target, rule, today)}
    where ${inScopeSql(target, scopePaths)}`;
}
