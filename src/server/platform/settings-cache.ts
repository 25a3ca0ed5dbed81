/**
 * Settings an app process keeps in memory until they change (ADR 0071). Each topic has a version in
 * `settings_versions`, raised by triggers on the topic's tables in the very transaction that changes them (the
 * triggers live in the domain's sql/ files). A reader learns the current version in a query it makes anyway
 * (`settingsVersion()` as one more column) and gets the held value only while the version is the one it was loaded
 * at; otherwise it loads again. So every process, and a change made outside the app (a migration, psql), is seen
 * on the next read after it commits, with no message between processes to lose or wait for.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/client';

/** The topic's current version, as a column of a query the caller makes anyway. */
export function settingsVersion(topic: string): RawBuilder<number> {
  return sql<number>`(select v.version from settings_versions v where v.topic = ${topic})`;
}

export interface SettingsCache<T> {
  /**
   * The settings as of `version`: the held value when it was loaded at that version or a later one (versions only
   * rise), else loaded now. The caller reads `version` before calling, so a value loaded here is never older than
   * the version it is kept under.
   */
  get(db: Db, version: number): Promise<T>;
}

/**
 * A cache of one topic's settings, one entry per database handle (a process has one; tests open one per database).
 * A load that fails is not kept.
 */
export function settingsCache<T>(load: (db: Db) => Promise<T>): SettingsCache<T> {
  const held = new WeakMap<Db, { version: number; value: Promise<T> }>();
  return {
    get(db, version) {
      const entry = held.get(db);
      if (entry && entry.version >= version) return entry.value;
      const value = load(db);
      held.set(db, { version, value });
      value.catch(() => {
        if (held.get(db)?.value === value) held.delete(db);
      });
      return value;
    },
  };
}
