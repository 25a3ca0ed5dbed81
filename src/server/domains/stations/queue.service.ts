/**
 * Walk-ins at the desk (SPEC §3.6): the agent gives a resident who came without a booking a
 * number for the day; the desk calls the next waiting and writes what was done. Numbers come from
 * one counter row per station and day, so two desks never give the same one.
 */
import type { z } from 'zod';
import { businessDay } from '../../../shared/dates';
import type { walkInInput } from '../../../shared/schemas/stations';
import type { ActorContext } from '../../context';
import { AppError, notFound } from '../../core/app-error';
import { recordAudit } from '../../platform/audit';
import * as repo from './queue.repository';
import { stationScope } from './stations.permissions';
import * as stationsRepo from './stations.repository';
import type { StationService } from '../../../shared/stations/enums';

async function deskStation(ctx: ActorContext, stationId: number) {
  const station = await stationsRepo.findStation(ctx.db, stationId, stationScope(ctx.actor));
  if (!station) throw notFound();
  return station;
}

function presentTicket(row: repo.TicketRow) {
  return {
    id: row.id,
    stationId: row.station_id,
    day: row.day,
    number: row.number,
    service: row.service as StationService,
    name: row.name,
    registered: row.resident_id !== null,
    status: row.status,
    calledAt: row.called_at ? row.called_at.toISOString() : null,
    serviceRecord: row.service_record,
  };
}

/** Today's queue at the station: who waits, who is at the desk, who was served. */
export async function todaysQueue(ctx: ActorContext, stationId: number) {
  await deskStation(ctx, stationId);
  const day = businessDay(ctx.now);
  const rows = await repo.ticketsOfDay(ctx.db, stationId, day);
  return { day, items: rows.map(presentTicket) };
}

/** A walk-in takes the next number, called by the name she gives. */
export async function takeNumber(ctx: ActorContext, stationId: number, input: z.infer<typeof walkInInput>) {
  const station = await deskStation(ctx, stationId);
  if (!station.services.includes(input.service)) throw new AppError('SLOT_SERVICE_NOT_OFFERED');
  const day = businessDay(ctx.now);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const number = await repo.drawNumber(trx, stationId, day);
    const { id } = await repo.insertTicket(trx, {
      station_id: stationId,
      day,
      number,
      service: input.service,
      resident_id: null,
      name: input.name,
      created_by_user_id: ctx.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'station.queue.ticket_taken',
      targetType: 'station_queue_ticket',
      targetId: id,
      after: { stationId, number, service: input.service },
    });
    return id;
  });
  return presentTicket((await repo.findTicket(ctx.db, id))!);
}

/** Calls the first one waiting; with nobody waiting, says so. */
export async function callNext(ctx: ActorContext, stationId: number) {
  await deskStation(ctx, stationId);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const called = await repo.callNext(trx, stationId, businessDay(ctx.now), ctx.actor.userId, ctx.now);
    if (!called) throw new AppError('QUEUE_EMPTY');
    await recordAudit(trx, ctx, {
      action: 'station.queue.called',
      targetType: 'station_queue_ticket',
      targetId: called.id,
      after: { status: 'called' },
    });
    return called.id;
  });
  return presentTicket((await repo.findTicket(ctx.db, id))!);
}

/** The desk writes what was done for the one it called. */
export async function serveTicket(ctx: ActorContext, id: number, serviceRecord: string) {
  const row = await repo.findTicket(ctx.db, id);
  if (!row) throw notFound();
  await deskStation(ctx, row.station_id);
  await ctx.db.transaction().execute(async (trx) => {
    const moved = await repo.moveTicket(trx, id, 'called', {
      status: 'served',
      service_record: serviceRecord,
      served_at: ctx.now,
    });
    if (!moved) throw new AppError('TICKET_NOT_CALLED');
    await recordAudit(trx, ctx, {
      action: 'station.queue.served',
      targetType: 'station_queue_ticket',
      targetId: id,
      before: { status: 'called' },
      after: { status: 'served' },
    });
  });
  return presentTicket((await repo.findTicket(ctx.db, id))!);
}
