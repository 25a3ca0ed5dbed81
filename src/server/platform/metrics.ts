/**
 * Prometheus metrics (prom-client), read at /api/metrics by the system
 * administrator or a scraper holding a sysadmin session. Each app process
 * counts its own requests; in a cluster the primary adds every process's
 * numbers together (prom-client's AggregatorRegistry), and what the database
 * says (scheduler runs, SMS outbox, database up) is taken once, not summed.
 */
import cluster from 'node:cluster';
import { sql } from 'kysely';
import { AggregatorRegistry, collectDefaultMetrics, Counter, Gauge, Histogram, register } from 'prom-client';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/client';
import { poolStats } from '../db/client';
import { askPrimary, inClusterWorker } from './cluster';

export const METRICS_TOPIC = 'metrics';
export const METRICS_CONTENT_TYPE = register.contentType;

let installed = false;
let aggregator: AggregatorRegistry<typeof register.contentType> | null = null;
const databases = new Set<Db>();

const requests = new Counter({
  name: 'weiye_http_requests_total',
  help: 'HTTP requests answered, by method, route pattern and status code',
  labelNames: ['method', 'route', 'status'] as const,
});
const latency = new Histogram({
  name: 'weiye_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by method and route pattern',
  labelNames: ['method', 'route'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
});

/** Once per process: the default process metrics and the database's own (the app registers them for its db). */
function installOnce() {
  if (installed) return;
  installed = true;
  collectDefaultMetrics({ prefix: 'weiye_' });
  // The worker half of the cluster aggregation answers the primary's requests.
  if (cluster.isWorker) aggregator = new AggregatorRegistry();

  new Gauge({
    name: 'weiye_db_pool_connections',
    help: 'Database connections of the app processes: total, idle, and requests waiting for one',
    labelNames: ['state'] as const,
    collect() {
      const sum = { total: 0, idle: 0, waiting: 0 };
      for (const db of databases) {
        const s = poolStats(db);
        sum.total += s.total;
        sum.idle += s.idle;
        sum.waiting += s.waiting;
      }
      for (const [state, n] of Object.entries(sum)) this.set({ state }, n);
    },
  });
  new Gauge({
    name: 'weiye_database_up',
    help: '1 when the database answered the scrape, 0 when it did not',
    aggregator: 'min',
    async collect() {
      this.set((await ask((db) => sql`select 1`.execute(db))) ? 1 : 0);
    },
  });
  new Gauge({
    name: 'weiye_scheduler_runs_total',
    help: 'Runs each background task has started, over every app process (background_task_runs)',
    labelNames: ['task'] as const,
    aggregator: 'max',
    async collect() {
      const rows = await ask((db) => db.selectFrom('background_task_runs').select(['name', 'runs']).execute());
      this.reset();
      for (const r of rows ?? []) this.set({ task: r.name }, r.runs);
    },
  });
  new Gauge({
    name: 'weiye_sms_outbox_depth',
    help: 'SMS messages waiting in the outbox to be sent',
    aggregator: 'max',
    async collect() {
      const row = await ask((db) =>
        db
          .selectFrom('sms_outbox')
          .select(sql<number>`count(*)::int`.as('n'))
          .where('status', '=', 'pending')
          .executeTakeFirst(),
      );
      if (row) this.set(row.n);
    },
  });
}

/** A database question for a scrape; null when the database does not answer. */
async function ask<T>(query: (db: Db) => Promise<T>): Promise<T | null> {
  const [db] = databases;
  if (!db) return null;
  try {
    return await query(db);
  } catch {
    return null;
  }
}

/** Counts every request the app answers, by its route pattern (never the raw URL: ids would explode the labels). */
export function installRequestMetrics(app: FastifyInstance, db: Db): void {
  installOnce();
  databases.add(db);
  app.addHook('onClose', async () => {
    databases.delete(db);
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ method: request.method, route, status: reply.statusCode });
    latency.observe({ method: request.method, route }, reply.elapsedTime / 1000);
  });
}

/** The metrics text: every app process's, added up by the primary in a cluster; this process's otherwise. */
export async function metricsText(): Promise<string> {
  if (inClusterWorker()) return askPrimary<string>(METRICS_TOPIC, null);
  return register.metrics();
}

/** The primary's answer to a worker asking for the metrics. */
export function clusterMetricsHandler(): () => Promise<string> {
  aggregator ??= new AggregatorRegistry();
  const registry = aggregator;
  return () => registry.clusterMetrics();
}
