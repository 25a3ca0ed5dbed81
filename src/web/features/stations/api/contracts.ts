/**
 * The stations contracts the screens use, from src/shared (the same seam as lib/contracts.ts, kept
 * inside the feature so the capability merges as one folder).
 */
import type { z } from 'zod';
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
