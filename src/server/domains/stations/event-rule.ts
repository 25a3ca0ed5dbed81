/**
 * The rules of an event that are not the seat count (that is one conditional update in the
 * repository, ADR 0066): until when one may register or cancel, until when a promoted resident
 * may confirm, and on which day the door checks people in. Pure, so the tests hold them.
 */
import { businessDay } from '../../../shared/dates';
import { slotStart } from './opening-hours';

/** Registration and cancellation stay open until the event starts. */
export function registrationOpen(day: string, starts: string, now: Date): boolean {
  return slotStart(day, starts).getTime() > now.getTime();
}

/**
 * Until when a resident promoted from the waitlist may confirm her seat: `confirmHours` from
 * the promotion, but never past the event's start (a seat offered an hour before has an hour).
 */
export function offerDeadline(now: Date, confirmHours: number, day: string, starts: string): Date {
  const limit = now.getTime() + confirmHours * 3_600_000;
  return new Date(Math.min(limit, slotStart(day, starts).getTime()));
}

/** The door checks people in on the event's own day, until it ends. */
export function checkInOpen(day: string, ends: string, now: Date): boolean {
  return businessDay(now) === day && slotStart(day, ends).getTime() > now.getTime();
}
