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
