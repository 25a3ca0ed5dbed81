/** Rows → the API's shapes. Phones are masked; a check-in code is shown to its resident only. */
import type { z } from 'zod';
import type { appointment, Slot, StationDetail, StationSummary } from '../../../shared/schemas/stations';
import type { StationService } from '../../../shared/stations/enums';
import { maskPhone } from '../../../shared/validators';
import { beforeCutOff } from './booking-rule';
import { type Closure, isOpenAt, type Opening, openingsOn, shanghaiClock } from './opening-hours';
import type { AppointmentRow, SlotRow, StationRow } from './stations.repository';

export interface StationTimes {
  hours: Opening[];
  closures: Closure[];
}

export function presentStation(row: StationRow, times: StationTimes, now: Date): StationSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    areaId: row.area_id,
    areaName: row.area_name,
    address: row.address,
    phone: row.phone,
    lat: row.lat,
    lng: row.lng,
    services: row.services as StationService[],
    openNow: isOpenAt(now, times.hours, times.closures),
    today: openingsOn(shanghaiClock(now).day, times.hours, times.closures),
  };
}

export function presentStationDetail(
  row: StationRow,
  times: StationTimes,
  staff: { id: number; display_name: string; username: string | null }[],
  now: Date,
): StationDetail {
  return {
    ...presentStation(row, times, now),
    hours: times.hours,
    closures: times.closures,
    staff: staff.map((s) => ({ id: s.id, name: s.display_name, username: s.username ?? '' })),
  };
}

export function presentSlot(row: SlotRow): Slot {
  return {
    id: row.id,
    stationId: row.station_id,
    service: row.service as StationService,
    day: row.day,
    starts: row.starts,
    ends: row.ends,
    capacity: row.capacity,
    remaining: Math.max(0, row.capacity - row.booked),
  };
}

/** Whose eyes: the resident herself sees her code; staff type it from her phone, so they never see it. */
export type Viewer = 'resident' | 'staff';

export function presentAppointment(row: AppointmentRow, viewer: Viewer, now: Date): z.infer<typeof appointment> {
  return {
    id: row.id,
    status: row.status,
    code: viewer === 'resident' && row.status === 'booked' ? row.code : null,
    purpose: row.purpose,
    stationId: row.station_id,
    stationName: row.station_name,
    stationAddress: row.station_address,
    slot: {
      id: row.slot_id,
      stationId: row.station_id,
      service: row.service as StationService,
      day: row.day,
      starts: row.starts,
      ends: row.ends,
    },
    residentName: row.resident_name,
    residentPhone: maskPhone(row.resident_phone),
    assisted: row.assisted,
    bookedBy: row.assisted ? row.booked_by_name : null,
    checkedInAt: row.checked_in_at ? row.checked_in_at.toISOString() : null,
    serviceRecord: row.service_record,
    changeable: row.status === 'booked' && beforeCutOff(row.day, row.starts, now),
    rating: row.rating_score == null ? null : { score: row.rating_score, comment: row.rating_comment ?? '' },
  };
}
