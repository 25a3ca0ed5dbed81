/**
 * Who may do what at the service stations. Officers reach the stations in the areas they serve;
 * a station agent reaches her own station and nothing else; a station out of reach answers 404
 * (SPEC §2). Residents see every station's public face (name, place, hours, free seats) and only
 * their own appointments.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../core/actor';
import { areaInScope } from '../../http/scope';
import type { Role } from '../../../shared/enums';

/** Read the registry and a station's day: officers in scope, the station's own agents. */
export const STATION_READERS = [
  'street_officer',
  'community_officer',
  'station_agent',
] as const satisfies readonly Role[];
/** Open slots: the street, and the station's own agents. */
export const SLOT_KEEPERS = ['street_officer', 'station_agent'] as const satisfies readonly Role[];
/** The desk: check-in, service record, no-show — the station's agents, and the street standing in. */
export const DESK_ROLES = ['station_agent', 'street_officer'] as const satisfies readonly Role[];
/** Book for a resident who cannot (代办): officers, for residents of their areas. */
export const ASSIST_ROLES = ['community_officer', 'street_officer'] as const satisfies readonly Role[];
/** The satisfaction figures and follow-ups. */
export const SATISFACTION_READERS = [
  'street_officer',
  'community_officer',
  'station_agent',
] as const satisfies readonly Role[];

/** Call a resident back about a low rating and close the follow-up: the station's agents, the community's officers. */
export const FOLLOW_UP_KEEPERS = ['station_agent', 'community_officer'] as const satisfies readonly Role[];

/** The stations (aliased `s`) the actor reaches. */
export function stationScope(actor: Actor): RawBuilder<boolean> {
  if (actor.role === 'station_agent')
    return actor.stationId ? sql<boolean>`s.id = ${actor.stationId}` : sql<boolean>`false`;
  if (actor.role === 'street_officer' || actor.role === 'community_officer') return areaInScope('s.area_id', actor);
  return sql<boolean>`false`;
}

/**
 * The ratings (aliased `rt`) the actor reaches: an agent, her station's; an officer, those counted in
 * her areas (a station's area, or a decision's community) — so the street sees all of its street.
 */
export function ratingScope(actor: Actor): RawBuilder<boolean> {
  if (actor.role === 'station_agent')
    return actor.stationId ? sql<boolean>`rt.station_id = ${actor.stationId}` : sql<boolean>`false`;
  if (actor.role === 'street_officer' || actor.role === 'community_officer') return areaInScope('rt.area_id', actor);
  return sql<boolean>`false`;
}

/** Every station: the public face residents see. */
export const EVERY_STATION: RawBuilder<boolean> = sql<boolean>`true`;
