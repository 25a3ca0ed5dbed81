/**
 * What the app processes of one server share through their primary (node:cluster,
 * ADR 0060): a question a worker asks the primary (the rate-limit counters live
 * there, so a limit is one limit whichever worker a request reaches), and news a
 * worker tells every other worker (a demo SMS code, so the outbox page shows it
 * wherever it is read). Outside a cluster (tests, tools) nothing is sent: each
 * helper says so and the caller keeps things in its own memory.
 */
import cluster, { type Worker } from 'node:cluster';

const TAG = 'weiye';

interface Ask {
  tag: typeof TAG;
  kind: 'ask';
  id: number;
  topic: string;
  payload: unknown;
}
interface Answer {
  tag: typeof TAG;
  kind: 'answer';
  id: number;
  result?: unknown;
  error?: string;
}
interface News {
  tag: typeof TAG;
  kind: 'news';
  topic: string;
  payload: unknown;
}
type Message = Ask | Answer | News;

const isMessage = (m: unknown): m is Message =>
  typeof m === 'object' && m !== null && (m as { tag?: unknown }).tag === TAG;

/** True in an app process started by the primary. */
export const inClusterWorker = (): boolean => cluster.isWorker && typeof process.send === 'function';

const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
const newsHandlers = new Map<string, (payload: unknown) => void>();
let nextId = 1;
let listening = false;

function listenAsWorker() {
  if (listening) return;
  listening = true;
  process.on('message', (message: unknown) => {
    if (!isMessage(message)) return;
    if (message.kind === 'answer') {
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      if (message.error !== undefined) waiting.reject(new Error(message.error));
      else waiting.resolve(message.result);
    } else if (message.kind === 'news') {
      newsHandlers.get(message.topic)?.(message.payload);
    }
  });
  // A primary that went away answers nothing more: fail what waits rather than hang.
  process.once('disconnect', () => {
    for (const [id, waiting] of pending) {
      pending.delete(id);
      waiting.reject(new Error('the primary process is gone'));
    }
  });
}

/** Asks the primary and waits for its answer (worker only). */
export function askPrimary<T>(topic: string, payload: unknown): Promise<T> {
  listenAsWorker();
  return new Promise<T>((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    const message: Ask = { tag: TAG, kind: 'ask', id, topic, payload };
    process.send!(message, undefined, undefined, (err: Error | null) => {
      if (!err) return;
      pending.delete(id);
      reject(err);
    });
  });
}

/** Tells every other worker (through the primary); a no-op outside a cluster. */
export function tellOtherWorkers(topic: string, payload: unknown): void {
  if (!inClusterWorker()) return;
  const message: News = { tag: TAG, kind: 'news', topic, payload };
  process.send!(message);
}

/** What this worker does with the news other workers send on a topic. */
export function onWorkerNews(topic: string, handler: (payload: unknown) => void): void {
  if (!inClusterWorker()) return;
  listenAsWorker();
  newsHandlers.set(topic, handler);
}

export type PrimaryHandlers = Record<string, (payload: unknown) => unknown>;

/**
 * The primary's side, for one worker: answers its questions with the handlers
 * and passes its news on to the others.
 */
export function servePrimary(worker: Worker, handlers: PrimaryHandlers, everyWorker: () => Iterable<Worker>): void {
  worker.on('message', (message: unknown) => {
    if (!isMessage(message)) return;
    if (message.kind === 'ask') {
      const answer: Answer = { tag: TAG, kind: 'answer', id: message.id };
      const reply = () => worker.isConnected() && worker.send(answer);
      const fail = (err: unknown) => (answer.error = err instanceof Error ? err.message : String(err));
      try {
        const handler = handlers[message.topic];
        if (!handler) throw new Error(`no handler for ${message.topic}`);
        const result = handler(message.payload);
        // Most answers are ready at once (the rate-limit counters); the metrics wait for every worker.
        if (result instanceof Promise) {
          result.then((r: unknown) => (answer.result = r), fail).finally(reply);
          return;
        }
        answer.result = result;
      } catch (err) {
        fail(err);
      }
      reply();
    } else if (message.kind === 'news') {
      for (const other of everyWorker()) if (other !== worker && other.isConnected()) other.send(message);
    }
  });
}
