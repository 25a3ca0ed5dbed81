import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './types';

// int8 ids and counts fit easily in a double; dates stay 'YYYY-MM-DD' strings so
// no time zone ever shifts a business day.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type Db = Kysely<Database>;

export function createDb(connectionString: string, max = 10): Db {
  const pool = new pg.Pool({ connectionString, max });
  // An idle connection that the server closes (a restart, a failover, an
  // administrator) must not take the process down: the pool drops it and the
  // next query opens a new one.
  pool.on('error', (err) => {
    process.stderr.write(`database connection lost while idle: ${err.message}\n`);
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
