/**
 * Something a resident may rate once (SPEC §3.6 satisfaction): an appointment, an event she
 * attended, a decision on her application, a training she completed. The domain that owns the
 * subject says, through its index.ts, whether it is hers, whether it is finished, and who answers
 * for it — a station, or (for a decision) the application's community.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/types';

export interface RatingSubject {
  /** What is rated, in the words the resident and the follow-up list read. */
  title: string;
  /** The business day it happened (Asia/Shanghai). */
  day: string;
  /** Finished: given, decided, attended or completed — only then may it be rated. */
  finished: boolean;
  /** The station that gave it; null for a decision, which its community answers for. */
  stationId: number | null;
  /** The area where the rating counts and whose officers follow a low one up. */
  areaId: number;
}

/** The subject with this id if it is the resident's; undefined when it does not exist for her. */
export type FindRatingSubject = (
  db: Kysely<Database> | Transaction<Database>,
  id: number,
  residentId: number,
) => Promise<RatingSubject | undefined>;
