/**
 * Migrating is one transaction: the migrations and then every function file
 * (ADR 0048). A file that fails leaves the database as it was; two processes
 * that migrate one database at once do it one after the other; the function
 * the database runs is the text of its file.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDb, type Db } from './client';
import { databaseFunctionFiles, readDatabaseFunction } from './functions';
import { migrateToLatest } from './migrate';
import { migrationProvider } from './migrations';
import { withDatabase } from './open';

const adminUrl = inject('adminUrl');
const created: string[] = [];
const open: Db[] = [];

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(statement);
  } finally {
    await client.end();
  }
}

async function freshDatabase(): Promise<{ url: string; db: () => Db }> {
  const name = `weiye_test_migrate_${randomBytes(4).toString('hex')}`;
  await admin(`create database "${name}"`);
  created.push(name);
  const url = withDatabase(adminUrl, name);
  return {
    url,
    db: () => {
      const db = createDb(url, 2);
      open.push(db);
      return db;
    },
  };
}

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await Promise.all(open.map((db) => db.destroy()));
  for (const name of created) await admin(`drop database if exists "${name}" with (force)`);
});

describe('migrating', () => {
  it('leaves the database as it was when a function file fails, and names the file', async () => {
    const { url, db } = await freshDatabase();
    const broken = join(mkdtempSync(join(tmpdir(), 'weiye-sql-')), 'broken_function.sql');
    writeFileSync(broken, 'create or replace function broken_function( returns int language sql as $$ select 1 $$;');
    await expect(migrateToLatest(db(), [...databaseFunctionFiles, pathToFileURL(broken)])).rejects.toThrow(
      /broken_function\.sql: syntax error/,
    );
    expect(await query(url, `select tablename from pg_tables where schemaname = 'public'`)).toEqual([]);
    expect(await query(url, `select proname from pg_proc where pronamespace = 'public'::regnamespace`)).toEqual([]);
  });

  it('runs each migration once when two processes migrate at the same moment, and again changes nothing', async () => {
    const { db } = await freshDatabase();
    const all = Object.keys(await migrationProvider.getMigrations()).sort();
    const [first, second] = await Promise.all([migrateToLatest(db()), migrateToLatest(db())]);
    expect([first, second].sort((a, b) => a.length - b.length)).toEqual([[], all]);
    expect(await migrateToLatest(db())).toEqual([]);
  });

  it('leaves each function as its file writes it', async () => {
    const { url, db } = await freshDatabase();
    await migrateToLatest(db());
    const rows = await query(url, `select proname, prosrc from pg_proc where pronamespace = 'public'::regnamespace`);
    const source = new Map(rows.map((r: { proname: string; prosrc: string }) => [r.proname, r.prosrc]));
    for (const file of databaseFunctionFiles) {
      const name = file.pathname
        .split('/')
        .pop()!
        .replace(/\.sql$/, '');
      const body = source.get(name);
      expect(body, name).toBeDefined();
      expect(readDatabaseFunction(file), name).toContain(body!);
    }
  });
});
