/**
 * Every connection of the app starts without JIT compilation (ADR 0079), whichever server it reaches: the
 * same statements cost the same on a server built with LLVM and on one without.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../tests/support/test-app';

const t = useTestApp();

describe('connection settings', () => {
  it('turns JIT off on every connection the app opens', async () => {
    // more than one connection of the pool at once
    const answers = await Promise.all(
      [1, 2, 3].map(() => sql<{ jit: string }>`select current_setting('jit') as jit, pg_sleep(0.05)`.execute(t.db)),
    );
    expect(answers.map((a) => a.rows[0]?.jit)).toEqual(['off', 'off', 'off']);
  });
});
