/**
 * npm run db:schema: migrates a fresh database and writes its schema to
 * docs/schema.sql (schema-snapshot.ts). The database is a new one on the
 * server DATABASE_URL names, or on a bundled server under data/schema-pg;
 * either way it is dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startBundledPostgres, type BundledPostgres } from './bundled-postgres';
import { createDb } from './client';
import { migrateToLatest } from './migrate';
import { withDatabase } from './open';
import { readSchemaSnapshot } from './schema-snapshot';

const target = fileURLToPath(new URL('../../../docs/schema.sql', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function admin(url: string, statement: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

async function main() {
  let server: BundledPostgres | null = null;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    server = await startBundledPostgres({ dataDir: 'data/schema-pg', port: await freePort() });
    adminUrl = server.url;
  }
  const name = `weiye_schema_${randomBytes(4).toString('hex')}`;
  await admin(adminUrl, `create database "${name}"`);
  try {
    const db = createDb(withDatabase(adminUrl, name), 2);
    try {
      await migrateToLatest(db);
    } finally {
      await db.destroy();
    }
    const client = new pg.Client({ connectionString: withDatabase(adminUrl, name) });
    await client.connect();
    try {
      const text = await readSchemaSnapshot(async (query) => (await client.query(query)).rows);
      await writeFile(target, text);
    } finally {
      await client.end();
    }
    process.stdout.write(`Wrote ${target}.\n`);
  } finally {
    await admin(adminUrl, `drop database if exists "${name}" with (force)`);
    await server?.stop();
  }
}

await main();
