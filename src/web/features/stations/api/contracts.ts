/**
 * The stations contracts the screens use, from src/shared (the same seam as lib/contracts.ts, kept
 * inside the feature so the capability merges as one folder).
 */
import type { z } from 'zod';
import type * as e from '../../../../shared/schemas/station-events';
import type * as s from '../../../../shared/schemas/stations';

export type StationSummary = z.infer<typeof s.stationSummary>;
export type StationDetail = z.infer<typeof s.stationDetail>;
export type NearbyStations = z.infer<typeof s.nearbyStations>;
export type Slot = z.infer<typeof s.slot>;
export type Appointment = z.infer<typeof s.appointment>;
export type StationDay = z.infer<typeof s.stationDay>;
export type SatisfactionRow = z.infer<typeof s.satisfactionRow>;
export type SlotInput = z.input<typeof s.slotInput>;
export type Opening = z.infer<typeof s.opening>;
export { STATION_KINDS, STATION_SERVICES } from '../../../../shared/stations/enums';
export type { StationKind, StationService, AppointmentStatus } from '../../../../shared/stations/enums';
export type StationEvent = z.infer<typeof e.stationEvent>;
export type EventDetail = z.infer<typeof e.eventDetail>;
export type Registration = z.infer<typeof e.registration>;
export type FairPost = z.infer<typeof e.fairPost>;
export type StaffEventDetail = z.infer<typeof e.staffEventDetail>;
export type Attendee = z.infer<typeof e.attendee>;
export type EventInput = z.input<typeof e.eventInput>;
export type EmployerFair = z.infer<typeof e.employerFair>;
export type { EventKind, RegistrationStatus } from '../../../../shared/stations/enums';
export type QueueTicket = z.infer<typeof s.queueTicket>;
export type StationQueue = z.infer<typeof s.stationQueue>;
export type RatingSubjectView = z.infer<typeof s.ratingSubjectView>;
export type FollowUp = z.infer<typeof s.followUp>;
export type StationsOverview = z.infer<typeof s.stationsOverview>;
export type { RatingKind } from '../../../../shared/stations/enums';
export { RATING_KINDS } from '../../../../shared/stations/enums';
