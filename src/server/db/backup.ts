/**
 * Backups that restore (ADR 0061). A backup is one gzip file: a header (the
 * migrations the database had, every table's columns and row count, every
 * sequence's value) and each table's rows in PostgreSQL's COPY text format, all
 * read in one REPEATABLE READ transaction, so the file is the database at one
 * moment while the app goes on writing. The bundled server's npm package ships
 * no pg_dump, and Debian's is older than the server it would have to read: COPY
 * through the app's own driver (pg-copy-streams) works on either server.
 *
 * A restore goes into an empty database: the migrations up to the backup's,
 * the rows with triggers and foreign-key checks off (the rows were consistent
 * when they were read; derived tables are in the file too), the sequences,
 * then the migrations and database functions newer than the backup — all or
 * nothing. The encryption keys are not in the file (README, "Backups").
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Migrator } from 'kysely';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { businessDay } from '../../shared/dates';
import type { BackgroundTask } from '../platform/scheduler';
import { createDb } from './client';
import { migrateToLatest } from './migrate';
import { migrationProvider } from './migrations';

export const BACKUP_FORMAT = 'weiye-backup/1';
/** The migrator's own tables: the header carries which migrations the database had. */
const MIGRATOR_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  serverVersion: string;
  migrations: string[];
  tables: { name: string; columns: string[]; rows: number }[];
  sequences: { name: string; value: number; called: boolean }[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined); // a lost connection fails the query that is running
  await client.connect();
  return client;
}

/** Tables of the public schema and their stored (not generated) columns, in a stable order. */
async function tablesOf(client: pg.Client): Promise<{ name: string; columns: string[] }[]> {
  const { rows } = await client.query<{ name: string; columns: string[] }>(`
    select c.table_name as name, array_agg(c.column_name::text order by c.ordinal_position) as columns
      from information_schema.columns c
      join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
     where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.is_generated = 'NEVER'
     group by c.table_name
     order by c.table_name`);
  return rows.filter((t) => !MIGRATOR_TABLES.has(t.name));
}

/** Writes the database at `url` to `file` (through a .partial file, renamed when complete). */
export async function writeBackup(url: string, file: string): Promise<BackupHeader> {
  const client = await connect(url);
  const partial = `${file}.partial`;
  try {
    await client.query('begin isolation level repeatable read read only');
    const tables = await tablesOf(client);
    const counted = [];
    for (const t of tables) {
      const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from ${ident(t.name)}`);
      counted.push({ ...t, rows: rows[0]!.n });
    }
    const migrations = (
      await client.query<{ name: string }>('select name from kysely_migration order by name')
    ).rows.map((r) => r.name);
    // Sequences are outside transactions: a value read now is at or past every row of the snapshot.
    const sequences = (
      await client.query<{ name: string; value: string; called: boolean }>(
        `select sequencename as name, last_value::text as value, last_value is not null as called
           from pg_sequences where schemaname = 'public' order by sequencename`,
      )
    ).rows
      .filter((s) => s.called)
      .map((s) => ({ name: s.name, value: Number(s.value), called: true }));
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      serverVersion: (await client.query<{ v: string }>('show server_version')).rows[0]!.v,
      migrations,
      tables: counted,
      sequences,
    };

    const gzip = createGzip({ level: 6 });
    const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
    const put = async (chunk: string | Buffer) => {
      if (!gzip.write(chunk)) await once(gzip, 'drain');
    };
    await put(`${JSON.stringify(header)}\n`);
    for (const t of counted) {
      await put(`COPY ${t.name}\n`);
      const stream = client.query(copyTo(`copy ${ident(t.name)} (${t.columns.map(ident).join(', ')}) to stdout`));
      for await (const chunk of stream) await put(chunk as Buffer);
      await put('\\.\n');
    }
    gzip.end();
    await written;
    await client.query('commit');
    await rename(partial, file);
    return header;
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Reads a backup's header without reading its rows. */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    return parseHeader(line);
  }
  throw new Error(`${file} is empty`);
}

function parseHeader(line: string): BackupHeader {
  let header: BackupHeader;
  try {
    header = JSON.parse(line) as BackupHeader;
  } catch {
    throw new Error('not a backup of this platform (no header)');
  }
  if (header.format !== BACKUP_FORMAT) throw new Error(`not a backup of this platform (format ${header.format})`);
  return header;
}

export class RestoreRefused extends Error {}

/** The tables of the public schema: a database with any is not empty. */
async function tableCount(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
  );
  return rows[0]!.n;
}

/**
 * Restores `file` into the database at `url`. Refuses a database that has
 * tables unless `force` (which drops the public schema first). Needs a role
 * that may set session_replication_role (the bundled server's superuser, or
 * the external server's owner role).
 */
export async function restoreBackup(
  url: string,
  file: string,
  options: { force?: boolean } = {},
): Promise<BackupHeader> {
  const known = Object.keys(await migrationProvider.getMigrations()).sort();
  const client = await connect(url);
  try {
    if ((await tableCount(client)) > 0) {
      if (!options.force) {
        throw new RestoreRefused(
          'The database is not empty; restoring would mix two databases. Restore into an empty one, or add --force to drop everything in it first.',
        );
      }
      await client.query('drop schema public cascade; create schema public');
    }
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    const it = lines[Symbol.asyncIterator]();
    const first = await it.next();
    if (first.done) throw new Error(`${file} is empty`);
    const header = parseHeader(first.value);
    const newer = header.migrations.filter((m) => !known.includes(m));
    if (newer.length > 0) throw new RestoreRefused(`The backup is from a newer version (migration ${newer[0]}).`);

    await client.query('begin');
    try {
      // The schema as it was when the backup was made; the newer migrations run after the rows are in.
      const db = createDb(url, 1);
      try {
        await db.connection().execute(async (conn) => {
          const migrator = new Migrator({ db: conn, provider: migrationProvider });
          const last = header.migrations.at(-1);
          const { error } = last ? await migrator.migrateTo(last) : { error: undefined };
          if (error) throw error instanceof Error ? error : new Error(String(error));
        });
      } finally {
        await db.destroy();
      }
      await client.query('set local session_replication_role = replica');
      const byName = new Map(header.tables.map((t) => [t.name, t]));
      for (;;) {
        const next = await it.next();
        if (next.done) break;
        if (!next.value.startsWith('COPY ')) throw new Error(`damaged backup near "${next.value.slice(0, 40)}"`);
        const table = byName.get(next.value.slice(5));
        if (!table) throw new Error(`damaged backup: ${next.value.slice(5)} is not in its header`);
        // Rows a migration wrote (default settings) are in the backup as they were then.
        await client.query(`delete from ${ident(table.name)}`);
        const stream = client.query(
          copyFrom(`copy ${ident(table.name)} (${table.columns.map(ident).join(', ')}) from stdin`),
        );
        const done = new Promise<void>((resolve, reject) => {
          stream.on('finish', resolve);
          stream.on('error', reject);
        });
        for (;;) {
          const row = await it.next();
          if (row.done) throw new Error(`damaged backup: ${table.name} ends early`);
          if (row.value === '\\.') break;
          if (!stream.write(`${row.value}\n`)) await once(stream, 'drain');
        }
        stream.end();
        await done;
      }
      for (const s of header.sequences) {
        await client.query('select setval($1::regclass, $2, $3)', [ident(s.name), s.value, s.called]);
      }
      await client.query('commit');
    } catch (err) {
      await client.query('rollback').catch(() => undefined);
      // The migrations above ran on their own connection: leave the database empty, as it was.
      await client.query('drop schema public cascade; create schema public').catch(() => undefined);
      throw err;
    }
    // Migrations newer than the backup, and the database functions of this version.
    const db = createDb(url, 1);
    try {
      await migrateToLatest(db);
    } finally {
      await db.destroy();
    }
    return header;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** `weiye-20261207T023000Z.backup`: names that sort by time. */
export function backupFileName(at = new Date()): string {
  return `weiye-${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}.backup`;
}

/** Writes a new backup into `dir` and removes all but the newest `keep`. */
export async function backupInto(url: string, dir: string, keep: number, at = new Date()) {
  await mkdir(dir, { recursive: true });
  const file = join(dir, backupFileName(at));
  const header = await writeBackup(url, file);
  const all = (await readdir(dir)).filter((f) => /^weiye-\d{8}T\d{6}Z\.backup$/.test(f)).sort();
  const removed = all.slice(0, Math.max(0, all.length - keep));
  for (const f of removed) await rm(join(dir, f), { force: true });
  return { file, header, removed };
}

/** Whether `dir` holds a backup made on or after `since`. */
export async function hasBackupSince(dir: string, since: Date): Promise<boolean> {
  const all = await readdir(dir).catch(() => [] as string[]);
  return all.some((f) => /^weiye-\d{8}T\d{6}Z\.backup$/.test(f) && f >= backupFileName(since));
}

/** The hour (Asia/Shanghai) from which the nightly backup is due, when the street's offices are closed. */
export const NIGHTLY_BACKUP_HOUR = 2;

/** Whether the nightly backup is due at `now`: past 02:00 Shanghai time and none written since that day began. */
export async function nightlyBackupDue(dir: string, now: Date): Promise<boolean> {
  const dayStart = new Date(`${businessDay(now)}T00:00:00+08:00`);
  if (now.getTime() - dayStart.getTime() < NIGHTLY_BACKUP_HOUR * 3_600_000) return false;
  return !(await hasBackupSince(dir, dayStart));
}

/** With BACKUP_NIGHTLY=true: every ten minutes the scheduler looks whether tonight's backup is due. */
export function nightlyBackupTask(settings: { url: string; dir: string; keep: number }): BackgroundTask {
  return {
    name: 'nightly-backup',
    everyMs: 10 * 60 * 1000,
    async run() {
      if (await nightlyBackupDue(settings.dir, new Date())) {
        await backupInto(settings.url, settings.dir, settings.keep);
      }
    },
  };
}
