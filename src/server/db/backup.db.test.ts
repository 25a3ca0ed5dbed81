/**
 * The restore drill (ADR 0061): the seeded street is backed up while writes go
 * on, restored into another database, and the restored one must hold what the
 * backup's moment held — every table's row count as the header says, an audit
 * chain that verifies, every factory's settled lines equal to its records ×
 * rates — and a second restore into it is refused.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { expectLedgerBalanced } from '../../../tests/support/piecework-ledger';
import { useTestApp } from '../../../tests/support/test-app';
import { recordAudit, verifyAuditChain } from '../platform/audit';
import {
  backupFileName,
  backupInto,
  nightlyBackupDue,
  readBackupHeader,
  RestoreRefused,
  restoreBackup,
} from './backup';
import { createDb, type Db } from './client';
import { withDatabase } from './open';

const t = useTestApp();
const dir = mkdtempSync(join(tmpdir(), 'weiye-backup-'));
const adminUrl = inject('adminUrl');
let restoredName = '';
let restored: Db | null = null;

async function admin(text: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await c.query(text);
  } finally {
    await c.end();
  }
}

afterAll(async () => {
  await restored?.destroy();
  if (restoredName) await admin(`drop database if exists "${restoredName}" with (force)`);
  rmSync(dir, { recursive: true, force: true });
});

describe('a backup restores', () => {
  it('restores the seeded street, backed up under writes, with every invariant holding', async () => {
    const name = (await t.adminQuery('select current_database() as name')).rows[0]!.name as string;
    const url = withDatabase(adminUrl, name);

    // A little write load for as long as the backup takes: events on the audit chain, sessions.
    let writing = true;
    let written = 0;
    const load = (async () => {
      while (writing) {
        await recordAudit(
          t.db,
          { actor: null, ip: null },
          { action: 'drill.write', targetType: 'drill', targetId: written },
        );
        await t.adminQuery(
          `insert into sessions (sid, data, expires_at) values ($1, '{}', now() + interval '1 hour')`,
          [`drill-${written}`],
        );
        written++;
      }
    })();
    while (written < 5) await new Promise((r) => setTimeout(r, 5));
    const { file, header } = await backupInto(url, dir, 3);
    writing = false;
    await load;
    expect(written).toBeGreaterThan(5);
    expect(await readBackupHeader(file)).toEqual(header);
    expect(header.tables.find((x) => x.name === 'piece_records')!.rows).toBeGreaterThan(0);

    restoredName = `${name}_restored`;
    await admin(`create database "${restoredName}"`);
    const restoredUrl = withDatabase(adminUrl, restoredName);
    await restoreBackup(restoredUrl, file);
    restored = createDb(restoredUrl, 2);

    const c = new pg.Client({ connectionString: restoredUrl });
    await c.connect();
    try {
      for (const table of header.tables) {
        const { rows } = await c.query<{ n: number }>(`select count(*)::int as n from "${table.name}"`);
        expect(rows[0]!.n, table.name).toBe(table.rows);
      }
      const { rows: migrated } = await c.query<{ name: string }>('select name from kysely_migration order by name');
      expect(migrated.map((m) => m.name)).toEqual(header.migrations);
    } finally {
      await c.end();
    }

    const chain = await verifyAuditChain(restored);
    expect(chain.ok).toBe(true);
    expect(chain.checked).toBe(header.tables.find((x) => x.name === 'audit_events')!.rows);

    await expectLedgerBalanced({ db: restored });

    // New rows get new ids: the sequences came back with the rows.
    await recordAudit(restored, { actor: null, ip: null }, { action: 'drill.after', targetType: 'drill' });
    expect((await verifyAuditChain(restored)).ok).toBe(true);

    // A database with tables in it is refused, and left as it was.
    await expect(restoreBackup(restoredUrl, file)).rejects.toBeInstanceOf(RestoreRefused);
    expect((await verifyAuditChain(restored)).checked).toBe(chain.checked + 1);
  });

  it('keeps the newest BACKUP_KEEP backups', async () => {
    const name = (await t.adminQuery('select current_database() as name')).rows[0]!.name as string;
    const url = withDatabase(adminUrl, name);
    const keepDir = join(dir, 'keep');
    const made = [];
    for (let i = 0; i < 3; i++) made.push((await backupInto(url, keepDir, 2, new Date(Date.UTC(2026, 0, 1 + i)))).file);
    expect(readdirSync(keepDir).sort()).toEqual(made.slice(1).map((f) => f.split('/').at(-1)));
  });
});

describe('the nightly backup', () => {
  it('is due after 02:00 Shanghai time, once a day', async () => {
    const nightly = join(dir, 'nightly');
    mkdirSync(nightly, { recursive: true });
    // 2026-03-10 01:30 and 02:10 in Shanghai are 17:30 and 18:10 UTC the day before.
    expect(await nightlyBackupDue(nightly, new Date('2026-03-09T17:30:00Z'))).toBe(false);
    expect(await nightlyBackupDue(nightly, new Date('2026-03-09T18:10:00Z'))).toBe(true);
    writeFileSync(join(nightly, backupFileName(new Date('2026-03-09T18:10:00Z'))), '');
    expect(await nightlyBackupDue(nightly, new Date('2026-03-10T09:00:00Z'))).toBe(false);
    // The next Shanghai day, after 02:00, it is due again.
    expect(await nightlyBackupDue(nightly, new Date('2026-03-10T18:05:00Z'))).toBe(true);
  });
});
