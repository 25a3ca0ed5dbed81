/**
 * Opens the platform's database: the external server named by DATABASE_URL, or
 * the bundled one (started here, data under DATA_DIR). The app database is
 * created on first use; migrations run before anything else touches it.
 */
import pg from 'pg';
import type { Env } from '../env';
import { startBundledPostgres } from './bundled-postgres';
import { createDb, type Db } from './client';
import { migrateToLatest } from './migrate';

export const APP_DATABASE = 'weiye';

export interface OpenDatabase {
  db: Db;
  kind: 'bundled' | 'external';
  /** Superuser URL of the bundled server (tests and tools use it to create databases). */
  adminUrl: string | null;
  close(): Promise<void>;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

export async function openDatabase(env: Env, log: (line: string) => void = () => undefined): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    const db = createDb(env.DATABASE_URL, 20);
    await migrateToLatest(db);
    return { db, kind: 'external', adminUrl: null, close: () => db.destroy() };
  }
  const server = await startBundledPostgres({ dataDir: env.DATA_DIR, port: env.BUNDLED_PG_PORT, log });
  await ensureDatabase(server.url, APP_DATABASE);
  const db = createDb(withDatabase(server.url, APP_DATABASE), 20);
  await migrateToLatest(db);
  return {
    db,
    kind: 'bundled',
    adminUrl: server.url,
    close: async () => {
      await db.destroy();
      await server.stop();
    },
  };
}
