/**
 * Opens the platform's database: the external server named by DATABASE_URL, or
 * the bundled one (started here, data under DATA_DIR). The app database is
 * created on first use; migrations run before anything else touches it.
 *
 * Either way the app outlives its database: the pool opens new connections on
 * the next query once the server is back, and the bundled server is started
 * again by the app itself when it dies (ADR 0045).
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
  /** Connection string of the app database (the primary hands it to its app processes). */
  url: string;
  /** Superuser URL of the bundled server (tests and tools use it to create databases). */
  adminUrl: string | null;
  /** Stops restarting the bundled server (the process is shutting down); nothing to do for an external one. */
  endSupervision(): void;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Debug detail: the bundled server's own log. */
  log?: (line: string) => void;
  /** What an operator must see: the bundled server died, was restarted, failed to restart. */
  notice?: (line: string) => void;
  /** Restart the bundled server when it dies (the app does; one-off tools do not). */
  supervise?: boolean;
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

export async function openDatabase(env: Env, options: OpenOptions = {}): Promise<OpenDatabase> {
  const { log = () => undefined, notice = log, supervise = false } = options;
  if (env.DATABASE_URL) {
    const db = createDb(env.DATABASE_URL, 20);
    await migrateToLatest(db);
    return {
      db,
      kind: 'external',
      url: env.DATABASE_URL,
      adminUrl: null,
      endSupervision: () => undefined,
      close: () => db.destroy(),
    };
  }
  const server = await startBundledPostgres({ dataDir: env.DATA_DIR, port: env.BUNDLED_PG_PORT, log });
  await ensureDatabase(server.url, APP_DATABASE);
  const url = withDatabase(server.url, APP_DATABASE);
  const db = createDb(url, 20);
  await migrateToLatest(db);
  const endSupervision = supervise ? server.supervise(notice) : () => undefined;
  return {
    db,
    kind: 'bundled',
    url,
    adminUrl: server.url,
    endSupervision,
    close: async () => {
      await db.destroy();
      await server.stop();
    },
  };
}
