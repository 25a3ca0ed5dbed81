import { Migrator, sql } from 'kysely';
import type { Db } from './client';
import { applyDatabaseFunctions, databaseFunctionFiles } from './functions';
import { migrationProvider } from './migrations';

/** Held to the end of the migrating transaction: two processes starting at once migrate one after the other. */
const MIGRATE_LOCK = 7340022;

/**
 * The migrations, then every function file (functions.ts), in one transaction:
 * a database is never left with a migrated table and the functions of before,
 * and a failed file leaves the database as it was.
 */
export async function migrateToLatest(
  db: Db,
  functionFiles: readonly URL[] = databaseFunctionFiles,
): Promise<string[]> {
  // One connection with its own BEGIN/COMMIT: the migrator takes a connection of the Kysely it is
  // given, which a Kysely transaction cannot lend.
  return db.connection().execute(async (conn) => {
    await sql`begin`.execute(conn);
    try {
      await sql`select pg_advisory_xact_lock(${sql.lit(MIGRATE_LOCK)})`.execute(conn);
      const migrator = new Migrator({ db: conn, provider: migrationProvider, disableTransactions: true });
      const { error, results } = await migrator.migrateToLatest();
      if (error) throw error instanceof Error ? error : new Error(String(error));
      await applyDatabaseFunctions(conn, functionFiles);
      await sql`commit`.execute(conn);
      return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    } catch (error) {
      await sql`rollback`.execute(conn).catch(() => undefined);
      throw error;
    }
  });
}
