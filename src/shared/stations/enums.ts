/** Service stations (就享家 · 创贷驿站 · 社区服务点): their closed lists, re-exported by ../enums.ts (free of zod, like it). */
export const STATION_KINDS = ['loan_station', 'service_station', 'community_point'] as const;
/** What a station offers (SPEC §3.4, §3.6): 贷款办理, 创业指导, 培训, 咨询, 岗位对接, 政策, 社保. */
export const STATION_SERVICES = [
  'loan',
  'guidance',
  'training',
  'consulting',
  'job_matching',
  'policy',
  'social_insurance',
] as const;
export const APPOINTMENT_STATUSES = ['booked', 'cancelled', 'checked_in', 'served', 'no_show'] as const;
export type StationKind = (typeof STATION_KINDS)[number];
export type StationService = (typeof STATION_SERVICES)[number];
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];
/** A station's events: 政策宣传推介会 and 招聘会. */
export const EVENT_KINDS = ['policy_briefing', 'job_fair'] as const;
/** A registration holds a seat while registered, offered (promoted from the waitlist, to confirm) or attended. */
export const REGISTRATION_STATUSES = [
  'registered',
  'waitlisted',
  'offered',
  'cancelled',
  'lapsed',
  'attended',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
/** What a resident may rate once (SPEC §3.6): a service at a station, an event she attended, a decision on her application, a completed training. */
export const RATING_KINDS = ['appointment', 'event', 'benefit_decision', 'training'] as const;
export type RatingKind = (typeof RATING_KINDS)[number];
export const FOLLOW_UP_STATUSES = ['open', 'closed'] as const;
