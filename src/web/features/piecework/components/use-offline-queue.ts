/**
 * The owner's entries wait on the phone until the server has them (SPEC
 * §3.1: the entry screen keeps working offline). Each entry carries its
 * idempotency key from the moment it is typed, so sending a batch twice —
 * a lost answer, a retry after the network returns — stores it once.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../lib/api-client';
import { readStored, writeStored } from '../../../lib/storage';
import { keys, postBatch, type QueuedRecord } from '../api/piecework-api';

const storageKey = (factoryId: number) => `sqwy.piecework.queue.${factoryId}`;
const CHUNK = 500;

function load(factoryId: number): QueuedRecord[] {
  try {
    const parsed: unknown = JSON.parse(readStored(storageKey(factoryId)) ?? '[]');
    return Array.isArray(parsed) ? (parsed as QueuedRecord[]) : [];
  } catch {
    return [];
  }
}

function save(factoryId: number, queue: QueuedRecord[]) {
  writeStored(storageKey(factoryId), JSON.stringify(queue));
}

export function newClientKey(): string {
  return crypto.randomUUID();
}

export function useOfflineQueue(factoryId: number) {
  const qc = useQueryClient();
  const [pending, setPending] = useState<QueuedRecord[]>(() => load(factoryId));
  const [syncing, setSyncing] = useState(false);
  const [online, setOnline] = useState(() => navigator.onLine);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);

  const sync = useCallback(async () => {
    if (busy.current || !navigator.onLine) return;
    busy.current = true;
    setSyncing(true);
    try {
      for (;;) {
        const queue = load(factoryId);
        if (queue.length === 0) break;
        const chunk = queue.slice(0, CHUNK);
        try {
          await postBatch(factoryId, chunk);
          setError(null);
        } catch (err) {
          // No network: keep everything and wait for the 'online' event or the button.
          if (isApiError(err, 'NETWORK')) break;
          // The server refused the entries (e.g. a worker who left): they would never be accepted.
          setError(err instanceof Error ? err.message : String(err));
        }
        const sent = new Set(chunk.map((r) => r.clientKey));
        const rest = load(factoryId).filter((r) => !sent.has(r.clientKey));
        save(factoryId, rest);
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
      const queue = [...load(factoryId), ...records];
      save(factoryId, queue);
      setPending(queue);
      void sync();
    },
    [factoryId, sync],
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

  return { pending, syncing, online, error, enqueue, sync };
}
