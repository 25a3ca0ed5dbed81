/** The import jobs' SQL, and the areas an officer serves by name. */
import { sql, type Insertable, type Updateable } from 'kysely';
import type { Db } from '../../db/client';
import type { ImportJobsTable } from '../../db/types';

const COLUMNS = [
  'id',
  'kind',
  'file_name',
  'skip_bad',
  'status',
  'total_rows',
  'processed_rows',
  'imported',
  'unchanged',
  'skipped',
  'problems',
  'created_at',
  'finished_at',
] as const;

export function insertJob(db: Db, values: Insertable<ImportJobsTable>) {
  return db.insertInto('import_jobs').values(values).returning(COLUMNS).executeTakeFirstOrThrow();
}

/** A job of this officer's own; another's is not found. */
export function findJob(db: Db, userId: number, id: number) {
  return db
    .selectFrom('import_jobs')
    .select(COLUMNS)
    .where('id', '=', id)
    .where('created_by_user_id', '=', userId)
    .executeTakeFirst();
}

export function findJobByKey(db: Db, userId: number, clientKey: string) {
  return db
    .selectFrom('import_jobs')
    .select(COLUMNS)
    .where('created_by_user_id', '=', userId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
}

export type JobRow = NonNullable<Awaited<ReturnType<typeof findJob>>>;

const RUNNING = ['checking', 'importing'] as const;

/**
 * A running job's progress or outcome, with its sign of life. A job already marked failed (its
 * process taken for dead) is left as it is: answers whether the job was still running.
 */
export async function updateJob(db: Db, id: number, values: Updateable<ImportJobsTable>): Promise<boolean> {
  const result = await db
    .updateTable('import_jobs')
    .set({ ...values, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('status', 'in', RUNNING)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Inside the writing transaction: the job locked, and whether it is still importing (not marked failed). */
export async function stillImporting(db: Db, id: number): Promise<boolean> {
  const row = await db.selectFrom('import_jobs').select('status').where('id', '=', id).forUpdate().executeTakeFirst();
  return row?.status === 'importing';
}

/** Jobs still running with no sign of life since `before`: marked failed at `now`; their ids. */
export async function failJobsSilentSince(db: Db, before: Date, now: Date): Promise<number[]> {
  const rows = await db
    .updateTable('import_jobs')
    .set({ status: 'failed', finished_at: now, updated_at: now })
    .where('status', 'in', RUNNING)
    .where('updated_at', '<', before)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

/** The areas under the officer's own, for placing rows by name. */
export function areasServed(db: Db, paths: readonly string[]) {
  return db
    .selectFrom('areas')
    .select(['id', 'name', 'path', 'level'])
    .where((eb) => eb.or(paths.map((p) => eb('path', 'like', `${p}%`))))
    .execute();
}
