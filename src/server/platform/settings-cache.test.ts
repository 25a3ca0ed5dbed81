import { describe, expect, it } from 'vitest';
import type { Db } from '../db/client';
import { settingsCache } from './settings-cache';

/** A loader that counts its loads and answers with the load's number. */
function counting() {
  let loads = 0;
  return {
    get loads() {
      return loads;
    },
    load: async () => ++loads,
  };
}

describe('settingsCache', () => {
  const db = {} as Db;

  it('loads once while the version stays, and again when it moves', async () => {
    const source = counting();
    const cache = settingsCache(source.load);
    expect(await cache.get(db, 7)).toBe(1);
    expect(await cache.get(db, 7)).toBe(1);
    expect(source.loads).toBe(1);
    expect(await cache.get(db, 8)).toBe(2);
    expect(await cache.get(db, 8)).toBe(2);
    expect(source.loads).toBe(2);
  });

  it('answers a reader that saw an older version with the newer value it holds', async () => {
    const source = counting();
    const cache = settingsCache(source.load);
    expect(await cache.get(db, 8)).toBe(1);
    expect(await cache.get(db, 7)).toBe(1);
    expect(source.loads).toBe(1);
  });

  it('keeps one entry per database handle', async () => {
    const source = counting();
    const cache = settingsCache(source.load);
    const otherDb = {} as Db;
    expect(await cache.get(db, 1)).toBe(1);
    expect(await cache.get(otherDb, 1)).toBe(2);
    expect(await cache.get(db, 1)).toBe(1);
  });

  it('shares one load between readers that ask at once, and keeps no failed load', async () => {
    let loads = 0;
    let fail = true;
    const cache = settingsCache(async () => {
      loads++;
      if (fail) throw new Error('database gone');
      return loads;
    });
    const [a, b] = await Promise.allSettled([cache.get(db, 1), cache.get(db, 1)]);
    expect([a.status, b.status]).toEqual(['rejected', 'rejected']);
    expect(loads).toBe(1);
    fail = false;
    expect(await cache.get(db, 1)).toBe(2);
    expect(await cache.get(db, 1)).toBe(2);
  });
});
