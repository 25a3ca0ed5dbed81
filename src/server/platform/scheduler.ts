/**
 * Background work inside the server process (SPEC §4: no extra service).
 * Each run takes a PostgreSQL advisory lock named after the task, so with
 * several app processes only one of them does a given run, and a tick is skipped
 * when another process started the task within the period (runWhenDue).
 */
import { sql } from 'kysely';
import type { Db } from '../db/client';

export interface BackgroundTask {
  name: string;
  everyMs: number;
  run(db: Db): Promise<void>;
}

export function lockKey(name: string): number {
  let h = 0;
  for (const ch of name) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
}

export async function runOnce(db: Db, task: BackgroundTask): Promise<boolean> {
  return db.connection().execute(async (conn) => {
    const { rows } = await sql<{ ok: boolean }>`select pg_try_advisory_lock(${lockKey(task.name)}) as ok`.execute(conn);
    if (!rows[0]?.ok) return false;
    try {
      await task.run(conn);
      return true;
    } finally {
      await sql`select pg_advisory_unlock(${lockKey(task.name)})`.execute(conn);
    }
  });
}

/**
 * A run at a timer's tick: taken only when no process started the task within
 * the last 90 % of its period (clocks are the database's), so processes whose
 * timers are out of step do not each run it. Returns whether this process ran it.
 */
export async function runWhenDue(db: Db, task: BackgroundTask): Promise<boolean> {
  const claimed = await db
    .insertInto('background_task_runs')
    .values({ name: task.name, last_started_at: sql<Date>`now()` })
    .onConflict((oc) =>
      oc
        .column('name')
        .doUpdateSet({ last_started_at: sql<Date>`now()`, runs: sql<number>`background_task_runs.runs + 1` })
        .where(
          'background_task_runs.last_started_at',
          '<=',
          sql<Date>`now() - make_interval(secs => ${(task.everyMs * 0.9) / 1000})`,
        ),
    )
    .returning('name')
    .executeTakeFirst();
  if (!claimed) return false;
  return runOnce(db, task);
}

export function startScheduler(
  db: Db,
  tasks: BackgroundTask[],
  onError: (task: string, err: unknown) => void,
): () => void {
  const timers = tasks.map((task) =>
    setInterval(() => {
      runWhenDue(db, task).catch((err: unknown) => onError(task.name, err));
    }, task.everyMs),
  );
  for (const t of timers) t.unref();
  return () => timers.forEach(clearInterval);
}

/** Expired sessions and SMS codes older than a day are of no use to anyone. */
export const housekeeping: BackgroundTask = {
  name: 'housekeeping',
  everyMs: 10 * 60 * 1000,
  async run(db) {
    await db
      .deleteFrom('sessions')
      .where('expires_at', '<', sql<Date>`now()`)
      .execute();
    await db
      .deleteFrom('sms_codes')
      .where('created_at', '<', sql<Date>`now() - interval '1 day'`)
      .execute();
  },
};
