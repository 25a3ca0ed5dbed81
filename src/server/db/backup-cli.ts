/**
 * npm run db:backup — a backup of the app database into BACKUP_DIR, keeping the newest BACKUP_KEEP.
 * npm run db:restore -- FILE [--force] [--database NAME] — a backup into an empty database: the app
 * database, or NAME on the same server (created when missing). --force empties a database that is not.
 *
 * Either runs against DATABASE_URL, or the bundled server under DATA_DIR: the running one when the app
 * is up (left running), else started for the command and stopped after it (ADR 0061).
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readEnv } from '../env';
import { backupInto, RestoreRefused, restoreBackup } from './backup';
import { startBundledPostgres } from './bundled-postgres';
import { APP_DATABASE, ensureDatabase, withDatabase } from './open';

const say = (line: string) => process.stdout.write(`${line}\n`);

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function run(command: string | undefined) {
  const env = readEnv();
  const database = option('database');
  let adminUrl: string | null = null;
  let stop = async (): Promise<void> => undefined;
  if (!env.DATABASE_URL) {
    const server = await startBundledPostgres({ dataDir: env.DATA_DIR, port: env.BUNDLED_PG_PORT });
    adminUrl = server.url;
    if (!server.reused) stop = () => server.stop();
  }
  try {
    let url = env.DATABASE_URL ?? withDatabase(adminUrl!, APP_DATABASE);
    if (database) {
      url = withDatabase(adminUrl ?? env.DATABASE_URL!, database);
      if (adminUrl) await ensureDatabase(adminUrl, database);
    }
    if (command === 'backup') {
      const { file, header, removed } = await backupInto(url, resolve(env.BACKUP_DIR), env.BACKUP_KEEP);
      const rows = header.tables.reduce((n, t) => n + t.rows, 0);
      say(`Backup written: ${file} (${header.tables.length} tables, ${rows} rows, ${(await stat(file)).size} bytes)`);
      for (const f of removed) say(`  removed the older ${f} (BACKUP_KEEP=${env.BACKUP_KEEP})`);
      say('The encryption keys are not in it: keep DATA_ENCRYPTION_KEY, BLIND_INDEX_KEY and SESSION_SECRET apart.');
    } else if (command === 'restore') {
      const file = process.argv.slice(3).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--database');
      if (!file) throw new Error('usage: npm run db:restore -- FILE [--force] [--database NAME]');
      const header = await restoreBackup(url, resolve(file), { force: process.argv.includes('--force') });
      say(`Restored ${file} (made ${header.createdAt}) into ${new URL(url).pathname.slice(1)}.`);
      say('It reads ID numbers only with the DATA_ENCRYPTION_KEY and BLIND_INDEX_KEY it was made with.');
    } else {
      throw new Error('usage: backup-cli.ts backup | restore FILE [--force] [--database NAME]');
    }
  } finally {
    await stop();
  }
}

run(process.argv[2]).catch((err: unknown) => {
  process.stderr.write(
    `${err instanceof RestoreRefused ? '' : 'Failed: '}${err instanceof Error ? err.message : String(err)}\n`,
  );
  process.exit(err instanceof RestoreRefused ? 2 : 1);
});
