/**
 * The migrated database is the one docs/schema.sql describes (ADR 0049): a
 * migration, a function file or a table's classification for scaling that
 * changes the schema changes those files in the same commit.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../tests/support/test-app';
import { databaseFunctionFiles } from './functions';
import { type CatalogQuery, readSchemaSnapshot } from './schema-snapshot';

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
});
