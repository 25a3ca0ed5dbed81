/**
 * The migrated database's schema as text (docs/schema.sql, ADR 0049), read
 * from the catalogs rather than from pg_dump: the bundled server ships no
 * pg_dump, and Debian's pg_dump 15 refuses to dump the bundled PostgreSQL 18.
 * The catalog's own deparsers (pg_get_constraintdef, pg_get_indexdef,
 * pg_get_triggerdef, pg_get_expr) print the same text on 15 and 18; what
 * differs between them (18's NOT NULL constraints, extension versions) is left
 * out, and every list is sorted here, byte by byte, not by a collation.
 *
 * Functions appear by signature and attributes only: their text is in
 * src/server/domains/<domain>/sql/<function>.sql (ADR 0048).
 */

export type CatalogQuery = (text: string) => Promise<Record<string, unknown>[]>;

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `public` objects only; objects an extension owns (btree_gist's, pg_trgm's functions) are the extension's. */
const PUBLIC = `'public'::regnamespace`;

export async function readSchemaSnapshot(query: CatalogQuery): Promise<string> {
  const extensions = await query(`select extname as name from pg_extension`);
  const tables = await query(`
    select c.oid::int as oid, c.relname as name, c.relkind as kind, c.relpersistence as persistence,
           array_to_string(c.reloptions, ', ') as options,
           case when c.relkind = 'p' then pg_get_partkeydef(c.oid) end as partition_key,
           (select p.relname from pg_inherits i join pg_class p on p.oid = i.inhparent where i.inhrelid = c.oid) as parent,
           pg_get_expr(c.relpartbound, c.oid) as bound
    from pg_class c
    where c.relnamespace = ${PUBLIC} and c.relkind in ('r', 'p')`);
  const columns = await query(`
    select a.attrelid::int as table_oid, a.attnum as position, a.attname as name,
           format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null,
           pg_get_expr(d.adbin, d.adrelid) as default_expr, a.attidentity as identity, a.attgenerated as generated,
           case when a.attcollation <> t.typcollation then (select l.collname from pg_collation l where l.oid = a.attcollation) end as collation
    from pg_attribute a
    join pg_class c on c.oid = a.attrelid
    join pg_type t on t.oid = a.atttypid
    left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
    where c.relnamespace = ${PUBLIC} and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped`);
  const constraints = await query(`
    select k.conrelid::int as table_oid, k.conname as name, pg_get_constraintdef(k.oid) as definition
    from pg_constraint k
    where k.connamespace = ${PUBLIC} and k.conrelid <> 0 and k.contype <> 'n'`);
  const indexes = await query(`
    select i.indrelid::int as table_oid, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i
    join pg_class c on c.oid = i.indexrelid
    where c.relnamespace = ${PUBLIC}
      and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid and k.contype in ('p', 'u', 'x'))`);
  const triggers = await query(`
    select t.tgrelid::int as table_oid, pg_get_triggerdef(t.oid) as definition
    from pg_trigger t
    join pg_class c on c.oid = t.tgrelid
    where c.relnamespace = ${PUBLIC} and not t.tgisinternal`);
  const sequences = await query(`
    select s.relname as name, format_type(q.seqtypid, null) as type,
           (select r.relname || '.' || a.attname
              from pg_depend d
              join pg_class r on r.oid = d.refobjid
              join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
             where d.classid = 'pg_class'::regclass and d.objid = s.oid and d.refclassid = 'pg_class'::regclass
               and d.deptype in ('a', 'i')) as owned_by
    from pg_class s
    join pg_sequence q on q.seqrelid = s.oid
    where s.relnamespace = ${PUBLIC}`);
  const functions = await query(`
    select p.proname as name, pg_get_function_identity_arguments(p.oid) as args,
           pg_get_function_result(p.oid) as result, l.lanname as language, p.provolatile as volatility,
           p.proisstrict as strict, p.proparallel as parallel, p.prosecdef as security_definer,
           array_to_string(p.proconfig, ', ') as config
    from pg_proc p
    join pg_language l on l.oid = p.prolang
    where p.pronamespace = ${PUBLIC}
      and not exists (select 1 from pg_depend d
                       where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')`);
  const views = await query(`
    select c.relname as name, c.relkind as kind, pg_get_viewdef(c.oid) as definition
    from pg_class c where c.relnamespace = ${PUBLIC} and c.relkind in ('v', 'm')`);

  const out: string[] = [
    '-- The schema of a freshly migrated database: npm run db:schema writes it, schema.db.test.ts',
    '-- compares it with the migrated test database (ADR 0049). Do not edit by hand.',
    '',
  ];
  for (const name of extensions.map((e) => String(e.name)).sort(byText)) out.push(`create extension ${name};`);
  out.push('');

  const of = (rows: Record<string, unknown>[], oid: unknown) => rows.filter((r) => r.table_oid === oid);
  const sortedTables = [...tables].sort((a, b) => byText(String(a.name), String(b.name)));
  for (const table of sortedTables) {
    const cols = of(columns, table.oid).sort((a, b) => Number(a.position) - Number(b.position));
    const lines = cols.map((c) => {
      let line = `  ${String(c.name)} ${String(c.type)}`;
      if (c.collation) line += ` collate "${String(c.collation)}"`;
      if (c.generated === 's' || c.generated === 'v') {
        line += ` generated always as (${String(c.default_expr)})${c.generated === 's' ? ' stored' : ''}`;
      } else if (c.default_expr != null) {
        line += ` default ${String(c.default_expr)}`;
      }
      if (c.identity === 'a') line += ' generated always as identity';
      if (c.identity === 'd') line += ' generated by default as identity';
      if (c.not_null) line += ' not null';
      return line;
    });
    let head = `create ${table.persistence === 'u' ? 'unlogged ' : ''}table ${String(table.name)}`;
    if (table.parent) head += ` partition of ${String(table.parent)} ${String(table.bound)}`;
    out.push(
      `${head} (`,
      lines.join(',\n'),
      `)${table.partition_key ? ` partition by ${String(table.partition_key)}` : ''}${table.options ? ` with (${String(table.options)})` : ''};`,
    );
    for (const k of of(constraints, table.oid).sort((a, b) => byText(String(a.name), String(b.name)))) {
      out.push(`alter table ${String(table.name)} add constraint ${String(k.name)} ${String(k.definition)};`);
    }
    for (const def of of(indexes, table.oid)
      .map((i) => String(i.definition))
      .sort(byText))
      out.push(`${def};`);
    for (const def of of(triggers, table.oid)
      .map((t) => String(t.definition))
      .sort(byText))
      out.push(`${def};`);
    out.push('');
  }

  const sortedSequences = [...sequences].sort((a, b) => byText(String(a.name), String(b.name)));
  for (const s of sortedSequences) {
    out.push(
      `create sequence ${String(s.name)} as ${String(s.type)}${s.owned_by ? ` owned by ${String(s.owned_by)}` : ''};`,
    );
  }
  out.push('');

  for (const v of [...views].sort((a, b) => byText(String(a.name), String(b.name)))) {
    out.push(
      `create ${v.kind === 'm' ? 'materialized view' : 'view'} ${String(v.name)} as`,
      `${String(v.definition).trim()}`,
      '',
    );
  }

  const volatility: Record<string, string> = { i: 'immutable', s: 'stable', v: 'volatile' };
  const parallel: Record<string, string> = { s: ' parallel safe', r: ' parallel restricted', u: '' };
  const fnLines = functions.map((f) => {
    let line = `-- function ${String(f.name)}(${String(f.args)}) returns ${String(f.result)} language ${String(f.language)}`;
    line += ` ${volatility[String(f.volatility)] ?? String(f.volatility)}`;
    if (f.strict) line += ' strict';
    line += parallel[String(f.parallel)] ?? '';
    if (f.security_definer) line += ' security definer';
    if (f.config) line += ` set ${String(f.config)}`;
    return line;
  });
  out.push('-- Functions, whose text is src/server/domains/<domain>/sql/<function>.sql:');
  out.push(...fnLines.sort(byText));
  return `${out.join('\n')}\n`;
}

/** The tables of the migrated database, by name. */
export async function readTableNames(query: CatalogQuery): Promise<string[]> {
  const rows = await query(
    `select relname as name from pg_class where relnamespace = ${PUBLIC} and relkind in ('r', 'p')`,
  );
  return rows.map((r) => String(r.name)).sort(byText);
}
