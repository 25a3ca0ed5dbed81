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
import type { ChoiceFact, Fact, NumberFact, PolicyTarget, RuleNode } from '../../../shared/benefits-rules';
import { RESIDENT_LABELS } from '../../../shared/enums';

type Sql = RawBuilder<unknown>;

/** Date-derived facts: the stored date column and the unit the fact counts in. */
const DATE_FACTS: Partial<Record<NumberFact, { column: string; unit: 'years' | 'months' | 'days' }>> = {
  age: { column: 'r.birth_date', unit: 'years' },
  youngest_child_age: { column: 'r.youngest_child_birth_date', unit: 'years' },
  unemployed_days: { column: 'r.unemployed_registered_on', unit: 'days' },
  months_in_operation: { column: 'e.established_on', unit: 'months' },
};
/**
 * The employments a count counts: current ones, and for hard_to_employ_hires
 * only platform hires of residents labelled hard to employ now (the
 * employment's maintained column, migration 0011, so no count joins the
 * residents).
 */
function countedRows(fact: NumberFact, today: string): Sql {
  const current = sql`m.start_date <= ${today}::date and (m.end_date is null or m.end_date >= ${today}::date)`;
  if (fact === 'employees') return sql`from employments m where ${current}`;
  return sql`from employments m where m.source = 'platform' and m.resident_hard_to_employ and ${current}`;
}

/**
 * "At least one" and "none" ask whether the enterprise is among those with a
 * counted row: an uncorrelated IN, which PostgreSQL hashes once per query
 * (enterprise_id is never NULL, so IN is never unknown). Any other threshold
 * counts, as a correlated subquery over the employments index, evaluated
 * only for enterprises an AND's earlier conditions left open (AND stops at the
 * first false).
 */
function compileCount(node: Extract<RuleNode, { kind: 'compare' }>, today: string): Sql {
  const rows = countedRows(node.fact, today);
  const { op, value: v } = node;
  const any = sql`e.id in (select m.enterprise_id ${rows})`;
  if ((op === 'ge' && v === 1) || (op === 'gt' && v === 0) || (op === 'ne' && v === 0)) return any;
  if ((op === 'lt' && v === 1) || (op === 'le' && v === 0) || (op === 'eq' && v === 0)) return sql`(not ${any})`;
  const sqlOp = sql.raw({ eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' }[op]);
  return sql`(select count(*) ${rows} and m.enterprise_id = e.id) ${sqlOp} ${v}::int`;
}

/** today − n units, as a date (PostgreSQL clamps the 31st to a shorter month's end, as monthsBetween assumes). */
function bound(today: string, unit: 'years' | 'months' | 'days', n: number): Sql {
  if (unit === 'days') return sql`(${today}::date - ${n}::int)`;
  if (unit === 'years') return sql`(${today}::date - make_interval(years => ${n}::int))::date`;
  return sql`(${today}::date - make_interval(months => ${n}::int))::date`;
}

/** Person facts kept as numbers in person_facts by the capability that knows them (training). */
const PERSON_NUMBER_COLUMNS: Partial<Record<NumberFact, string>> = {
  basic_training_hours: 'r.basic_training_hours',
  training_certificates: 'r.training_certificates',
  skill_certificates: 'r.skill_certificates',
};

function compileCompare(node: Extract<RuleNode, { kind: 'compare' }>, today: string): Sql {
  const column = PERSON_NUMBER_COLUMNS[node.fact];
  if (column) {
    const sqlOp = sql.raw({ eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' }[node.op]);
    return sql`${sql.raw(column)} ${sqlOp} ${node.value}::int`;
  }
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

/** person_facts.label_bits: bit i is RESIDENT_LABELS[i] (sql/resident_label_bits.sql). */
export function labelBit(label: (typeof RESIDENT_LABELS)[number]): number {
  return 1 << RESIDENT_LABELS.indexOf(label);
}

/** `value%` with LIKE's own characters (\ % _) escaped, so it matches exactly the strings starting with value. */
export function likePrefix(value: string): string {
  return `${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The conditions of an "all" or "any", with its labels tested together: one
 * AND of the label bits against a mask (all: every bit set; any: some bit
 * set), where the first label stood. A label is never unknown, so this is
 * the same three-valued answer with fewer steps per row.
 */
function compileChildren(node: Extract<RuleNode, { kind: 'all' | 'any' }>, today: string): Sql[] {
  const labels = node.rules.filter((r): r is Extract<RuleNode, { kind: 'hasLabel' }> => r.kind === 'hasLabel');
  if (labels.length < 2) return node.rules.map((r) => compileRule(r, today));
  const mask = labels.reduce((m, r) => m | labelBit(r.label), 0);
  const together =
    node.kind === 'all' ? sql`(r.label_bits & ${mask}::int) = ${mask}::int` : sql`(r.label_bits & ${mask}::int) <> 0`;
  const out: Sql[] = [];
  for (const r of node.rules) {
    if (r.kind !== 'hasLabel') out.push(compileRule(r, today));
    else if (r === labels[0]) out.push(together);
  }
  return out;
}

export function compileRule(node: RuleNode, today: string): Sql {
  switch (node.kind) {
    case 'all':
      return sql`(${sql.join(compileChildren(node, today), sql` and `)})`;
    case 'any':
      return sql`(${sql.join(compileChildren(node, today), sql` or `)})`;
    case 'not':
      return sql`(not ${compileRule(node.rule, today)})`;
    case 'compare':
      return compileCompare(node, today);
    case 'oneOf':
      return sql`${sql.raw(CHOICE_COLUMNS[node.fact])} = any(${node.values}::text[])`;
    case 'hasLabel':
      return sql`(r.label_bits & ${labelBit(node.label)}::int) <> 0`;
    case 'text': {
      const col = sql.raw('r.hukou_area');
      if (node.op === 'eq') return sql`${col} = ${node.value}::text`;
      // LIKE with a literal prefix is starts_with for a deterministic collation, and cheaper per row
      if (node.op === 'startsWith') return sql`${col} like ${likePrefix(node.value)}::text`;
      return sql`strpos(${col}, ${node.value}::text) > 0`;
    }
  }
}

/**
 * FROM for the target: person_facts r (one narrow row per resident with every
 * person fact, kept by triggers), or enterprises e.
 */
export function subjectsFrom(target: PolicyTarget): Sql {
  return target === 'person' ? sql`person_facts r` : sql`enterprises e`;
}

export const subjectAlias = (target: PolicyTarget) => (target === 'person' ? 'r' : 'e');

/** The subject's id in subjectsFrom: the resident's or the enterprise's. */
export const subjectIdSql = (target: PolicyTarget): Sql => sql.raw(target === 'person' ? 'r.resident_id' : 'e.id');

const CHOICE_COLUMNS: Record<ChoiceFact, string> = {
  gender: 'r.gender',
  enterprise_type: 'e.type',
  business_stage: 'r.business_stage',
};

/** The column of each fact that may be unknown (NULL); labels, types and counts are always known. */
const NULLABLE_COLUMNS: Partial<Record<Fact, string>> = {
  age: 'r.birth_date',
  gender: 'r.gender',
  hukou_area: 'r.hukou_area',
  unemployed_days: 'r.unemployed_registered_on',
  youngest_child_age: 'r.youngest_child_birth_date',
  business_stage: 'r.business_stage',
  months_in_operation: 'e.established_on',
};

/** A leaf that is never unknown and costs one column test (no subquery), so it may be evaluated twice. */
function cheapKnownLeaf(node: RuleNode): boolean {
  return node.kind === 'hasLabel' || (node.kind === 'oneOf' && node.fact === 'enterprise_type');
}

/**
 * A cheap condition that holds whenever the compiled rule is unknown (NULL),
 * or null when the rule can never be unknown. Every operator the compiler
 * writes gives a known answer on known inputs, so a leaf is unknown exactly
 * when its column is NULL; an "all" is unknown only if none of its conditions
 * is false and one is unknown, an "any" only if none is true and one is
 * unknown; "not" keeps unknown. Conditions that are never unknown and cheap
 * (a label, an enterprise type) are required to be true (in "all") or false
 * (in "any"), which is what keeps a scan from re-testing most subjects.
 */
export function mayBeUnknownSql(node: RuleNode, today: string): Sql | null {
  switch (node.kind) {
    case 'not':
      return mayBeUnknownSql(node.rule, today);
    case 'all':
    case 'any': {
      const open = node.rules.map((r) => mayBeUnknownSql(r, today)).filter((u): u is Sql => u !== null);
      if (open.length === 0) return null;
      const decided = node.rules
        .filter(cheapKnownLeaf)
        .map((r) => (node.kind === 'all' ? compileRule(r, today) : sql`not ${compileRule(r, today)}`));
      const someOpen = open.length === 1 ? open[0]! : sql`(${sql.join(open, sql` or `)})`;
      return decided.length === 0 ? someOpen : sql`(${sql.join([...decided, someOpen], sql` and `)})`;
    }
    default: {
      const column = NULLABLE_COLUMNS[node.kind === 'hasLabel' ? 'labels' : node.fact];
      return column ? sql`${sql.raw(column)} is null` : null;
    }
  }
}

/** `area_id` of the subject under one of the scope paths ('/1/4/'). */
export function inScopeSql(target: PolicyTarget, scopePaths: readonly string[]): Sql {
  if (scopePaths.length === 0) return sql`false`;
  const patterns = scopePaths.map((p) => `${p}%`);
  return sql`${sql.raw(subjectAlias(target))}.area_id in (select id from areas where path like any(${patterns}::text[]))`;
}

/**
 * `area_id` of the subject one of these (the scope's areas, looked up once
 * before a scan). Runs of consecutive ids (a street and the areas created
 * under it usually are one) become ranges: two integer comparisons per row
 * instead of a lookup in a list; scattered ids stay a list.
 */
export function inAreasSql(target: PolicyTarget, areaIds: readonly number[]): Sql {
  const column = sql.raw(`${subjectAlias(target)}.area_id`);
  const ids = [...new Set(areaIds)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const id of ids) {
    const last = runs.at(-1);
    if (last && id === last[1] + 1) last[1] = id;
    else runs.push([id, id]);
  }
  if (runs.length === 0) return sql`false`;
  if (runs.length > 3) return sql`${column} = any(${ids}::bigint[])`;
  return sql`(${sql.join(
    runs.map(([lo, hi]) =>
      lo === hi ? sql`${column} = ${lo}::bigint` : sql`${column} between ${lo}::bigint and ${hi}::bigint`,
    ),
    sql` or `,
  )})`;
}
