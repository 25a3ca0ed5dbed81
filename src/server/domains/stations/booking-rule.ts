/**
 * The rules of an appointment that are not the seat count (the seat count is one conditional
 * update in the repository, ADR 0058): until when it may be cancelled or moved, and when it may
 * be marked missed. Pure, so the screens and the server agree.
 */
import { minutesOf, slotStart } from './opening-hours';

/** A booking may be cancelled or moved up to this many hours before its slot starts. */
export const CHANGE_CUT_OFF_HOURS = 2;

/** Whether a booking of the slot may still be cancelled or moved at `now`. */
export function beforeCutOff(day: string, starts: string, now: Date): boolean {
  return slotStart(day, starts).getTime() - now.getTime() >= CHANGE_CUT_OFF_HOURS * 3_600_000;
}

/** Whether the slot may still be booked at `now`: until it starts. */
export function bookable(day: string, starts: string, now: Date): boolean {
  return slotStart(day, starts).getTime() > now.getTime();
}

/** Whether the slot has ended at `now`, so one who never came may be marked missed. */
export function ended(day: string, ends: string, now: Date): boolean {
  return slotStart(day, ends).getTime() <= now.getTime();
}

/** Slot lengths the form offers are whole minutes; a slot is at least 10 minutes long. */
export function slotMinutes(starts: string, ends: string): number {
  return minutesOf(ends) - minutesOf(starts);
}
