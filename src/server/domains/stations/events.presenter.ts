/** Event rows → the API's shapes. A door code is shown to its resident only, while she holds or awaits a seat. */
import type { Registration, StationEvent } from '../../../shared/schemas/station-events';
import type { z } from 'zod';
import type { attendee } from '../../../shared/schemas/station-events';
import { maskPhone } from '../../../shared/validators';
import type { EventRow, RegistrationRow } from './events.repository';

export function presentEvent(row: EventRow): StationEvent {
  return {
    id: row.id,
    stationId: row.station_id,
    stationName: row.station_name,
    stationAddress: row.station_address,
    kind: row.kind,
    title: row.title,
    description: row.description,
    day: row.day,
    starts: row.starts,
    ends: row.ends,
    capacity: row.capacity,
    remaining: Math.max(0, row.capacity - row.taken),
    waitlisted: row.waitlisted,
    booths: row.booths,
    boothsTaken: row.booths_taken,
    confirmHours: row.confirm_hours,
  };
}

export function presentRegistration(row: RegistrationRow, event: EventRow): Registration {
  return {
    id: row.id,
    status: row.status,
    code: row.status === 'registered' ? row.code : null,
    position: row.position,
    offeredUntil: row.offered_until ? row.offered_until.toISOString() : null,
    event: presentEvent(event),
  };
}

export function presentAttendee(row: RegistrationRow): z.infer<typeof attendee> {
  return {
    id: row.id,
    residentName: row.resident_name,
    residentPhone: maskPhone(row.resident_phone),
    status: row.status,
    position: row.position,
    offeredUntil: row.offered_until ? row.offered_until.toISOString() : null,
    checkedInAt: row.checked_in_at ? row.checked_in_at.toISOString() : null,
  };
}
