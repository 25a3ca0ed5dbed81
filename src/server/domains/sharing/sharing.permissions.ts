import type { Role } from '../../../shared/schemas/auth';
import type { Actor } from '../../core/actor';
import { pathInScope } from '../../http/scope';

/** The street sees the whole board and brokers agreements between firms (SPEC §3.5). */
export const BROKER_ROLES = ['street_officer'] as const satisfies readonly Role[];
/** A worker's consent through 代办 is the community officers' work; the street may do it too. */
export const ASSIST_ROLES = ['community_officer', 'street_officer'] as const satisfies readonly Role[];

/** An employer acts only for the enterprises they are a member of. */
export function isMemberOf(actor: Actor, enterpriseId: number): boolean {
  return actor.enterprises.some((e) => e.id === enterpriseId);
}

/** An officer reaches an agreement when either firm lies in the areas they serve. */
export function agreementInScope(actor: Actor, a: { lending_path: string; borrowing_path: string }): boolean {
  return pathInScope(a.lending_path, actor.areaPaths) || pathInScope(a.borrowing_path, actor.areaPaths);
}
