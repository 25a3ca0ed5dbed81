/** The API contract of the stations' events: 政策宣传推介会 and 招聘会, registration, the waitlist, booths (SPEC §3.6). */
import { jobPostSummary, reasonItem } from './jobs';
import { EVENT_KINDS, REGISTRATION_STATUSES } from '../stations/enums';
import { calendarDate } from './dates';
import { z } from './zod';

export const eventKind = z.enum(EVENT_KINDS);
export const registrationStatus = z.enum(REGISTRATION_STATUSES);
const clockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'clock_time');

export const stationEvent = z.object({
  id: z.number().int(),
  stationId: z.number().int(),
  stationName: z.string(),
  stationAddress: z.string(),
  kind: eventKind,
  title: z.string(),
  description: z.string(),
  day: z.string(),
  starts: z.string(),
  ends: z.string(),
  capacity: z.number().int(),
  /** Seats still free; 0 means a new registration joins the waitlist. */
  remaining: z.number().int(),
  waitlisted: z.number().int(),
  /** A job fair's booths and how many employers hold one; null for a briefing. */
  booths: z.number().int().nullable(),
  boothsTaken: z.number().int(),
  confirmHours: z.number().int(),
});
export type StationEvent = z.infer<typeof stationEvent>;
export const stationEventList = z.object({ items: z.array(stationEvent) });

export const eventListQuery = z.object({ kind: eventKind.optional() });

export const eventInput = z
  .object({
    kind: eventKind,
    title: z.string().trim().min(1).max(80),
    description: z.string().trim().max(1000).default(''),
    day: calendarDate,
    starts: clockTime,
    ends: clockTime,
    capacity: z.number().int().min(1).max(2000),
    booths: z.number().int().min(1).max(200).nullable().default(null),
    confirmHours: z.number().int().min(1).max(72).default(24),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.ends <= v.starts) ctx.addIssue({ code: 'custom', message: 'after_start', path: ['ends'] });
    if ((v.kind === 'job_fair') !== (v.booths !== null))
      ctx.addIssue({ code: 'custom', message: 'booths_for_fairs', path: ['booths'] });
  });
export type EventInput = z.infer<typeof eventInput>;

export const registrationInput = z.object({ clientKey: z.uuid('client_key_format') }).strict();

export const registration = z.object({
  id: z.number().int(),
  status: registrationStatus,
  /** The door code, shown to its resident while she holds a seat. */
  code: z.string().nullable(),
  /** Her place on the waitlist (1 = next), while waitlisted. */
  position: z.number().int().nullable(),
  /** Until when a promoted resident may confirm her seat. */
  offeredUntil: z.string().nullable(),
  event: stationEvent,
});
export type Registration = z.infer<typeof registration>;
export const registrationList = z.object({ items: z.array(registration) });

export const boothEmployer = z.object({ enterpriseId: z.number().int(), name: z.string() });

/** An event as a resident reads it: her registration if any, and a fair's employers. */
export const eventDetail = stationEvent.extend({
  mine: registration.omit({ event: true }).nullable(),
  employers: z.array(boothEmployer),
});

/** A fair's open posts, ranked for the resident reading them (her job profile's match; unmatched last). */
export const fairPost = z.object({
  post: jobPostSummary,
  score: z.number().nullable(),
  walkMinutes: z.number().int().nullable(),
  reasons: z.array(reasonItem),
});
export const fairPostList = z.object({ items: z.array(fairPost) });

/** The agent's view: who holds a seat, who waits, who came. Phones masked. */
export const attendee = z.object({
  id: z.number().int(),
  residentName: z.string(),
  residentPhone: z.string(),
  status: registrationStatus,
  position: z.number().int().nullable(),
  offeredUntil: z.string().nullable(),
  checkedInAt: z.string().nullable(),
});
export const staffEventDetail = stationEvent.extend({
  attendees: z.array(attendee),
  attended: z.number().int(),
  employers: z.array(boothEmployer),
});

export const eventCheckInInput = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[0-9]{6}$/, 'six_digits'),
  })
  .strict();

export const boothInput = z.object({ enterpriseId: z.number().int().positive() }).strict();
/** A job fair as an employer sees it: whether her enterprises hold a booth. */
export const employerFair = stationEvent.extend({ myBooths: z.array(z.number().int()) });
export const employerFairList = z.object({ items: z.array(employerFair) });
