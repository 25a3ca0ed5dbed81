import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
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
  // Once the pool is ending, its connections may still be saying goodbye when the
  // bundled server stops; a server ending them then is expected, not news.
  pool.on('error', (err) => {
    if (!pool.ending) process.stderr.write(`database connection lost while idle: ${err.message}\n`);
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: withPreparedStatements(pool) }) });
}

/**
 * Marks a hot statement: SQL that carries this comment (at its start, after its
 * first keyword as Kysely's `modifyFront` puts it, or at its end) is sent as a
 * named prepared statement, parsed once per connection and able to keep a
 * generic plan (ADR 0025). Everything else goes as before, unnamed. Values are
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
      const client = await pool.connect();
      const query = (text: string | pg.Submittable, values?: readonly unknown[]) => {
        if (typeof text !== 'string') return client.query(text); // a cursor (streamed results)
        const base = { text, values: values ? [...values] : [] };
        const config = isPrepared(text) ? { ...base, name: nameOf(text) } : base;
        // pg's callback, inside a promise of our own, rather than the promise pg returns: with
        // pg's, each young-generation collection of a process awaiting queries one after another
        // found megabytes of recent results still reachable and copied them (ADR 0016).
        return new Promise<pg.QueryResult>((resolve, reject) => {
          client.query(config, (err: Error | null, result: pg.QueryResult) => (err ? reject(err) : resolve(result)));
        });
      };
      // Two overloads (text + values, or a cursor) in one function; pg's types don't say which returns what.
      return { query, release: (destroy?: boolean) => client.release(destroy) } as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}
