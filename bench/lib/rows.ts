/** Rows of in-process measures: the statistics of timed calls, and a row beside its target. */
import { summarise, type Samples } from './stats';
import type { BenchRow, LoadStats } from './types';

/** The statistics of calls timed one after another (their time added up is the elapsed time). */
export function statsOf(samples: Samples): LoadStats {
  const s = summarise(samples.view());
  const elapsedS = samples.view().reduce((a, b) => a + b, 0) / 1000;
  return { requests: samples.length, errors: 0, elapsedS, rps: samples.length / Math.max(elapsedS, 1e-9), ...s };
}

/** A row measured in-process (no raw baseline), with its target when it has one, shown under another when named. */
export function benchRow(
  name: string,
  stats: LoadStats,
  notes: string,
  target?: { text: string; met: boolean },
  under?: string,
): BenchRow {
  return {
    name,
    ...(under ? { under } : {}),
    medianMs: stats.medianMs,
    p99Ms: stats.p99Ms,
    rps: stats.rps,
    vsRaw: null,
    ...(target ? { target: target.text, met: target.met } : {}),
    notes,
    stats,
  };
}
