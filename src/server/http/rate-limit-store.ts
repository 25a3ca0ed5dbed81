/**
 * Rate limits (@fastify/rate-limit) counted once per server, not once per app
 * process: in a cluster every worker asks the primary, which keeps the counters
 * in the library's own LocalStore; outside a cluster the library's default store
 * is used as it is. A limit of 10 sign-in codes a minute stays 10 with any
 * number of workers (ADR 0060).
 */
import { createRequire } from 'node:module';
import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import { askPrimary, inClusterWorker } from '../platform/cluster';

interface Counted {
  current: number;
  ttl: number;
}
interface LocalStore {
  incr(key: string, cb: (err: Error | null, res: Counted) => void, timeWindow: number, max: number): void;
}
type LocalStoreCtor = new (continueExceeding: boolean, exponentialBackoff: boolean, cache?: number) => LocalStore;

export const RATE_LIMIT_TOPIC = 'rate-limit';

interface Question {
  scope: string;
  key: string;
  timeWindow: number;
  max: number;
}

/** The primary's counters: one LocalStore per route with its own limit, one for the global limit. */
export function rateLimitCounters(): (payload: unknown) => Counted {
  // The package has no types or export entry for its store; its own file is the one source of the counting rule.
  const Local = createRequire(import.meta.url)('@fastify/rate-limit/store/LocalStore') as LocalStoreCtor;
  const stores = new Map<string, LocalStore>();
  return (payload) => {
    const q = payload as Question;
    let store = stores.get(q.scope);
    if (!store) stores.set(q.scope, (store = new Local(false, false, 5000)));
    let counted: Counted = { current: 0, ttl: q.timeWindow };
    store.incr(q.key, (_err, res) => (counted = res), q.timeWindow, q.max); // LocalStore answers synchronously
    return { current: counted.current, ttl: counted.ttl };
  };
}

class PrimaryStore implements FastifyRateLimitStore {
  constructor(private readonly scope = 'global') {}
  incr(key: string, callback: (error: Error | null, result?: Counted) => void, timeWindow: number, max: number) {
    const question: Question = { scope: this.scope, key, timeWindow, max };
    askPrimary<Counted>(RATE_LIMIT_TOPIC, question).then(
      (res) => callback(null, res),
      (err: Error) => callback(err),
    );
  }
  // Typed as the route's options, but the library passes its merged limit options, the route under routeInfo.
  child(options: object): FastifyRateLimitStore {
    const route = (options as { routeInfo?: { method?: unknown; url?: string } }).routeInfo;
    return new PrimaryStore(`${String(route?.method)} ${route?.url ?? ''}`);
  }
}

/** The store to give @fastify/rate-limit: the primary's in a cluster worker, the library's default otherwise. */
export function sharedRateLimitStore(): { store?: new () => FastifyRateLimitStore } {
  return inClusterWorker() ? { store: PrimaryStore as unknown as new () => FastifyRateLimitStore } : {};
}
