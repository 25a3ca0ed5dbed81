/**
 * The whole platform for the browser journeys: the bundled PostgreSQL with a
 * fresh, seeded demo street, and the app (API + built web) on a loopback port.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { buildApp } from '../../../src/server/app';
import { startBundledPostgres } from '../../../src/server/db/bundled-postgres';
import { createDb } from '../../../src/server/db/client';
import { migrateToLatest } from '../../../src/server/db/migrate';
import { withDatabase } from '../../../src/server/db/open';
import { checkoutPort } from '../../support/checkout-port';
import { seedDemoStreet } from '../../../src/server/db/seed/demo-street';
import { readEnv } from '../../../src/server/env';
import { createFieldCipher } from '../../../src/server/platform/crypto';
import { MemorySmsProvider } from '../../../src/server/platform/sms';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The journeys' database, for a journey that must make its own rows (a slot today, whatever the hour). */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  const server = external
    ? null
    : await startBundledPostgres({ dataDir: 'data/e2e-pg', port: checkoutPort(54341, process.env.E2E_PG_PORT) });
  const adminUrl = external ?? server!.url;
  const name = 'weiye_e2e';
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${name}" with (force)`);
  await admin.query(`create database "${name}"`);
  await admin.end();

  const db = createDb(withDatabase(adminUrl, name), 10);
  await migrateToLatest(db);
  const cipher = createFieldCipher({ dataKey: randomBytes(32), blindIndexKey: randomBytes(32) });
  await seedDemoStreet(db, cipher, { residents: 120 });
  const app = await buildApp({
    db,
    env: readEnv({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DEMO: 'true',
      // every journey signs in from 127.0.0.1: one address for the whole street's residents
      SMS_CODES_PER_IP_PER_DAY: '10000',
    }),
    cipher,
    sms: new MemorySmsProvider(),
    sessionSecret: randomBytes(32).toString('hex'),
    databaseKind: external ? 'external' : 'bundled',
    rateLimits: false,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('databaseUrl', withDatabase(adminUrl, name));

  return async () => {
    await app.close();
    await db.destroy();
    await server?.stop();
  };
}
