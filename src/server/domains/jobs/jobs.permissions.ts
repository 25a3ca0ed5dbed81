import type { Role } from '../../../shared/schemas/auth';
import type { Actor } from '../../core/actor';

/** The street reviews posts, certifies 妈妈岗, handles reports and keeps the watch list (SPEC §3.2 Trust). */
export const STREET_ROLES = ['street_officer'] as const satisfies readonly Role[];
/** Assisted service (代办) is the community officers' work; the street may do it too. */
export const ASSIST_ROLES = ['community_officer', 'street_officer'] as const satisfies readonly Role[];

/** An employer acts only for the enterprises they are a member of. */
export function isMemberOf(actor: Actor, enterpriseId: number): boolean {
  return actor.enterprises.some((e) => e.id === enterpriseId);
}
