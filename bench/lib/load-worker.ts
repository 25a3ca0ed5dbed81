/**
 * The HTTP load generator, run as a child process (see load.ts) so that it has
 * its own event loop and does not steal the server's: a closed loop of N
 * keep-alive connections, each sending its next request as soon as the last
 * answer has been read in full, for a warm-up and then a measured window.
 */
import http from 'node:http';
import { hrtime } from 'node:process';
import type { HttpLoadRequest, HttpLoadResult } from './load';
import { Samples, summarise } from './stats';

interface Answer {
  status: number;
  bytes: number;
}

async function run(job: HttpLoadRequest): Promise<HttpLoadResult> {
  const target = new URL(job.url);
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: job.connections,
    maxFreeSockets: job.connections,
    scheduling: 'fifo',
  });
  const options: http.RequestOptions = {
    agent,
    host: target.hostname,
    port: target.port,
    path: target.pathname + target.search,
    method: job.method,
    headers: job.headers,
  };
  const once = () =>
    new Promise<Answer>((resolve, reject) => {
      const req = http.request(options, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    });

  const latencies = new Samples();
  const statuses: Record<string, number> = {};
  let errors = 0;
  let bytes = 0;
  const start = hrtime.bigint();
  const measureFrom = start + BigInt(Math.round(job.warmupS * 1e9));
  const stopAt = measureFrom + BigInt(Math.round(job.durationS * 1e9));
  let lastEnd = measureFrom;
  let cpuAtStart: NodeJS.CpuUsage | null = null;
  // Tell the parent when the measured window opens and closes, so it can read its own CPU use (and PostgreSQL's) over the same window.
  const opening = setTimeout(
    () => {
      cpuAtStart = process.cpuUsage();
      process.send!({ type: 'phase', phase: 'measure' });
    },
    Math.max(0, job.warmupS * 1000),
  );

  const loop = async () => {
    for (;;) {
      const t0 = hrtime.bigint();
      if (t0 >= stopAt) return;
      try {
        const answer = await once();
        const t1 = hrtime.bigint();
        if (t0 < measureFrom) continue;
        latencies.push(Number(t1 - t0) / 1e6);
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        if (answer.status !== job.expectStatus) errors++;
        bytes += answer.bytes;
        if (t1 > lastEnd) lastEnd = t1;
      } catch {
        if (t0 >= measureFrom) errors++;
        // A refused or reset connection: do not spin.
        await new Promise((r) => setTimeout(r, 5));
      }
    }
  };
  await Promise.all(Array.from({ length: job.connections }, loop));
  clearTimeout(opening);
  process.send!({ type: 'phase', phase: 'end' });
  agent.destroy();

  const elapsedS = Number(lastEnd - measureFrom) / 1e9;
  const cpu = cpuAtStart ? process.cpuUsage(cpuAtStart) : null;
  const samples = latencies.view();
  return {
    requests: samples.length,
    errors,
    elapsedS,
    rps: elapsedS > 0 ? samples.length / elapsedS : 0,
    ...summarise(samples),
    statuses,
    bytesPerResponse: samples.length ? bytes / samples.length : 0,
    loadGeneratorCpuPct: cpu && elapsedS > 0 ? ((cpu.user + cpu.system) / 1e6 / elapsedS) * 100 : null,
  };
}

process.once('message', (job: HttpLoadRequest) => {
  run(job).then(
    (result) => process.send!({ type: 'result', result }, () => process.exit(0)),
    (err: unknown) =>
      process.send!({ type: 'error', error: err instanceof Error ? (err.stack ?? err.message) : String(err) }, () =>
        process.exit(1),
      ),
  );
});
