/**
 * Facts one capability announces and others react to, inside the same
 * transaction (so a reaction exists exactly when its cause does). Jobs
 * announces a hire; benefits re-evaluates the employer's policies on it
 * (SPEC §3.3 Triggers). Listeners register when their domain's module loads.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../db/types';

export interface DomainEvents {
  /** A resident was hired (or an employment recorded); employments.id. */
  'employment.created': {
    employmentId: number;
    residentId: number;
    enterpriseId: number;
    source: 'platform' | 'recorded';
  };
  /** An enterprise (a business, a shop, a micro-factory operator) was registered. */
  'enterprise.registered': { enterpriseId: number };
}

export type DomainEventName = keyof DomainEvents;
export interface EventContext {
  actorUserId: number | null;
  now: Date;
}
type Listener<K extends DomainEventName> = (
  trx: Transaction<Database>,
  event: DomainEvents[K],
  ctx: EventContext,
) => Promise<void>;

const listeners: { [K in DomainEventName]?: Listener<K>[] } = {};

export function onDomainEvent<K extends DomainEventName>(name: K, listener: Listener<K>): void {
  const list = (listeners[name] ??= []) as Listener<K>[];
  if (!list.includes(listener)) list.push(listener);
}

/** Runs every listener in the caller's transaction; a listener's failure rolls the cause back too. */
export async function emitDomainEvent<K extends DomainEventName>(
  trx: Transaction<Database>,
  name: K,
  event: DomainEvents[K],
  ctx: EventContext,
): Promise<void> {
  for (const listener of (listeners[name] ?? []) as Listener<K>[]) await listener(trx, event, ctx);
}
