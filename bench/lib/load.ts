/**
 * Closed-loop load: `runHttpLoad` drives a URL over N keep-alive connections
 * from a child process (load-worker.ts); `runCallLoad` drives an async
 * function with N concurrent callers in this process (for measuring a service
 * or a query without HTTP). Both record each latency with
 * process.hrtime.bigint() and report the same statistics.
 */
import { fork, type Serializable } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { hrtime } from 'node:process';
import { Samples, summarise, type LatencySummary } from './stats';
import type { LoadOptions, LoadStats } from './types';

export interface HttpLoadRequest {
  url: string;
  method: 'GET';
  headers: Record<string, string>;
  connections: number;
  warmupS: number;
  durationS: number;
  expectStatus: number;
}

export interface HttpLoadResult extends LatencySummary {
  requests: number;
  errors: number;
  elapsedS: number;
  rps: number;
  statuses: Record<string, number>;
  bytesPerResponse: number;
  loadGeneratorCpuPct: number | null;
}

const WORKER = fileURLToPath(new URL('./load-worker.ts', import.meta.url));

/** What a load-generator child process sends back (see load-worker.ts and mixed-load-worker.ts). */
export type WorkerMessage<Result> =
  { type: 'phase'; phase: 'measure' | 'end' } | { type: 'result'; result: Result } | { type: 'error'; error: string };

/** CPU used by this process over a window, as % of one core. */
function cpuPct(from: NodeJS.CpuUsage, seconds: number): number {
  const used = process.cpuUsage(from);
  return seconds > 0 ? ((used.user + used.system) / 1e6 / seconds) * 100 : 0;
}

export interface HttpLoadTarget {
  url: string;
  headers?: Record<string, string>;
  expectStatus?: number;
}

/** Starts a CPU meter of the database server; the function returned reads the ms used since. */
export type CpuMeterStart = () => (() => number) | null;

/**
 * Runs a load-generator module in a child process with `job`, and meters this
 * process's and PostgreSQL's CPU over the window the child reports as measured.
 */
export async function runLoadWorker<Result extends { loadGeneratorCpuPct: number | null }>(
  workerFile: string,
  job: Serializable,
  startPostgresMeter: CpuMeterStart = () => null,
): Promise<{ result: Omit<Result, 'loadGeneratorCpuPct'>; cpu: NonNullable<LoadStats['cpu']> }> {
  // The same Node flags as this process: under tsx they carry its loader, so the worker can be TypeScript too.
  const child = fork(workerFile, [], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let serverCpu: NodeJS.CpuUsage | null = null;
  let postgresMeter: (() => number) | null = null;
  let windowStart = 0n;
  let serverProcessPct: number | undefined;
  let postgresPct: number | undefined;
  const result = await new Promise<Result>((resolve, reject) => {
    child.on('message', (m: WorkerMessage<Result>) => {
      if (m.type === 'phase' && m.phase === 'measure') {
        serverCpu = process.cpuUsage();
        postgresMeter = startPostgresMeter();
        windowStart = hrtime.bigint();
      } else if (m.type === 'phase' && m.phase === 'end') {
        const seconds = Number(hrtime.bigint() - windowStart) / 1e9;
        if (serverCpu) serverProcessPct = cpuPct(serverCpu, seconds);
        if (postgresMeter && seconds > 0) postgresPct = (postgresMeter() / 1000 / seconds) * 100;
      } else if (m.type === 'result') resolve(m.result);
      else if (m.type === 'error') reject(new Error(`load generator: ${m.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load generator exited with code ${code}`));
    });
    child.send(job);
  });
  const { loadGeneratorCpuPct, ...rest } = result;
  return {
    result: rest,
    cpu: {
      ...(serverProcessPct === undefined ? {} : { serverProcessPct }),
      ...(loadGeneratorCpuPct === null ? {} : { loadGeneratorPct: loadGeneratorCpuPct }),
      ...(postgresPct === undefined ? {} : { postgresPct }),
    },
  };
}

export async function runHttpLoad(
  target: HttpLoadTarget,
  load: LoadOptions,
  startPostgresMeter: CpuMeterStart = () => null,
): Promise<LoadStats> {
  const job: HttpLoadRequest = {
    url: target.url,
    method: 'GET',
    headers: target.headers ?? {},
    connections: load.connections,
    warmupS: load.warmupS,
    durationS: load.durationS,
    expectStatus: target.expectStatus ?? 200,
  };
  const { result, cpu } = await runLoadWorker<HttpLoadResult>(WORKER, job, startPostgresMeter);
  return { ...result, cpu };
}

/**
 * N concurrent callers of `call` in this process, closed loop, for the warm-up
 * and then the measured window. A call that throws counts as an error.
 */
export async function runCallLoad(
  call: () => Promise<unknown>,
  load: LoadOptions,
  startPostgresMeter: CpuMeterStart = () => null,
): Promise<LoadStats> {
  const latencies = new Samples();
  let errors = 0;
  const start = hrtime.bigint();
  const measureFrom = start + BigInt(Math.round(load.warmupS * 1e9));
  const stopAt = measureFrom + BigInt(Math.round(load.durationS * 1e9));
  let lastEnd = measureFrom;
  // Set when the measured window opens (an object, so the compiler does not assume it stays empty).
  const measured: { cpu: NodeJS.CpuUsage | null; postgres: (() => number) | null } = { cpu: null, postgres: null };
  const opening = setTimeout(() => {
    measured.cpu = process.cpuUsage();
    measured.postgres = startPostgresMeter();
  }, load.warmupS * 1000);

  const loop = async () => {
    for (;;) {
      const t0 = hrtime.bigint();
      if (t0 >= stopAt) return;
      try {
        await call();
        const t1 = hrtime.bigint();
        if (t0 < measureFrom) continue;
        latencies.push(Number(t1 - t0) / 1e6);
        if (t1 > lastEnd) lastEnd = t1;
      } catch {
        if (t0 >= measureFrom) errors++;
        await new Promise((r) => setTimeout(r, 5));
      }
    }
  };
  await Promise.all(Array.from({ length: load.connections }, loop));
  clearTimeout(opening);
  const elapsedS = Number(lastEnd - measureFrom) / 1e9;
  const samples = latencies.view();
  const cpu: NonNullable<LoadStats['cpu']> = {};
  if (measured.cpu) cpu.serverProcessPct = cpuPct(measured.cpu, elapsedS);
  if (measured.postgres && elapsedS > 0) cpu.postgresPct = (measured.postgres() / 1000 / elapsedS) * 100;
  return {
    requests: samples.length,
    errors,
    elapsedS,
    rps: elapsedS > 0 ? samples.length / elapsedS : 0,
    ...summarise(samples),
    cpu,
  };
}
