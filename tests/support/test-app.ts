/**
 * A fresh database cloned from the seeded template, and the app built on it,
 * for one test file. Requests go through `inject`: no port is opened.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { buildApp } from '../../src/server/app';
import { CONNECTION_OPTIONS, createDb, type Db } from '../../src/server/db/client';
import { withDatabase } from '../../src/server/db/open';
import { readEnv } from '../../src/server/env';
import { createFieldCipher, type FieldCipher } from '../../src/server/platform/crypto';
import { MemorySmsProvider } from '../../src/server/platform/sms';
import { expectNoPersonalDataInAudit } from './audit-personal-data';
import { TEMPLATE } from './global-db';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  /** This file's database, for a second app on it (as a second process of one server would be). */
  databaseUrl: string;
  sms: MemorySmsProvider;
  cipher: FieldCipher;
  /** A superuser connection to this file's database, for checks the app may not make. */
  adminQuery: (text: string, values?: unknown[]) => Promise<pg.QueryResult>;
}

export function useTestApp(options: { rateLimits?: boolean } = {}): TestApp {
  const ctx = {} as TestApp;
  const name = `weiye_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const adminUrl = inject('adminUrl');
  let adminClient: pg.Client;

  beforeAll(async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`create database "${name}" template "${TEMPLATE}"`);
    await c.end();
    const url = withDatabase(adminUrl, name);
    ctx.databaseUrl = url;
    ctx.db = createDb(url, 5);
    ctx.sms = new MemorySmsProvider();
    ctx.cipher = createFieldCipher({
      dataKey: Buffer.from(inject('dataKey'), 'base64'),
      blindIndexKey: Buffer.from(inject('blindIndexKey'), 'base64'),
    });
    ctx.app = await buildApp({
      db: ctx.db,
      env: readEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO: 'true' }),
      cipher: ctx.cipher,
      sms: ctx.sms,
      sessionSecret: randomBytes(32).toString('hex'),
      databaseKind: inject('databaseKind'),
      rateLimits: options.rateLimits ?? false,
    });
    await ctx.app.ready();
    adminClient = new pg.Client({ connectionString: url, options: CONNECTION_OPTIONS });
    await adminClient.connect();
    ctx.adminQuery = (text, values) => adminClient.query(text, values);
  });

  afterAll(async () => {
    try {
      // Whatever the file did, the audit log it left names who did what, never personal data.
      if (adminClient) await expectNoPersonalDataInAudit(ctx.adminQuery, ctx.cipher);
    } finally {
      await ctx.app?.close();
      await ctx.db?.destroy();
      await adminClient?.end();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    }
  });

  return ctx;
}
