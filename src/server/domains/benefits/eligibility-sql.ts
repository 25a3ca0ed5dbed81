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
/**
 * Enterprise counts as correlated subqueries over the employments index: the
 * planner costs them last among an AND's conditions, so they run only for
 * enterprises the cheaper conditions left open (measured faster than
 * aggregating every employment and joining a million residents).
 */
function countedRows(fact: NumberFact, today: string): Sql {
  const current = sql`m.start_date <= ${today}::date and (m.end_date is null or m.end_date >= ${today}::date)`;
  if (fact === 'employees') return sql`from employments m where m.enterprise_id = e.id and ${current}`;
  return sql`from employments m join residents hr on hr.id = m.resident_id
    where m.enterprise_id = e.id and m.source = 'platform' and 'hard_to_employ' = any(hr.labels) and ${current}`;
}

/** "At least one" and "none" stop at the first row found; any other threshold counts. */
function compileCount(node: Extract<RuleNode, { kind: 'compare' }>, today: string): Sql {
  const rows = countedRows(node.fact, today);
  const { op, value: v } = node;
  if ((op === 'ge' && v === 1) || (op === 'gt' && v === 0) || (op === 'ne' && v === 0)) return sql`exists (select 1 ${rows})`;
  if ((op === 'lt' && v === 1) || (op === 'le' && v === 0) || (op === 'eq' && v === 0)) return sql`not exists (select 1 ${rows})`;
  const sqlOp = sql.raw({ eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' }[op]);
  return sql`(select count(*) ${rows}) ${sqlOp} ${v}::int`;
}

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
  return compileCount(node, today);
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

/**
 * FROM for the target with what the rule needs joined: residents r (and their
 * recorded facts f), or enterprises e.
 */
export function subjectsFrom(target: PolicyTarget, rule: RuleNode, _today: string): Sql {
  if (target === 'person') {
    const needsRecorded = factsOf(rule).some((f) => f === 'unemployed_days' || f === 'youngest_child_age');
    return needsRecorded ? sql`residents r left join resident_facts f on f.resident_id = r.id` : sql`residents r`;
  }
  return sql`enterprises e`;
}

export const subjectAlias = (target: PolicyTarget) => (target === 'person' ? 'r' : 'e');

/** `area_id` of the subject under one of the scope paths ('/1/4/'). */
export function inScopeSql(target: PolicyTarget, scopePaths: readonly string[]): Sql {
  if (scopePaths.length === 0) return sql`false`;
  const patterns = scopePaths.map((p) => `${p}%`);
  return sql`${sql.raw(subjectAlias(target))}.area_id in (select id from areas where path like any(${patterns}::text[]))`;
}
