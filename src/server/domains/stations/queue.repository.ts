/** A station's walk-in queue: SQL only. */
import { sql, type Transaction } from 'kysely';
import type { Db } from '../../db/client';
import type { Database, StationQueueTicketsTable } from '../../db/types';
import type { Insertable } from 'kysely';

type Q = Db | Transaction<Database>;

/** The next number of the station's day: one upsert on the day's counter row, so no two desks draw the same. */
export async function drawNumber(trx: Transaction<Database>, stationId: number, day: string): Promise<number> {
  const row = await trx
    .insertInto('station_queue_days')
    .values({ station_id: stationId, day, last_number: 1 })
    .onConflict((oc) =>
      oc.columns(['station_id', 'day']).doUpdateSet({ last_number: sql`station_queue_days.last_number + 1` }),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return row.last_number;
}

export function insertTicket(trx: Transaction<Database>, values: Insertable<StationQueueTicketsTable>) {
  return trx.insertInto('station_queue_tickets').values(values).returning('id').executeTakeFirstOrThrow();
}

function ticketSelect(db: Q) {
  return db
    .selectFrom('station_queue_tickets as q')
    .select([
      'q.id',
      'q.station_id',
      'q.day',
      'q.number',
      'q.service',
      'q.resident_id',
      'q.name',
      'q.status',
      'q.called_at',
      'q.service_record',
      'q.created_at',
    ]);
}
export type TicketRow = Awaited<ReturnType<ReturnType<typeof ticketSelect>['execute']>>[number];

export function ticketsOfDay(db: Q, stationId: number, day: string) {
  return ticketSelect(db).where('q.station_id', '=', stationId).where('q.day', '=', day).orderBy('q.number').execute();
}

export function findTicket(db: Q, id: number) {
  return ticketSelect(db).where('q.id', '=', id).executeTakeFirst();
}

/** The first one waiting at the station today, called; another desk calling at once takes the one after. */
export function callNext(trx: Transaction<Database>, stationId: number, day: string, userId: number, now: Date) {
  return trx
    .updateTable('station_queue_tickets')
    .set({ status: 'called', called_at: now, called_by_user_id: userId })
    .where(
      'id',
      '=',
      trx
        .selectFrom('station_queue_tickets')
        .select('id')
        .where('station_id', '=', stationId)
        .where('day', '=', day)
        .where('status', '=', 'waiting')
        .orderBy('number')
        .limit(1)
        .forUpdate()
        .skipLocked(),
    )
    .returning('id')
    .executeTakeFirst();
}

/** Moves a ticket from one status to the next; nothing when it is no longer in `from`. */
export function moveTicket(
  trx: Transaction<Database>,
  id: number,
  from: 'waiting' | 'called',
  values: { status: 'served' | 'left'; service_record?: string; served_at?: Date },
) {
  return trx
    .updateTable('station_queue_tickets')
    .set(values)
    .where('id', '=', id)
    .where('status', '=', from)
    .returning('id')
    .executeTakeFirst();
}
