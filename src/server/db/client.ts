import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import pg from 'pg';
import type { Database } from './types';
import { fromDatabase, isDatabaseUnavailable } from './unavailable';

// int8 ids and counts fit easily in a double; dates stay 'YYYY-MM-DD' strings so
// no time zone ever shifts a business day.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type Db = Kysely<Database>;

const pools = new WeakMap<Db, pg.Pool>();

/** How busy a database's connection pool is (the metrics read it). */
export function poolStats(db: Db): { total: number; idle: number; waiting: number } {
  const pool = pools.get(db);
  return pool
    ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }
    : { total: 0, idle: 0, waiting: 0 };
}

/**
 * Settings every connection of the app starts with (ADR 0079): no JIT compilation. The app's statements are
 * short, and the few large ones (a quarter's 贴息, a factory's day, a dashboard figure) are estimated above
 * jit_above_cost and would spend more compiling than running — a server built with LLVM (Debian's) took
 * ten times as long as one without (the bundled one) for the same answers.
 */
export const CONNECTION_OPTIONS = '-c jit=off';

export function createDb(connectionString: string, max = 10): Db {
  const pool = new pg.Pool({
    connectionString,
    options: CONNECTION_OPTIONS,
    max,
    // A request waits at most this long for a connection (the server unreachable, or every
    // connection busy) and is then answered 503 instead of hanging.
    connectionTimeoutMillis: 10_000,
    // A server that vanished without closing its sockets (a host gone, a dropped route) is
    // noticed by TCP rather than at the next query's timeout.
    keepAlive: true,
  });
  // An idle connection that the server closes (a restart, a failover, an
  // administrator) must not take the process down: the pool drops it and the
  // next query opens a new one.
  // Once the pool is ending, its connections may still be saying goodbye when the
  // bundled server stops; a server ending them then is expected, not news.
  pool.on('error', (err) => {
    if (!pool.ending) process.stderr.write(`database connection lost while idle: ${err.message}\n`);
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: withPreparedStatements(pool) }) });
  pools.set(db, pool);
  return db;
}

/**
 * Marks a hot statement: SQL that carries this comment (at its start, after its
 * first keyword as Kysely's `modifyFront` puts it, or at its end) is sent as a
 * named prepared statement, parsed once per connection and able to keep a
 * generic plan (ADR 0035). Everything else goes as before, unnamed. Values are
 * always parameters, so only code can put the mark in a statement's text.
 */
export const PREPARED = '/* prepared */';
const isPrepared = (text: string) => text.includes(PREPARED);

function withPreparedStatements(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = names.get(text);
    if (!name) {
      name = `weiye_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
      names.set(text, name);
    }
    return name;
  };
  return {
    async connect() {
      const client = await pool.connect().catch((err: unknown) => Promise.reject(fromDatabase(err)));
      // pg emits 'error' on a client whose connection dies, and the pool listens only while the
      // client is idle: without a listener of our own, a server that stops while a request holds
      // a connection would end the whole process. The request itself learns of it from its
      // query's error; the connection is then destroyed on release, never reused.
      let broken = false;
      const onError = () => {
        broken = true;
      };
      client.on('error', onError);
      const query = (text: string | pg.Submittable, values?: readonly unknown[]) => {
        if (typeof text !== 'string') return client.query(text); // a cursor (streamed results)
        const base = { text, values: values ? [...values] : [] };
        const config = isPrepared(text) ? { ...base, name: nameOf(text) } : base;
        // pg's callback, inside a promise of our own, rather than the promise pg returns: with
        // pg's, each young-generation collection of a process awaiting queries one after another
        // found megabytes of recent results still reachable and copied them (ADR 0043).
        return new Promise<pg.QueryResult>((resolve, reject) => {
          client.query(config, (err: Error | null, result: pg.QueryResult) => {
            if (!err) return resolve(result);
            if (isDatabaseUnavailable(fromDatabase(err))) broken = true;
            reject(err);
          });
        });
      };
      const release = (destroy?: boolean) => {
        client.removeListener('error', onError);
        client.release(destroy || broken);
      };
      // Two overloads (text + values, or a cursor) in one function; pg's types don't say which returns what.
      return { query, release } as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}
