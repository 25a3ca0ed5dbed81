/**
 * One PostgreSQL server per test run: the bundled one (data under
 * data/test-pg), or the server DATABASE_URL names. A template database is
 * migrated and seeded with a small demo street once; every test file clones it.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createDb } from '../../src/server/db/client';
import { startBundledPostgres, type BundledPostgres } from '../../src/server/db/bundled-postgres';
import { migrateToLatest } from '../../src/server/db/migrate';
import { withDatabase } from '../../src/server/db/open';
import { seedDemoStreet } from '../../src/server/db/seed/demo-street';
import { createFieldCipher } from '../../src/server/platform/crypto';
import { checkoutPort } from './checkout-port';

export const TEMPLATE = 'weiye_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    databaseKind: 'bundled' | 'external';
    dataKey: string;
    blindIndexKey: string;
  }
}

let server: BundledPostgres | null = null;

async function admin(url: string, statements: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  let adminUrl = process.env.DATABASE_URL;
  const databaseKind = adminUrl ? 'external' : 'bundled';
  if (!adminUrl) {
    server = await startBundledPostgres({
      dataDir: 'data/test-pg',
      port: checkoutPort(54339, process.env.TEST_PG_PORT),
    });
    adminUrl = server.url;
  }
  // Drop what an earlier, interrupted run left behind.
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const stale = await client.query<{ datname: string }>(
    `select datname from pg_database where datname like 'weiye_test_%'`,
  );
  for (const { datname } of stale.rows) await client.query(`drop database if exists "${datname}" with (force)`);
  await client.end();
  await admin(adminUrl, [`create database "${TEMPLATE}"`]);

  const keys = { dataKey: randomBytes(32), blindIndexKey: randomBytes(32) };
  const db = createDb(withDatabase(adminUrl, TEMPLATE), 2);
  await migrateToLatest(db);
  await seedDemoStreet(db, createFieldCipher(keys), { residents: 60 });
  await db.destroy();

  project.provide('adminUrl', adminUrl);
  project.provide('databaseKind', databaseKind);
  project.provide('dataKey', keys.dataKey.toString('base64'));
  project.provide('blindIndexKey', keys.blindIndexKey.toString('base64'));

  return async () => {
    await admin(adminUrl, [`drop database if exists "${TEMPLATE}" with (force)`]).catch(() => undefined);
    await server?.stop();
  };
}
