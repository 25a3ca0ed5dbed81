/** The import jobs' SQL, and the areas an officer serves by name. */
import type { Insertable, Updateable } from 'kysely';
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

export async function updateJob(db: Db, id: number, values: Updateable<ImportJobsTable>) {
  await db.updateTable('import_jobs').set(values).where('id', '=', id).execute();
}

/** The areas under the officer's own, for placing rows by name. */
export function areasServed(db: Db, paths: readonly string[]) {
  return db
    .selectFrom('areas')
    .select(['id', 'name', 'path', 'level'])
    .where((eb) => eb.or(paths.map((p) => eb('path', 'like', `${p}%`))))
    .execute();
}
