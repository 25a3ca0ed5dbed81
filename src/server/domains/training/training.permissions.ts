/**
 * Who may do what in training (SPEC §3.6). A course belongs to its station: the station's agent
 * reaches her station's courses, officers the courses in the areas they serve, and a course out
 * of reach answers 404 (SPEC §2). Residents see the open courses of their own street and only
 * their own enrolments and certificates; anyone may verify a certificate by its serial.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Actor } from '../../core/actor';
import type { Role } from '../../../shared/enums';
import { stationScope } from '../stations';

/** Read the courses, their rosters, fill rates and completions. */
export const COURSE_READERS = [
  'street_officer',
  'community_officer',
  'station_agent',
] as const satisfies readonly Role[];
/** Put a course on: the street office, which runs training (培训微技能). */
export const COURSE_KEEPERS = ['street_officer'] as const satisfies readonly Role[];
/** Sessions, check-in and the assessment: the station's agent (the trainer's desk), and the street standing in. */
export const DESK_ROLES = ['station_agent', 'street_officer'] as const satisfies readonly Role[];
/** Revoke a certificate: the street that issues them. */
export const REVOKERS = ['street_officer'] as const satisfies readonly Role[];
export const TRAINEES = ['resident'] as const satisfies readonly Role[];
/** A certificate's PDF: its holder, and the staff who reach its course. */
export const CERTIFICATE_READERS = [...TRAINEES, ...COURSE_READERS] as const satisfies readonly Role[];

/** The courses (aliased `c`) a member of staff reaches: those at the stations she reaches (the stations' rule). */
export function courseScope(actor: Actor): RawBuilder<boolean> {
  return sql<boolean>`exists (select 1 from stations s where s.id = c.station_id and ${stationScope(actor)})`;
}

/** The courses (aliased `c`) a resident may see and join: those of her own street. */
export function residentCourseScope(residentId: number): RawBuilder<boolean> {
  return sql<boolean>`c.area_id in (
    select d.id from areas d, areas st, residents r, areas home
     where r.id = ${residentId} and home.id = r.area_id and st.level = 'street'
       and home.path like st.path || '%' and d.path like st.path || '%')`;
}
