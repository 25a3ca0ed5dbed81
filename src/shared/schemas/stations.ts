/** The API contract of service stations, appointments and ratings (SPEC §3.6). */
import {
  APPOINTMENT_STATUSES,
  FOLLOW_UP_STATUSES,
  RATING_KINDS,
  STATION_KINDS,
  STATION_SERVICES,
} from '../stations/enums';
import { calendarDate } from './dates';
import { z } from './zod';

export const stationKind = z.enum(STATION_KINDS);
export const stationService = z.enum(STATION_SERVICES);
export const appointmentStatus = z.enum(APPOINTMENT_STATUSES);
const clockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'clock_time');

export const opening = z.object({ weekday: z.number().int().min(1).max(7), opens: z.string(), closes: z.string() });
export const closure = z.object({ day: z.string(), reason: z.string() });

/** A station as a list row: the street's table and the resident's nearby list share it. */
export const stationSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: stationKind,
  areaId: z.number().int(),
  areaName: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  services: z.array(stationService),
  openNow: z.boolean(),
  /** Today's openings (Asia/Shanghai), empty when closed all day. */
  today: z.array(opening),
});
export type StationSummary = z.infer<typeof stationSummary>;

export const stationListQuery = z.object({
  kind: stationKind.optional(),
  areaId: z.coerce.number().int().positive().optional(),
});
export const stationList = z.object({ items: z.array(stationSummary) });

export const stationStaffMember = z.object({ id: z.number().int(), name: z.string(), username: z.string() });

export const stationDetail = stationSummary.extend({
  hours: z.array(opening),
  /** Closures from today on. */
  closures: z.array(closure),
  staff: z.array(stationStaffMember),
});
export type StationDetail = z.infer<typeof stationDetail>;

/** A slot with its remaining seats: what a resident sees before she picks one. */
export const slot = z.object({
  id: z.number().int(),
  stationId: z.number().int(),
  service: stationService,
  day: z.string(),
  starts: z.string(),
  ends: z.string(),
  capacity: z.number().int(),
  remaining: z.number().int(),
});
export type Slot = z.infer<typeof slot>;

export const slotQuery = z.object({
  from: calendarDate.optional(),
  days: z.coerce.number().int().min(1).max(31).default(7),
  service: stationService.optional(),
});
export const slotList = z.object({ items: z.array(slot) });

export const slotInput = z
  .object({
    service: stationService,
    day: calendarDate,
    starts: clockTime,
    ends: clockTime,
    capacity: z.number().int().min(1).max(500),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.ends <= v.starts) ctx.addIssue({ code: 'custom', message: 'after_start', path: ['ends'] });
  });
export type SlotInput = z.infer<typeof slotInput>;

/** The resident's nearby list: stations within her walking limit, nearest first. */
export const nearbyStation = stationSummary.extend({ walkMinutes: z.number().int() });
export const nearbyStations = z.object({
  homeAreaName: z.string().nullable(),
  maxWalkMinutes: z.number().int(),
  items: z.array(nearbyStation),
});

export const bookingInput = z
  .object({
    clientKey: z.uuid('client_key_format'),
    purpose: z.string().trim().max(200).default(''),
  })
  .strict();
export type BookingInput = z.infer<typeof bookingInput>;

/** An officer or agent books for a resident (代办): the resident's consent is recorded with it. */
export const assistedBookingInput = bookingInput.extend({
  residentId: z.number().int().positive(),
  consentMethod: z.enum(['paper', 'verbal_witnessed']),
});

export const rescheduleInput = z.object({ slotId: z.number().int().positive() }).strict();

export const appointment = z.object({
  id: z.number().int(),
  status: appointmentStatus,
  code: z.string().nullable(),
  purpose: z.string(),
  stationId: z.number().int(),
  stationName: z.string(),
  stationAddress: z.string(),
  slot: slot.omit({ remaining: true, capacity: true }),
  residentName: z.string(),
  residentPhone: z.string(),
  assisted: z.boolean(),
  bookedBy: z.string().nullable(),
  checkedInAt: z.string().nullable(),
  serviceRecord: z.string().nullable(),
  /** Whether it may still be cancelled or moved (before the cut-off). */
  changeable: z.boolean(),
  rating: z.object({ score: z.number().int(), comment: z.string() }).nullable(),
});
export type Appointment = z.infer<typeof appointment>;
export const appointmentList = z.object({ items: z.array(appointment) });

/** An agent's day at the station: each slot with its bookings. */
export const stationDay = z.object({
  day: z.string(),
  slots: z.array(slot.extend({ appointments: z.array(appointment) })),
});
export const stationDayQuery = z.object({ day: calendarDate.optional() });

export const checkInInput = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[0-9]{6}$/, 'six_digits'),
  })
  .strict();
export const serviceRecordInput = z.object({ serviceRecord: z.string().trim().min(1).max(2000) }).strict();

export const ratingInput = z
  .object({ score: z.number().int().min(1).max(5), comment: z.string().trim().max(500).default('') })
  .strict();

export const ratingKind = z.enum(RATING_KINDS);
/** A subject a resident may rate: its kind (appointment, event, benefit_decision, training) and id. */
export const ratingSubjectParams = z.object({ kind: ratingKind, id: z.coerce.number().int().positive() });
export const givenRating = z.object({ score: z.number().int(), comment: z.string() });
/** What the rate page shows: the subject in words, whether it may be rated now, and her rating if given. */
export const ratingSubjectView = z.object({
  kind: ratingKind,
  id: z.number().int(),
  title: z.string(),
  day: z.string(),
  finished: z.boolean(),
  rating: givenRating.nullable(),
});

export const followUpQuery = z.object({ status: z.enum(FOLLOW_UP_STATUSES).optional() });
/** A low rating's follow-up as the station or community reads it; the phone masked until revealed. */
export const followUp = z.object({
  id: z.number().int(),
  kind: ratingKind,
  subjectId: z.number().int(),
  residentName: z.string(),
  residentPhone: z.string(),
  stationId: z.number().int().nullable(),
  stationName: z.string().nullable(),
  areaName: z.string(),
  score: z.number().int(),
  comment: z.string(),
  ratedAt: z.string(),
  status: z.enum(FOLLOW_UP_STATUSES),
  note: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedByName: z.string().nullable(),
});
export type FollowUp = z.infer<typeof followUp>;
export const followUpList = z.object({ items: z.array(followUp) });
export const closeFollowUpInput = z.object({ note: z.string().trim().min(1).max(1000) }).strict();
export const revealedPhone = z.object({ phone: z.string() });

/** The street's view of its stations over some weeks: places booked per station and week, and the events. */
export const overviewQuery = z.object({ from: calendarDate.optional(), to: calendarDate.optional() });
export const capacityWeek = z.object({
  stationId: z.number().int(),
  stationName: z.string(),
  /** The Monday the week starts. */
  week: z.string(),
  booked: z.number().int(),
  seats: z.number().int(),
});
export const eventUse = z.object({
  id: z.number().int(),
  stationName: z.string(),
  kind: z.enum(['policy_briefing', 'job_fair']),
  title: z.string(),
  day: z.string(),
  capacity: z.number().int(),
  /** Seats held (registered, offered or attended). */
  registered: z.number().int(),
  attended: z.number().int(),
  waitlisted: z.number().int(),
});
export const stationsOverview = z.object({
  from: z.string(),
  to: z.string(),
  capacity: z.array(capacityWeek),
  events: z.array(eventUse),
});

export const satisfactionQuery = z.object({
  from: calendarDate.optional(),
  to: calendarDate.optional(),
});
/** Satisfied = a rating of 4 or 5; the rate is satisfied ÷ rated, per station and community and month. */
export const satisfactionRow = z.object({
  month: z.string(),
  /** The station rated; null for decisions on applications, which count in their community. */
  stationId: z.number().int().nullable(),
  stationName: z.string().nullable(),
  communityId: z.number().int().nullable(),
  communityName: z.string().nullable(),
  rated: z.number().int(),
  satisfied: z.number().int(),
  averageScore: z.number(),
  openFollowUps: z.number().int(),
});
export const satisfactionReport = z.object({ items: z.array(satisfactionRow) });

/** A walk-in at the desk: the service she came for and the name she is called by. */
export const walkInInput = z.object({ service: stationService, name: z.string().trim().min(1).max(40) }).strict();
export const queueTicket = z.object({
  id: z.number().int(),
  stationId: z.number().int(),
  day: z.string(),
  number: z.number().int(),
  service: stationService,
  name: z.string(),
  registered: z.boolean(),
  status: z.enum(['waiting', 'called', 'served', 'left']),
  calledAt: z.string().nullable(),
  serviceRecord: z.string().nullable(),
});
export const stationQueue = z.object({ day: z.string(), items: z.array(queueTicket) });
