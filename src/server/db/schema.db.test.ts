/**
 * The migrated database is the one docs/schema.sql describes (ADR 0049): a
 * migration, a function file or a table's classification for scaling that
 * changes the schema changes those files in the same commit.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { kindsFor, readTableTypes } from '../../../tests/support/table-types';
import { useTestApp } from '../../../tests/support/test-app';
import { databaseFunctionFiles } from './functions';
import { type CatalogQuery, readSchemaSnapshot, readTableNames } from './schema-snapshot';

const t = useTestApp();
const catalog: CatalogQuery = async (text) => (await t.adminQuery(text)).rows as Record<string, unknown>[];
const docs = (name: string) => readFileSync(fileURLToPath(new URL(`../../../docs/${name}`, import.meta.url)), 'utf8');

describe('the migrated schema', () => {
  it('is docs/schema.sql (npm run db:schema writes it)', async () => {
    const migrated = await readSchemaSnapshot(catalog);
    expect(migrated, 'the schema changed: run `npm run db:schema` and commit docs/schema.sql').toBe(docs('schema.sql'));
  });

  it('has exactly the functions of the sql/ files', async () => {
    const { rows } = await t.adminQuery(`
      select p.proname from pg_proc p
      where p.pronamespace = 'public'::regnamespace
        and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')`);
    const inDatabase = rows.map((r: { proname: string }) => r.proname).sort();
    const inFiles = databaseFunctionFiles.map((url) => basename(fileURLToPath(url), '.sql')).sort();
    expect(inDatabase).toEqual(inFiles);
  });

  it('is what types.ts says: every table and column, each with a type that fits and null where the column allows it', async () => {
    const { rows } = await t.adminQuery(`
      select c.relname as table_name, a.attname as column_name, format_type(a.atttypid, a.atttypmod) as type, not a.attnotnull as nullable
      from pg_attribute a join pg_class c on c.oid = a.attrelid
      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
        and c.relname not like 'kysely\\_%' -- the migrator's own`);
    const declared = readTableTypes();
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const r of rows as { table_name: string; column_name: string; type: string; nullable: boolean }[]) {
      const where = `${r.table_name}.${r.column_name} (${r.type}${r.nullable ? ', null' : ''})`;
      seen.add(`${r.table_name}.${r.column_name}`);
      const facts = declared.get(r.table_name)?.get(r.column_name);
      if (!declared.has(r.table_name)) {
        if (!problems.includes(`table ${r.table_name} is not in Database`))
          problems.push(`table ${r.table_name} is not in Database`);
        continue;
      }
      if (!facts) {
        problems.push(`${where} is not in types.ts`);
        continue;
      }
      const expected = kindsFor(r.type);
      if (expected === 'any') continue;
      const wrong = facts.kinds.filter((k) => !expected.includes(k));
      if (wrong.length) problems.push(`${where} is ${facts.kinds.join(' | ')} in types.ts`);
      if (facts.nullable !== r.nullable) {
        problems.push(`${where} is ${facts.nullable ? 'nullable' : 'never null'} in types.ts`);
      }
    }
    for (const [table, columns] of declared) {
      for (const column of columns.keys()) {
        if (!seen.has(`${table}.${column}`)) problems.push(`${table}.${column} is in types.ts but not in the database`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('has every table classified for a distributed deployment in docs/scaling.md, and no other', async () => {
    const rows = docs('scaling.md')
      .split('\n')
      .map((line) => /^\|\s*`(\w+)`\s*\|\s*([a-z]+)\s*\|\s*([^|]*)\|/.exec(line))
      .filter((m) => m !== null)
      .map(([, table, kind, areaKey]) => ({ table: table!, kind: kind!, areaKey: areaKey!.trim() }));
    expect(rows.map((r) => r.table).sort(), 'docs/scaling.md: one row per table of the migrated database').toEqual(
      await readTableNames(catalog),
    );
    expect(rows.filter((r) => !['distributed', 'reference', 'local'].includes(r.kind))).toEqual([]);
    expect(
      rows.filter((r) => r.kind === 'distributed' && !r.areaKey),
      'a distributed table names its area key',
    ).toEqual([]);
  });
});
