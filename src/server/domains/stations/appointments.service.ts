/**
 * Slots and appointments at a station (SPEC §3.6): the remaining seats shown before a pick; a
 * booking takes a seat by one conditional update, so a slot is never overbooked (ADR 0058);
 * cancel and move until the cut-off; the agent checks a resident in by the code she shows,
 * writes the service record, marks who never came; an officer may book for a resident (代办)
 * with her consent recorded; the resident rates a service once.
 */
import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import { businessDay } from '../../../shared/dates';
import type {
  assistedBookingInput,
  BookingInput,
  ratingInput,
  SlotInput,
  slotQuery,
} from '../../../shared/schemas/stations';
import type { Transaction } from 'kysely';
import type { ActorContext } from '../../context';
import type { Database } from '../../db/types';
import { AppError, notFound } from '../../core/app-error';
import { uniqueViolation } from '../../db/errors';
import { pathInScope } from '../../http/scope';
import { recordAudit } from '../../platform/audit';
import { insertConsent } from '../residents';
import { beforeCutOff, bookable, CHANGE_CUT_OFF_HOURS, ended } from './booking-rule';
import { insideHours, nextDay } from './opening-hours';
import * as ratings from './ratings.service';
import { EVERY_STATION, stationScope } from './stations.permissions';
import { presentAppointment, presentSlot, type Viewer } from './stations.presenter';
import * as repo from './stations.repository';
import { timesOf } from './stations.service';

/** A station the actor reaches (staff: their scope; a resident: every station's public face). */
async function reachableStation(ctx: ActorContext, stationId: number) {
  const scope = ctx.actor.kind === 'resident' ? EVERY_STATION : stationScope(ctx.actor);
  const station = await repo.findStation(ctx.db, stationId, scope);
  if (!station) throw notFound();
  return station;
}

async function presentOne(ctx: ActorContext, id: number, viewer: Viewer) {
  return presentAppointment((await repo.findAppointment(ctx.db, id))!, viewer, ctx.now);
}

// ── slots ──

export async function listSlots(ctx: ActorContext, stationId: number, query: z.infer<typeof slotQuery>) {
  await reachableStation(ctx, stationId);
  const from = query.from ?? businessDay(ctx.now);
  const rows = await repo.listSlots(ctx.db, stationId, from, nextDay(from, query.days - 1), query.service);
  // A resident is shown what she can still book; staff see the whole day.
  const shown = ctx.actor.kind === 'resident' ? rows.filter((r) => bookable(r.day, r.starts, ctx.now)) : rows;
  return { items: shown.map(presentSlot) };
}

/** Opens a slot for one of the station's services, inside its hours on a day it is open. */
export async function createSlot(ctx: ActorContext, stationId: number, input: SlotInput) {
  const station = await reachableStation(ctx, stationId);
  if (!station.services.includes(input.service)) throw new AppError('SLOT_SERVICE_NOT_OFFERED');
  const times = (await timesOf(ctx.db, [stationId], ctx.now)).get(stationId)!;
  if (!insideHours(input.day, input.starts, input.ends, times.hours, times.closures))
    throw new AppError('SLOT_OUTSIDE_HOURS');
  if (!bookable(input.day, input.starts, ctx.now)) throw new AppError('SLOT_PAST');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.insertSlot(trx, {
      station_id: stationId,
      service: input.service,
      day: input.day,
      starts: input.starts,
      ends: input.ends,
      capacity: input.capacity,
      created_by_user_id: ctx.actor.userId,
    });
    if (!row) throw new AppError('SLOT_EXISTS');
    await recordAudit(trx, ctx, {
      action: 'station.slot.created',
      targetType: 'station_slot',
      targetId: row.id,
      after: { stationId, ...input },
    });
    return row.id;
  });
  return presentSlot((await repo.findSlot(ctx.db, id))!);
}

// ── booking ──

function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

interface Assisted {
  method: 'paper' | 'verbal_witnessed';
}

/**
 * Books a seat. A resend with the same client key answers the first booking; a full slot is
 * refused and nothing is written.
 */
export async function book(
  ctx: ActorContext,
  residentId: number,
  slotId: number,
  input: BookingInput,
  assisted?: Assisted,
) {
  const viewer: Viewer = assisted ? 'staff' : 'resident';
  const resent = await repo.findByClientKey(ctx.db, residentId, input.clientKey);
  if (resent) return presentAppointment(resent, viewer, ctx.now);
  const slot = await repo.findSlot(ctx.db, slotId);
  if (!slot) throw notFound();
  if (!bookable(slot.day, slot.starts, ctx.now)) throw new AppError('SLOT_PAST');
  for (let attempt = 0; ; attempt++) {
    try {
      const id = await ctx.db.transaction().execute(async (trx) => {
        // The seat first: a full slot stops here, before anything is written.
        if (!(await repo.takeSeat(trx, slotId))) throw new AppError('SLOT_FULL');
        const consent = assisted
          ? await insertConsent(trx, {
              resident_id: residentId,
              purpose: 'station_appointment',
              scope: { stationId: slot.station_id, slotId, service: slot.service, day: slot.day },
              method: assisted.method,
              recorded_by_user_id: ctx.actor.userId,
              granted_at: ctx.now,
            })
          : null;
        const { id } = await repo.insertAppointment(trx, {
          slot_id: slotId,
          station_id: slot.station_id,
          resident_id: residentId,
          code: newCode(),
          purpose: input.purpose,
          client_key: input.clientKey,
          booked_by_user_id: ctx.actor.userId,
          assisted: assisted !== undefined,
          consent_id: consent?.id ?? null,
        });
        await recordAudit(trx, ctx, {
          action: assisted ? 'station.appointment.assisted_booked' : 'station.appointment.booked',
          targetType: 'station_appointment',
          targetId: id,
          after: {
            slotId,
            stationId: slot.station_id,
            residentId,
            ...(consent ? { consentId: consent.id, consentMethod: assisted!.method } : {}),
          },
        });
        return id;
      });
      return presentOne(ctx, id, viewer);
    } catch (err) {
      const constraint = uniqueViolation(err);
      if (constraint === 'station_appointments_live_idx') throw new AppError('ALREADY_BOOKED');
      if (constraint === 'station_appointments_resident_id_client_key_key') {
        const first = await repo.findByClientKey(ctx.db, residentId, input.clientKey);
        if (first) return presentAppointment(first, viewer, ctx.now);
      }
      // Two bookings drew the same code at the same station: draw again.
      if (constraint === 'station_appointments_code_idx' && attempt < 3) continue;
      throw err;
    }
  }
}

/** An officer books for a resident of her areas (代办), her consent recorded with the booking. */
export async function bookForResident(ctx: ActorContext, slotId: number, input: z.infer<typeof assistedBookingInput>) {
  const resident = await repo.findResidentPlace(ctx.db, input.residentId);
  if (!resident || !pathInScope(resident.area_path, ctx.actor.areaPaths)) throw notFound();
  return book(
    ctx,
    input.residentId,
    slotId,
    { clientKey: input.clientKey, purpose: input.purpose },
    { method: input.consentMethod },
  );
}

export async function listMine(ctx: ActorContext, residentId: number) {
  const rows = await repo.appointmentsOfResident(ctx.db, residentId);
  return { items: rows.map((r) => presentAppointment(r, 'resident', ctx.now)) };
}

/** The resident's own appointment; anyone else's does not exist for her. */
async function ownAppointment(ctx: ActorContext, residentId: number, id: number) {
  const row = await repo.findAppointment(ctx.db, id);
  if (!row || row.resident_id !== residentId) throw notFound();
  return row;
}

type Status = repo.AppointmentRow['status'];

/**
 * One step of an appointment: locked, still in the status the step starts from (else `refusal`),
 * changed, and audited, in one transaction. `also` runs inside it (a seat given back).
 */
async function step(
  ctx: ActorContext,
  id: number,
  from: Status,
  values: Parameters<typeof repo.updateAppointment>[2] & { status: Status },
  refusal: 'APPOINTMENT_NOT_OPEN' | 'APPOINTMENT_NOT_CHECKED_IN',
  also?: (trx: Transaction<Database>, slotId: number) => Promise<unknown>,
) {
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockAppointment(trx, id);
    if (locked?.status !== from) throw new AppError(refusal);
    await repo.updateAppointment(trx, id, values);
    await also?.(trx, locked.slot_id);
    await recordAudit(trx, ctx, {
      action: `station.appointment.${values.status}`,
      targetType: 'station_appointment',
      targetId: id,
      before: { status: from },
      after: { status: values.status },
    });
  });
}

function refuseAfterCutOff(row: repo.AppointmentRow, now: Date) {
  if (row.status !== 'booked') throw new AppError('APPOINTMENT_NOT_OPEN');
  if (!beforeCutOff(row.day, row.starts, now))
    throw new AppError('APPOINTMENT_CUT_OFF', { hours: CHANGE_CUT_OFF_HOURS });
}

/** Cancels before the cut-off and gives the seat back. Cancelling again answers the same. */
export async function cancel(ctx: ActorContext, residentId: number, id: number) {
  const row = await ownAppointment(ctx, residentId, id);
  if (row.status === 'cancelled') return presentAppointment(row, 'resident', ctx.now);
  refuseAfterCutOff(row, ctx.now);
  await step(ctx, id, 'booked', { status: 'cancelled', closed_at: ctx.now }, 'APPOINTMENT_NOT_OPEN', (trx, slotId) =>
    repo.giveSeat(trx, slotId),
  );
  return presentOne(ctx, id, 'resident');
}

/** Moves a booking to another slot of the same station before the cut-off: the new seat first, then the old one back. */
export async function reschedule(ctx: ActorContext, residentId: number, id: number, slotId: number) {
  const row = await ownAppointment(ctx, residentId, id);
  refuseAfterCutOff(row, ctx.now);
  const target = await repo.findSlot(ctx.db, slotId);
  if (!target || target.station_id !== row.station_id) throw notFound();
  if (target.id === row.slot_id) return presentAppointment(row, 'resident', ctx.now);
  if (!bookable(target.day, target.starts, ctx.now)) throw new AppError('SLOT_PAST');
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const locked = await repo.lockAppointment(trx, id);
      if (locked?.status !== 'booked') throw new AppError('APPOINTMENT_NOT_OPEN');
      if (!(await repo.takeSeat(trx, slotId))) throw new AppError('SLOT_FULL');
      await repo.giveSeat(trx, locked.slot_id);
      await repo.updateAppointment(trx, id, { slot_id: slotId });
      await recordAudit(trx, ctx, {
        action: 'station.appointment.rescheduled',
        targetType: 'station_appointment',
        targetId: id,
        before: { slotId: locked.slot_id },
        after: { slotId },
      });
    });
  } catch (err) {
    if (uniqueViolation(err) === 'station_appointments_live_idx') throw new AppError('ALREADY_BOOKED');
    throw err;
  }
  return presentOne(ctx, id, 'resident');
}

// ── the desk ──

/** The station's slots of a day, each with its bookings (the agent's "today"). */
export async function stationDay(ctx: ActorContext, stationId: number, day: string | undefined) {
  await reachableStation(ctx, stationId);
  const on = day ?? businessDay(ctx.now);
  const slots = await repo.listSlots(ctx.db, stationId, on, on);
  const appointments = await repo.appointmentsOfSlots(
    ctx.db,
    slots.map((s) => s.id),
  );
  return {
    day: on,
    slots: slots.map((s) => ({
      ...presentSlot(s),
      appointments: appointments.filter((a) => a.slot_id === s.id).map((a) => presentAppointment(a, 'staff', ctx.now)),
    })),
  };
}

/**
 * Checks in the resident whose code the agent typed: a booking of this station, today. A code of
 * another station, or of another day, is not found — the agent cannot check in for another desk.
 */
export async function checkIn(ctx: ActorContext, stationId: number, code: string) {
  await reachableStation(ctx, stationId);
  const row = await repo.findBookedByCode(ctx.db, stationId, code, businessDay(ctx.now));
  if (!row) throw new AppError('CHECK_IN_CODE_UNKNOWN');
  await step(
    ctx,
    row.id,
    'booked',
    { status: 'checked_in', checked_in_at: ctx.now, checked_in_by_user_id: ctx.actor.userId },
    'APPOINTMENT_NOT_OPEN',
  );
  return presentOne(ctx, row.id, 'staff');
}

/** An appointment at a station the actor reaches; elsewhere it does not exist. */
async function deskAppointment(ctx: ActorContext, id: number) {
  const row = await repo.findAppointment(ctx.db, id);
  if (!row) throw notFound();
  await reachableStation(ctx, row.station_id);
  return row;
}

/** The agent writes what was done; the appointment is then served. */
export async function recordService(ctx: ActorContext, id: number, serviceRecord: string) {
  const row = await deskAppointment(ctx, id);
  if (row.status !== 'checked_in') throw new AppError('APPOINTMENT_NOT_CHECKED_IN');
  await step(
    ctx,
    id,
    'checked_in',
    {
      status: 'served',
      service_record: serviceRecord,
      served_at: ctx.now,
      served_by_user_id: ctx.actor.userId,
      closed_at: ctx.now,
    },
    'APPOINTMENT_NOT_CHECKED_IN',
  );
  return presentOne(ctx, id, 'staff');
}

/** After the slot has ended, a booking nobody came for is marked missed; its seat stays taken (the time has passed). */
export async function markNoShow(ctx: ActorContext, id: number) {
  const row = await deskAppointment(ctx, id);
  if (row.status !== 'booked') throw new AppError('APPOINTMENT_NOT_OPEN');
  if (!ended(row.day, row.ends, ctx.now)) throw new AppError('NO_SHOW_TOO_EARLY');
  await step(ctx, id, 'booked', { status: 'no_show', closed_at: ctx.now }, 'APPOINTMENT_NOT_OPEN');
  return presentOne(ctx, id, 'staff');
}

// ── satisfaction ──

/** The resident rates a service she was given, once (the rating of any subject, ratings.service.ts). */
export async function rate(ctx: ActorContext, residentId: number, id: number, input: z.infer<typeof ratingInput>) {
  await ratings.rate(ctx, residentId, 'appointment', id, input);
  return presentOne(ctx, id, 'resident');
}
