/**
 * npm run db:migrate | db:seed | db:reset — against DATABASE_URL, or the
 * bundled server (started for the command and stopped after it).
 */
import pg from 'pg';
import { readEnv } from '../env';
import { createFieldCipher } from '../platform/crypto';
import { loadSecrets } from '../platform/secrets';
import { APP_DATABASE, openDatabase } from './open';
import { startBundledPostgres } from './bundled-postgres';
import { seedDemoStreet } from './seed/demo-street';
import { ADMIN_ROLES } from '../../shared/enums';
import { createStaffAccount } from '../../shared/schemas/staff-accounts';
import { recordAudit } from '../platform/audit';
import { hashPassword } from '../platform/passwords';
import type { Db } from './client';

async function reset(env: ReturnType<typeof readEnv>) {
  if (env.NODE_ENV === 'production') throw new Error('db:reset is refused in production.');
  if (env.DATABASE_URL) {
    if (!process.argv.includes('--yes'))
      throw new Error('db:reset against DATABASE_URL drops every table there; add -- --yes to confirm.');
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    await client.query('drop schema public cascade; create schema public;');
    await client.end();
    return;
  }
  const server = await startBundledPostgres({ dataDir: env.DATA_DIR, port: env.BUNDLED_PG_PORT });
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  await client.query(`drop database if exists "${APP_DATABASE}" with (force)`);
  await client.end();
  await server.stop();
}

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/**
 * The three administrators (三员) exist only through this command, run by
 * whoever installs the platform; the password comes from ADMIN_PASSWORD so it
 * never lands in the shell history.
 */
async function createAdmin(db: Db) {
  const role = flag('role');
  const username = flag('username');
  const name = flag('name') ?? username;
  if (!role || !(ADMIN_ROLES as readonly string[]).includes(role) || !username || !name) {
    throw new Error(
      'usage: npm run admin:create -- --role sysadmin|secadmin|auditor --username NAME [--name 姓名]   (password in ADMIN_PASSWORD)',
    );
  }
  const parsed = createStaffAccount.safeParse({
    username,
    displayName: name,
    password: process.env.ADMIN_PASSWORD ?? '',
  });
  if (!parsed.success)
    throw new Error(
      `Refused: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')} (ADMIN_PASSWORD needs ≥ 10 characters with letters and digits)`,
    );
  const passwordHash = await hashPassword(parsed.data.password);
  await db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('users')
      .values({
        kind: 'staff',
        role,
        username: parsed.data.username,
        display_name: parsed.data.displayName,
        password_hash: passwordHash,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(
      trx,
      { actor: null, ip: null },
      { action: 'staff_account.install_admin', targetType: 'user', targetId: id, after: { username, role } },
    );
  });
  process.stdout.write(`Created ${role} account ${username}.\n`);
}

/** An administrator who lost their authenticator: only whoever runs the installation can reset it. */
async function resetTotp(db: Db) {
  const username = flag('username');
  if (!username) throw new Error('usage: npm run admin:reset-totp -- --username NAME');
  await db.transaction().execute(async (trx) => {
    const user = await trx
      .selectFrom('users')
      .select('id')
      .where('username', '=', username)
      .where('kind', '=', 'staff')
      .executeTakeFirst();
    if (!user) throw new Error(`No staff account ${username}.`);
    await trx
      .updateTable('users')
      .set({ totp_secret_enc: null, totp_pending_enc: null, totp_enabled_at: null, totp_last_step: null })
      .where('id', '=', user.id)
      .execute();
    await trx.deleteFrom('sessions').where('user_id', '=', user.id).execute();
    await recordAudit(
      trx,
      { actor: null, ip: null },
      { action: 'staff_account.totp_reset_install', targetType: 'user', targetId: user.id },
    );
  });
  process.stdout.write(`Two-factor sign-in of ${username} reset; they set it up again at their next sign-in.\n`);
}

async function run(command: string | undefined) {
  const env = readEnv();
  if (command === 'reset') {
    await reset(env);
    process.stdout.write('Database dropped; the next start migrates and seeds it again.\n');
    if (!process.argv.includes('--no-seed') && env.demo) await run('seed');
    return;
  }
  const database = await openDatabase(env);
  try {
    if (command === 'migrate') {
      process.stdout.write('Migrated to the latest schema.\n');
    } else if (command === 'seed') {
      if (!env.demo) throw new Error('Demo data is never seeded in production.');
      const cipher = createFieldCipher(loadSecrets(env));
      const { residents } = await seedDemoStreet(database.db, cipher);
      process.stdout.write(`Seeded the demo street with ${residents} residents.\n`);
    } else if (command === 'create-admin') {
      await createAdmin(database.db);
    } else if (command === 'reset-totp') {
      await resetTotp(database.db);
    } else {
      throw new Error(
        'usage: db/cli.ts migrate | seed | reset | create-admin --role sysadmin|secadmin|auditor --username NAME --name 姓名',
      );
    }
  } finally {
    await database.close();
  }
}

run(process.argv[2]).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
