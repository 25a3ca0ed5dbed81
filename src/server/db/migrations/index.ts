import type { Migration, MigrationProvider } from 'kysely';
import * as m0001 from './0001-foundation';
import * as m0002 from './0002-area-counts';

/** Listed explicitly so the set of migrations is part of the code, not of a directory scan. */
const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-area-counts': m0002,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
