/**
 * What a benchmark is given and what it gives back. A benchmark measures and
 * reports; it never asserts a time (machines differ, and a red build for a slow
 * CI runner teaches nothing).
 */
import type { Db } from '../../src/server/db/client';
import type { FieldCipher } from '../../src/server/platform/crypto';
import type { MemorySmsProvider } from '../../src/server/platform/sms';

export interface LoadOptions {
  /** Concurrent connections (HTTP) or concurrent callers (in-process). */
  connections: number;
  /** Seconds measured, after the warm-up. */
  durationS: number;
  /** Seconds run first and not recorded (JIT, pool connections, PostgreSQL caches). */
  warmupS: number;
}

export interface BenchContext {
  /** The bench database: migrated, the demo street's areas and staff, then the generated residents and enterprises. */
  db: Db;
  cipher: FieldCipher;
  /** The app's SMS provider: its outbox holds the sign-in codes "sent" to residents. */
  sms: MemorySmsProvider;
  /** The real app (buildApp), listening on 127.0.0.1 in this process, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  databaseKind: 'bundled' | 'external';
  scale: { residents: number; enterprises: number };
  /**
   * Multiplies the data each capability's benchmark generates for itself
   * (its issue's scale at 1; `--scale 0.01` for a quick look).
   */
  scaleFactor: number;
  /** The flags' load, over this benchmark's own defaults (`Benchmark.defaultLoad`). */
  load: LoadOptions;
  /** Starts measuring the bundled PostgreSQL's CPU use; the function returned gives the ms used since. Null when it cannot be read (external server, not Linux). */
  startPostgresCpuMeter(): (() => number) | null;
  /** Reads tables and their indexes into shared buffers before a latency measure; the MB read, or null without pg_prewarm. */
  prewarm(tables: readonly string[]): Promise<number | null>;
  log(line: string): void;
}

/** Latency and throughput of one closed-loop run. */
export interface LoadStats {
  /** Completed requests (or calls) recorded after the warm-up. */
  requests: number;
  /** Failed requests: socket errors and answers with another status than expected. */
  errors: number;
  elapsedS: number;
  rps: number;
  meanMs: number;
  medianMs: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  /** HTTP only: how many answers had each status. */
  statuses?: Record<string, number>;
  /** HTTP only: mean body bytes per answer. */
  bytesPerResponse?: number;
  /** CPU used during the run, as % of one core. */
  cpu?: { serverProcessPct?: number; loadGeneratorPct?: number; postgresPct?: number };
}

export interface BenchRow {
  /** What was measured, e.g. `resident-list page 1`; for a comparison row, its variant, e.g. `raw node:http, same bytes`. */
  name: string;
  /** A comparison row: the name of the row it is shown under. */
  under?: string;
  medianMs: number;
  p99Ms: number;
  rps: number;
  /** Throughput as a ratio to raw node:http serving the same bytes in the same run; null when not compared. */
  vsRaw: number | null;
  /** The figure the capability promises, in words beside the measured one, e.g. `p99 ≤ 10 ms`; the report says whether it was met but never fails. */
  target?: string;
  /** Whether the measured figure meets the target; absent when there is no target. */
  met?: boolean;
  notes: string;
  stats: LoadStats;
}

export interface Benchmark {
  /** kebab-case; what `--only <name>` selects. */
  name: string;
  /** One sentence: what is measured, through which layers. */
  description: string;
  /** Its own defaults for the load, where the run-wide ones do not fit; a flag given on the command line wins. */
  defaultLoad?: Partial<LoadOptions>;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}
