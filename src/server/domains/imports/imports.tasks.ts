import type { BackgroundTask } from '../../platform/scheduler';
import { failInterruptedImports } from './imports.service';

/** Imports whose process died (silent past the limit) are marked failed, once across processes (ADR 0077). */
export const importsInterruptedTask: BackgroundTask = {
  name: 'imports-interrupted',
  everyMs: 5 * 60 * 1000,
  async run(db) {
    await failInterruptedImports(db, new Date());
  },
};
