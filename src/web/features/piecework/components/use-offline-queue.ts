/**
 * The owner's entries wait on the phone until the server has them (SPEC
 * §3.1: the entry screen keeps working offline). Each entry carries its
 * idempotency key from the moment it is typed, so sending a batch twice —
 * a lost answer, a retry after the network returns — stores it once.
 *
 * An entry the server refuses is neither retried forever nor dropped: it moves
 * to a list of refused entries, kept on the phone with the server's words,
 * until the owner removes it or sends it again as a new entry (ADR 0022, 0047).
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../lib/api-client';
import { readStored, writeStored } from '../../../lib/storage';
import { keys } from '../api/keys';
import { postBatch, type QueuedRecord } from '../api/send-records-batch';

const storageKey = (factoryId: number) => `sqwy.piecework.queue.${factoryId}`;
const refusedKey = (factoryId: number) => `sqwy.piecework.refused.${factoryId}`;
const CHUNK = 500;

/** An entry the server would not take, with its answer. */
export interface RefusedRecord {
  record: QueuedRecord;
  code: string;
  message: string;
}

function load<T>(key: string): T[] {
  try {
    const parsed: unknown = JSON.parse(readStored(key) ?? '[]');
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}

function save(key: string, items: unknown[]) {
  writeStored(key, JSON.stringify(items));
}

export function newClientKey(): string {
  return crypto.randomUUID();
}

/**
 * What a failed send means for the entries sent: wait (no network, signed out,
 * the server busy or failing — send again later), or which of them the server
 * refused. A refusal names its entries where it can (a reused key, a record
 * already reversed); one that names none refuses the whole batch it answered.
 */
export function refusalOf(sent: readonly QueuedRecord[], error: unknown): { wait: true } | { refused: Set<string> } {
  if (!(error instanceof ApiError)) return { wait: true };
  const { status } = error;
  if (status === 0 || status === 401 || status === 408 || status === 429 || status >= 500) return { wait: true };
  const details = (typeof error.details === 'object' && error.details !== null ? error.details : {}) as {
    clientKeys?: unknown;
    recordId?: unknown;
  };
  let named: QueuedRecord[] = [];
  if (Array.isArray(details.clientKeys)) {
    const keys = new Set(details.clientKeys);
    named = sent.filter((r) => keys.has(r.clientKey));
  } else if (typeof details.recordId === 'number') {
    named = sent.filter((r) => r.reversesId === details.recordId);
  }
  return { refused: new Set((named.length ? named : sent).map((r) => r.clientKey)) };
}

export function useOfflineQueue(factoryId: number) {
  const qc = useQueryClient();
  const [pending, setPending] = useState<QueuedRecord[]>(() => load(storageKey(factoryId)));
  const [refused, setRefused] = useState<RefusedRecord[]>(() => load(refusedKey(factoryId)));
  const [syncing, setSyncing] = useState(false);
  const [online, setOnline] = useState(() => navigator.onLine);
  const busy = useRef(false);

  const sync = useCallback(async () => {
    if (busy.current || !navigator.onLine) return;
    busy.current = true;
    setSyncing(true);
    try {
      for (;;) {
        const queue = load<QueuedRecord>(storageKey(factoryId));
        if (queue.length === 0) break;
        const chunk = queue.slice(0, CHUNK);
        let done: Set<string>;
        try {
          await postBatch(factoryId, chunk);
          done = new Set(chunk.map((r) => r.clientKey));
        } catch (err) {
          const outcome = refusalOf(chunk, err);
          // Keep everything and wait for the 'online' event or the button.
          if ('wait' in outcome) break;
          const error = err as ApiError;
          const now = chunk
            .filter((r) => outcome.refused.has(r.clientKey))
            .map((record) => ({ record, code: error.code, message: error.message }));
          const all = [...load<RefusedRecord>(refusedKey(factoryId)), ...now];
          save(refusedKey(factoryId), all);
          setRefused(all);
          // The rest of the batch was not stored either (a batch is all or nothing): it is sent again.
          done = outcome.refused;
        }
        const rest = load<QueuedRecord>(storageKey(factoryId)).filter((r) => !done.has(r.clientKey));
        save(storageKey(factoryId), rest);
        setPending(rest);
      }
    } finally {
      busy.current = false;
      setSyncing(false);
      void qc.invalidateQueries({ queryKey: keys.all });
    }
  }, [factoryId, qc]);

  const enqueue = useCallback(
    (records: QueuedRecord[]) => {
      const queue = [...load<QueuedRecord>(storageKey(factoryId)), ...records];
      save(storageKey(factoryId), queue);
      setPending(queue);
      void sync();
    },
    [factoryId, sync],
  );

  /** The owner has seen a refused entry: remove it, or send it again as a new entry (a new key). */
  const settleRefused = useCallback(
    (clientKey: string, resend: boolean) => {
      const all = load<RefusedRecord>(refusedKey(factoryId));
      const item = all.find((r) => r.record.clientKey === clientKey);
      const rest = all.filter((r) => r.record.clientKey !== clientKey);
      save(refusedKey(factoryId), rest);
      setRefused(rest);
      if (item && resend) enqueue([{ ...item.record, clientKey: newClientKey() }]);
    },
    [factoryId, enqueue],
  );

  useEffect(() => {
    const up = () => {
      setOnline(true);
      void sync();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    void sync();
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [sync]);

  return { pending, refused, syncing, online, enqueue, sync, settleRefused };
}
