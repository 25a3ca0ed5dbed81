/**
 * Service stations (SPEC §3.6, issue item 8): 200 bookings at once for a slot of 20 seats, as officers booking
 * for a queue of residents (代办, the consent recorded) do through the service — exactly 20 confirmed and 180
 * refused SLOT_FULL, every round — and 200 registrations at once for an event of 20 seats: 20 hold a seat, 180
 * join the waitlist in order. Each call's time is from the moment all 200 start, so waiting for a pooled
 * connection and for the row lock counts (target p99 ≤ 50 ms). It counts; it never asserts a time.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { loadActor } from '../../src/server/domains/accounts/accounts.service';
import { bookForResident } from '../../src/server/domains/stations/appointments.service';
import { register } from '../../src/server/domains/stations/events.service';
import { AppError } from '../../src/server/core/app-error';
import { Samples, summarise } from '../lib/stats';
import type { Benchmark, BenchContext, BenchRow, LoadStats } from '../lib/types';

const AT_ONCE = 200;
const SEATS = 20;
const TARGET_P99_MS = 50;

function statsOf(samples: Samples, errors: number): LoadStats {
  const s = summarise(samples.view());
  const elapsedS = samples.view().reduce((a, b) => Math.max(a, b), 0) / 1000;
  return { requests: samples.length, errors, elapsedS, rps: samples.length / Math.max(elapsedS, 1e-9), ...s };
}

/** Runs `call` for each of 200 residents at once; each call's time and whether it got a seat. */
async function burst(calls: (() => Promise<'seat' | 'other'>)[], samples: Samples) {
  const started = performance.now();
  const outcomes = await Promise.all(
    calls.map(async (call) => {
      try {
        const outcome = await call();
        samples.push(performance.now() - started);
        return outcome;
      } catch (err) {
        samples.push(performance.now() - started);
        return err instanceof AppError ? err.code : 'error';
      }
    }),
  );
  const count = (o: string) => outcomes.filter((x) => x === o).length;
  return {
    seat: count('seat'),
    other: count('other'),
    full: count('SLOT_FULL'),
    errors: outcomes.length - count('seat') - count('other') - count('SLOT_FULL'),
  };
}

export const stationsBenchmark: Benchmark = {
  name: 'stations',
  description:
    '200 bookings at once for a slot of 20 seats (exactly 20 confirmed, 180 refused) and 200 registrations at once for an event of 20 seats (20 seats, 180 waitlisted), through the services.',
  async run(ctx: BenchContext) {
    const rounds = Math.max(3, Math.round(10 * Math.min(ctx.scaleFactor, 1)));
    const officer = (
      await ctx.db.selectFrom('users').select('id').where('username', '=', 'wangguiling').executeTakeFirstOrThrow()
    ).id;
    const actor = await loadActor(ctx.db, officer);
    if (!actor) throw new Error('wangguiling cannot be loaded');
    const station = (await sql<{ id: number }>`select id::int from stations order by id limit 1`.execute(ctx.db))
      .rows[0]!.id;
    const people = (
      await sql<{ id: number }>`select r.id::int from residents r order by r.id limit ${AT_ONCE}`.execute(ctx.db)
    ).rows.map((r) => r.id);
    if (people.length < AT_ONCE) throw new Error(`the bench needs ${AT_ONCE} residents`);
    const context = () => ({ db: ctx.db, cipher: ctx.cipher, actor, ip: null, now: new Date() });

    const slotSamples = new Samples();
    let confirmed = 0;
    let refused = 0;
    let slotErrors = 0;
    let exact = 0;
    for (let round = 0; round < rounds; round++) {
      const slot = (
        await sql<{ id: number }>`insert into station_slots (station_id, service, day, starts, ends, capacity)
          values (${station}, 'consulting', (now() at time zone 'Asia/Shanghai')::date + 7 + ${round}::int, '16:59', '17:00', ${SEATS})
          returning id::int`.execute(ctx.db)
      ).rows[0]!.id;
      ctx.log(`  stations: round ${round + 1}/${rounds}, ${AT_ONCE} bookings for ${SEATS} seats…`);
      const r = await burst(
        people.map((residentId) => async () => {
          await bookForResident(context(), slot, {
            residentId,
            clientKey: randomUUID(),
            consentMethod: 'paper',
            purpose: '',
          });
          return 'seat';
        }),
        slotSamples,
      );
      const booked = (
        await sql<{ booked: number }>`select booked from station_slots where id = ${slot}`.execute(ctx.db)
      ).rows[0]!.booked;
      if (r.seat === SEATS && booked === SEATS && r.full === AT_ONCE - SEATS) exact++;
      confirmed += r.seat;
      refused += r.full;
      slotErrors += r.errors;
    }
    const slots = statsOf(slotSamples, slotErrors);

    const eventSamples = new Samples();
    let seated = 0;
    let waiting = 0;
    let eventErrors = 0;
    let eventExact = 0;
    for (let round = 0; round < rounds; round++) {
      const event = (
        await sql<{ id: number }>`insert into station_events (station_id, kind, title, day, starts, ends, capacity)
          values (${station}, 'policy_briefing', '压测推介会', (now() at time zone 'Asia/Shanghai')::date + 7 + ${round}::int, '14:00', '16:00', ${SEATS})
          returning id::int`.execute(ctx.db)
      ).rows[0]!.id;
      ctx.log(`  stations: round ${round + 1}/${rounds}, ${AT_ONCE} registrations for ${SEATS} seats…`);
      const r = await burst(
        people.map((residentId) => async () => {
          const reg = await register(
            { ...context(), actor: { ...actor, kind: 'resident', role: 'resident', residentId } },
            residentId,
            event,
            randomUUID(),
          );
          return reg.status === 'registered' ? 'seat' : reg.status === 'waitlisted' ? 'other' : ('error' as never);
        }),
        eventSamples,
      );
      const taken = (await sql<{ taken: number }>`select taken from station_events where id = ${event}`.execute(ctx.db))
        .rows[0]!.taken;
      if (r.seat === SEATS && taken === SEATS && r.other === AT_ONCE - SEATS) eventExact++;
      seated += r.seat;
      waiting += r.other;
      eventErrors += r.errors;
    }
    const events = statsOf(eventSamples, eventErrors);

    const row = (name: string, stats: LoadStats, notes: string): BenchRow => ({
      name,
      medianMs: stats.medianMs,
      p99Ms: stats.p99Ms,
      rps: stats.rps,
      vsRaw: null,
      target: `p99 ≤ ${TARGET_P99_MS} ms`,
      met: stats.p99Ms <= TARGET_P99_MS,
      notes,
      stats,
    });
    return [
      row(
        `stations ${AT_ONCE} bookings at once for ${SEATS} seats`,
        slots,
        `${rounds} rounds; exactly ${SEATS} confirmed in ${exact}/${rounds}; ${confirmed} confirmed, ${refused} refused SLOT_FULL, ${slotErrors} other; 代办 with consent, through the service`,
      ),
      row(
        `stations ${AT_ONCE} registrations at once for an event of ${SEATS}`,
        events,
        `${rounds} rounds; exactly ${SEATS} seated in ${eventExact}/${rounds}; ${seated} seated, ${waiting} waitlisted, ${eventErrors} other; through the service`,
      ),
    ];
  },
};
