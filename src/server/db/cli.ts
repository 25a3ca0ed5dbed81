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

async function reset(env: ReturnType<typeof readEnv>) {
  if (env.NODE_ENV === 'production') throw new Error('db:reset is refused in production.');
  if (env.DATABASE_URL) {
    if (!process.argv.includes('--yes')) throw new Error('db:reset against DATABASE_URL drops every table there; add -- --yes to confirm.');
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
    } else {
      throw new Error('usage: db/cli.ts migrate | seed | reset');
    }
  } finally {
    await database.close();
  }
}

run(process.argv[2]).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
