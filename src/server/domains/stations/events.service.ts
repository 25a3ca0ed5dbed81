/**
 * Events at the stations (SPEC §3.6): a 政策宣传推介会 or a 招聘会 with its seats. A registration
 * takes a seat by one conditional update or joins the waitlist; a seat given back goes to the
 * first who waits, as an offer she confirms within the event's hours, and when the time lapses
 * it moves on (the lapse task, once across processes). The door checks people in by a code;
 * a job fair lists its employers' booths and their posts, ranked for the resident reading them.
 */
import { randomInt } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { z } from 'zod';
import { businessDay } from '../../../shared/dates';
import type { EventInput, eventListQuery } from '../../../shared/schemas/station-events';
import type { ActorContext } from '../../context';
import { AppError, notFound } from '../../core/app-error';
import type { Db } from '../../db/client';
import { uniqueViolation } from '../../db/errors';
import type { Database } from '../../db/types';
import { recordAudit } from '../../platform/audit';
import { notifyUsers } from '../../platform/notifications';
import type { BackgroundTask } from '../../platform/scheduler';
import { postsOfEmployersFor } from '../jobs';
import { checkInOpen, offerDeadline, registrationOpen } from './event-rule';
import * as repo from './events.repository';
import { presentAttendee, presentEvent, presentRegistration } from './events.presenter';
import { EVERY_STATION, stationScope } from './stations.permissions';
import * as stationsRepo from './stations.repository';

function newCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** Upcoming events of the street: everyone's to read (a resident), or those of the stations in reach (staff). */
export async function listEvents(ctx: ActorContext, query: z.infer<typeof eventListQuery>) {
  const scope = ctx.actor.kind === 'resident' ? EVERY_STATION : stationScope(ctx.actor);
  const rows = await repo.listEvents(ctx.db, scope, { from: businessDay(ctx.now), kind: query.kind });
  return { items: rows.map(presentEvent) };
}

async function reachableEvent(ctx: ActorContext, id: number) {
  const scope = ctx.actor.kind === 'resident' ? EVERY_STATION : stationScope(ctx.actor);
  const row = await repo.findEvent(ctx.db, id, scope);
  if (!row) throw notFound();
  return row;
}

async function employersOf(db: Db, eventId: number) {
  return (await repo.boothsOf(db, [eventId])).map((b) => ({ enterpriseId: b.enterprise_id, name: b.name }));
}

/** An event as the resident reads it: her own registration, a fair's employers. */
export async function getEventForResident(ctx: ActorContext, residentId: number, id: number) {
  const row = await reachableEvent(ctx, id);
  const mine = await repo.liveRegistration(ctx.db, id, residentId);
  const own = mine ? (({ event: _event, ...rest }) => rest)(presentRegistration(mine, row)) : null;
  return { ...presentEvent(row), mine: own, employers: await employersOf(ctx.db, id) };
}

/** A job fair's open posts, ranked for her (the jobs domain's match). */
export async function fairPosts(ctx: ActorContext, residentId: number, id: number) {
  const row = await reachableEvent(ctx, id);
  if (row.kind !== 'job_fair') return { items: [] };
  const employers = await employersOf(ctx.db, id);
  return {
    items: await postsOfEmployersFor(
      ctx,
      residentId,
      employers.map((e) => e.enterpriseId),
    ),
  };
}

// ── registration and the waitlist ──

/**
 * Registers her: a seat when one is free, else a place on the waitlist. A resend with the same key
 * answers the first; a second live registration for the same event is refused.
 */
export async function register(ctx: ActorContext, residentId: number, eventId: number, clientKey: string) {
  const resent = await repo.findRegistrationByKey(ctx.db, residentId, clientKey);
  if (resent) return presentRegistration(resent, await reachableEvent(ctx, resent.event_id));
  const event = await reachableEvent(ctx, eventId);
  if (!registrationOpen(event.day, event.starts, ctx.now)) throw new AppError('EVENT_CLOSED');
  for (let attempt = 0; ; attempt++) {
    try {
      const id = await ctx.db.transaction().execute(async (trx) => {
        const seat = await repo.takeEventSeat(trx, eventId);
        const { id } = await repo.insertRegistration(trx, {
          event_id: eventId,
          resident_id: residentId,
          status: seat ? 'registered' : 'waitlisted',
          code: newCode(),
          client_key: clientKey,
        });
        await recordAudit(trx, ctx, {
          action: seat ? 'station.event.registered' : 'station.event.waitlisted',
          targetType: 'station_event_registration',
          targetId: id,
          after: { eventId, residentId },
        });
        return id;
      });
      return presentRegistration((await repo.findRegistration(ctx.db, id))!, await reachableEvent(ctx, eventId));
    } catch (err) {
      const constraint = uniqueViolation(err);
      if (constraint === 'station_event_registrations_live_idx') throw new AppError('ALREADY_REGISTERED');
      if (constraint === 'station_event_registrations_resident_id_client_key_key') {
        const first = await repo.findRegistrationByKey(ctx.db, residentId, clientKey);
        if (first) return presentRegistration(first, await reachableEvent(ctx, first.event_id));
      }
      if (constraint === 'station_event_registrations_code_idx' && attempt < 3) continue;
      throw err;
    }
  }
}

/**
 * A seat of the event was given back: it goes to the first who waits, as an offer with a time to
 * confirm and a notice; with nobody waiting it is free again. Runs inside the giver's transaction.
 */
export async function passSeatOn(trx: Transaction<Database>, eventId: number, now: Date) {
  const next = await repo.nextWaiting(trx, eventId);
  if (!next) {
    await repo.giveEventSeat(trx, eventId);
    return null;
  }
  const event = (await repo.findEvent(trx, eventId, EVERY_STATION))!;
  const until = offerDeadline(now, event.confirm_hours, event.day, event.starts);
  await repo.updateRegistration(trx, next.id, { status: 'offered', offered_until: until, updated_at: now });
  const users = await repo.userOfResident(trx, next.resident_id);
  await notifyUsers(
    trx,
    users.map((u) => u.id),
    {
      kind: 'stations.event.offered',
      text: {
        template: 'stations.event.offered',
        params: {
          event: event.title,
          day: `${event.day} ${event.starts}`,
          until: new Intl.DateTimeFormat('zh-CN', {
            timeZone: 'Asia/Shanghai',
            month: 'numeric',
            day: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
            hour12: false,
          }).format(until),
        },
      },
      link: `/events/${eventId}`,
      dedupeKey: `stations.event.offered.${next.id}.${until.getTime()}`,
    },
  );
  return next.id;
}

async function ownRegistration(ctx: ActorContext, residentId: number, id: number) {
  const row = await repo.findRegistration(ctx.db, id);
  if (!row || row.resident_id !== residentId) throw notFound();
  return row;
}

/** She gives her seat or her place back before the event starts; a seat moves on to whoever waits. */
export async function cancelRegistration(ctx: ActorContext, residentId: number, id: number) {
  const row = await ownRegistration(ctx, residentId, id);
  const event = await reachableEvent(ctx, row.event_id);
  if (row.status === 'cancelled') return presentRegistration(row, event);
  if (!registrationOpen(event.day, event.starts, ctx.now)) throw new AppError('EVENT_CLOSED');
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockRegistration(trx, id);
    if (!locked || !['registered', 'waitlisted', 'offered'].includes(locked.status))
      throw new AppError('REGISTRATION_NOT_OPEN');
    await repo.updateRegistration(trx, id, { status: 'cancelled', offered_until: null, updated_at: ctx.now });
    const promoted = locked.status === 'waitlisted' ? null : await passSeatOn(trx, locked.event_id, ctx.now);
    await recordAudit(trx, ctx, {
      action: 'station.event.cancelled',
      targetType: 'station_event_registration',
      targetId: id,
      before: { status: locked.status },
      after: { status: 'cancelled', promoted },
    });
  });
  return presentRegistration((await repo.findRegistration(ctx.db, id))!, await reachableEvent(ctx, row.event_id));
}

/** A promoted resident takes the seat offered, in time. */
export async function confirmOffer(ctx: ActorContext, residentId: number, id: number) {
  const row = await ownRegistration(ctx, residentId, id);
  if (row.status === 'registered') return presentRegistration(row, await reachableEvent(ctx, row.event_id));
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockRegistration(trx, id);
    if (locked?.status === 'lapsed') throw new AppError('OFFER_LAPSED');
    if (locked?.status !== 'offered') throw new AppError('REGISTRATION_NOT_OPEN');
    if (locked.offered_until! <= ctx.now) throw new AppError('OFFER_LAPSED');
    await repo.updateRegistration(trx, id, { status: 'registered', offered_until: null, updated_at: ctx.now });
    await recordAudit(trx, ctx, {
      action: 'station.event.confirmed',
      targetType: 'station_event_registration',
      targetId: id,
      before: { status: 'offered' },
      after: { status: 'registered' },
    });
  });
  return presentRegistration((await repo.findRegistration(ctx.db, id))!, await reachableEvent(ctx, row.event_id));
}

export async function listMyRegistrations(ctx: ActorContext, residentId: number) {
  const rows = await repo.registrationsOfResident(ctx.db, residentId);
  const events = new Map(
    (
      await Promise.all(
        [...new Set(rows.map((r) => r.event_id))].map((id) => repo.findEvent(ctx.db, id, EVERY_STATION)),
      )
    )
      .filter((e) => e !== undefined)
      .map((e) => [e.id, e]),
  );
  return { items: rows.map((r) => presentRegistration(r, events.get(r.event_id)!)) };
}

/**
 * Offers not confirmed in time lapse and their seats move on; seats left free while someone waits
 * are offered too. `now` is the caller's clock (the task's, or a test's).
 */
export async function lapseOffers(db: Db, now: Date): Promise<{ lapsed: number; promoted: number }> {
  let lapsed = 0;
  let promoted = 0;
  for (;;) {
    const n = await db.transaction().execute(async (trx) => {
      const rows = await repo.lapsedOffers(trx, now, 50);
      for (const row of rows) {
        await repo.updateRegistration(trx, row.id, { status: 'lapsed', offered_until: null, updated_at: now });
        if (await passSeatOn(trx, row.event_id, now)) promoted++;
      }
      return rows.length;
    });
    lapsed += n;
    if (n < 50) break;
  }
  for (const { id } of await repo.eventsWithFreeSeatAndQueue(db, businessDay(now))) {
    await db.transaction().execute(async (trx) => {
      if (!(await repo.takeEventSeat(trx, id))) return;
      if (await passSeatOn(trx, id, now)) promoted++;
    });
  }
  return { lapsed, promoted };
}

export const eventOffersTask: BackgroundTask = {
  name: 'station-event-offers',
  everyMs: 60 * 1000,
  async run(db) {
    await lapseOffers(db, new Date());
  },
};

// ── staff ──

/** Opens an event at a station in reach. */
export async function createEvent(ctx: ActorContext, stationId: number, input: EventInput) {
  const station = await stationsRepo.findStation(ctx.db, stationId, stationScope(ctx.actor));
  if (!station) throw notFound();
  if (!registrationOpen(input.day, input.starts, ctx.now)) throw new AppError('EVENT_PAST');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await repo.insertEvent(trx, {
      station_id: stationId,
      kind: input.kind,
      title: input.title,
      description: input.description,
      day: input.day,
      starts: input.starts,
      ends: input.ends,
      capacity: input.capacity,
      booths: input.booths,
      confirm_hours: input.confirmHours,
      created_by_user_id: ctx.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'station.event.created',
      targetType: 'station_event',
      targetId: id,
      after: { stationId, ...input },
    });
    return id;
  });
  return getEventForStaff(ctx, id);
}

/** The agent's view: who holds a seat, who waits, who came, and a fair's employers. */
export async function getEventForStaff(ctx: ActorContext, id: number) {
  const row = await reachableEvent(ctx, id);
  const rows = await repo.registrationsOfEvent(ctx.db, id);
  return {
    ...presentEvent(row),
    attendees: rows.map(presentAttendee),
    attended: rows.filter((r) => r.status === 'attended').length,
    employers: await employersOf(ctx.db, id),
  };
}

/** Checks in the resident whose door code the agent typed, on the event's day. */
export async function checkInAtEvent(ctx: ActorContext, id: number, code: string) {
  const event = await reachableEvent(ctx, id);
  if (!checkInOpen(event.day, event.ends, ctx.now)) throw new AppError('EVENT_NOT_TODAY');
  const row = await repo.findByDoorCode(ctx.db, id, code);
  if (!row) throw new AppError('CHECK_IN_CODE_UNKNOWN');
  if (row.status !== 'registered') throw new AppError('REGISTRATION_NO_SEAT');
  await ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockRegistration(trx, row.id);
    if (locked?.status !== 'registered') throw new AppError('REGISTRATION_NO_SEAT');
    await repo.updateRegistration(trx, row.id, {
      status: 'attended',
      checked_in_at: ctx.now,
      checked_in_by_user_id: ctx.actor.userId,
      updated_at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: 'station.event.attended',
      targetType: 'station_event_registration',
      targetId: row.id,
      after: { eventId: id },
    });
  });
  return presentAttendee((await repo.findRegistration(ctx.db, row.id))!);
}

// ── employers ──

/** Upcoming job fairs, with the booths the employer's enterprises hold. */
export async function listFairsForEmployer(ctx: ActorContext) {
  const rows = await repo.listEvents(ctx.db, EVERY_STATION, { from: businessDay(ctx.now), kind: 'job_fair' });
  const mine = new Set(ctx.actor.enterprises.map((e) => e.id));
  const booths = await repo.boothsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => ({
      ...presentEvent(r),
      myBooths: booths.filter((b) => b.event_id === r.id && mine.has(b.enterprise_id)).map((b) => b.enterprise_id),
    })),
  };
}

/** An employer takes a booth at a job fair for one of her enterprises; again answers the same. */
export async function registerBooth(ctx: ActorContext, eventId: number, enterpriseId: number) {
  if (!ctx.actor.enterprises.some((e) => e.id === enterpriseId)) throw notFound();
  const event = await reachableEvent(ctx, eventId);
  if (event.kind !== 'job_fair') throw notFound();
  if (!registrationOpen(event.day, event.starts, ctx.now)) throw new AppError('EVENT_CLOSED');
  await ctx.db.transaction().execute(async (trx) => {
    const outcome = await repo.takeBooth(trx, eventId, enterpriseId, ctx.actor.userId);
    if (outcome === 'full') throw new AppError('BOOTHS_FULL');
    if (outcome === 'taken')
      await recordAudit(trx, ctx, {
        action: 'station.event.booth_registered',
        targetType: 'station_event',
        targetId: eventId,
        after: { enterpriseId },
      });
  });
  return (await listFairsForEmployer(ctx)).items.find((f) => f.id === eventId)!;
}
