/**
 * The inbox has no roles of its own: every signed-in user (resident or staff) reads their own
 * notices and nobody else's, so no area or enterprise scope applies. The one rule is that every
 * query is keyed by the reader's user id, which this function names.
 */
import type { Actor } from '../../core/actor';

export function inboxOwner(actor: Actor): number {
  return actor.userId;
}
