/** The station registry and the resident's stations near home (SPEC §3.6, the 15-minute employment circle). */
import type { z } from 'zod';
import { businessDay } from '../../../shared/dates';
import type {
  nearbyStations as nearbyStationsSchema,
  overviewQuery,
  stationListQuery,
} from '../../../shared/schemas/stations';
import type { ActorContext } from '../../context';
import { notFound } from '../../core/app-error';
import { areaUnder } from '../../http/scope';
import { findWalkingHome, projectKm, walkingMinutes } from '../jobs';
import { EVERY_STATION, stationScope } from './stations.permissions';
import { presentStation, presentStationDetail, type StationTimes } from './stations.presenter';
import * as repo from './stations.repository';
import { eventUse } from './events.repository';
import { nextDay } from './opening-hours';
import type { Db } from '../../db/client';

/** A resident without a job profile walks this far: the 15-minute employment circle (15分钟就业服务圈). */
export const DEFAULT_WALK_MINUTES = 15;

/** Hours and the closures from today on, per station, in two queries for any number of stations. */
export async function timesOf(db: Db, stationIds: number[], now: Date): Promise<Map<number, StationTimes>> {
  const [hours, closures] = await Promise.all([
    repo.hoursOf(db, stationIds),
    repo.closuresOf(db, stationIds, businessDay(now)),
  ]);
  const times = new Map<number, StationTimes>(stationIds.map((id) => [id, { hours: [], closures: [] }]));
  for (const h of hours) times.get(h.station_id)!.hours.push({ weekday: h.weekday, opens: h.opens, closes: h.closes });
  for (const c of closures) times.get(c.station_id)!.closures.push({ day: c.day, reason: c.reason });
  return times;
}

export async function listStations(ctx: ActorContext, query: z.infer<typeof stationListQuery>) {
  const rows = await repo.listStations(ctx.db, stationScope(ctx.actor), {
    kind: query.kind,
    under: query.areaId ? areaUnder('s.area_id', query.areaId) : undefined,
  });
  const times = await timesOf(
    ctx.db,
    rows.map((r) => r.id),
    ctx.now,
  );
  return { items: rows.map((r) => presentStation(r, times.get(r.id)!, ctx.now)) };
}

/** A station with its hours, closures and staff; outside the actor's reach it does not exist. */
export async function getStation(ctx: ActorContext, id: number) {
  const row = await repo.findStation(ctx.db, id, stationScope(ctx.actor));
  if (!row) throw notFound();
  const [times, staff] = await Promise.all([timesOf(ctx.db, [id], ctx.now), repo.staffOf(ctx.db, id)]);
  return presentStationDetail(row, times.get(id)!, staff, ctx.now);
}

/** What a resident sees of a station: everything public, no staff names. */
export async function getPublicStation(ctx: ActorContext, id: number) {
  const row = await repo.findStation(ctx.db, id, EVERY_STATION);
  if (!row) throw notFound();
  const times = await timesOf(ctx.db, [id], ctx.now);
  return presentStationDetail(row, times.get(id)!, [], ctx.now);
}

/**
 * The stations within her walking limit from her compound, nearest first, measured by the walking
 * rule the job ranking uses (jobs' walkingMinutes). Her job profile's home and limit when she has
 * one; else the compound she is registered in and 15 minutes.
 */
export async function nearbyStations(
  ctx: ActorContext,
  residentId: number,
): Promise<z.infer<typeof nearbyStationsSchema>> {
  const [resident, walking] = await Promise.all([
    repo.findResidentPlace(ctx.db, residentId),
    findWalkingHome(ctx.db, residentId),
  ]);
  if (!resident) throw notFound();
  const home = walking
    ? await repo.findArea(ctx.db, walking.home_area_id)
    : { name: resident.area_name, lat: resident.lat, lng: resident.lng };
  const maxWalkMinutes = walking?.max_walk_minutes ?? DEFAULT_WALK_MINUTES;
  if (!home || home.lat == null || home.lng == null)
    return { homeAreaName: home?.name ?? null, maxWalkMinutes, items: [] };
  const from = projectKm(home.lat, home.lng);
  const rows = await repo.stationsWithPlace(ctx.db);
  const near = rows
    .map((row) => {
      const at = projectKm(row.lat!, row.lng!);
      return { row, walkMinutes: walkingMinutes(Math.hypot(at.x - from.x, at.y - from.y)) };
    })
    .filter((s) => s.walkMinutes <= maxWalkMinutes)
    .sort((a, b) => a.walkMinutes - b.walkMinutes || a.row.name.localeCompare(b.row.name, 'zh-CN'));
  const times = await timesOf(
    ctx.db,
    near.map((s) => s.row.id),
    ctx.now,
  );
  return {
    homeAreaName: home.name,
    maxWalkMinutes,
    items: near.map((s) => ({ ...presentStation(s.row, times.get(s.row.id)!, ctx.now), walkMinutes: s.walkMinutes })),
  };
}

/** The street's view: places booked ÷ seats per station and week, and each event's seats, attendance and waitlist. */
export async function overview(ctx: ActorContext, query: z.infer<typeof overviewQuery>) {
  const today = businessDay(ctx.now);
  const from = query.from ?? nextDay(today, -28);
  const to = query.to ?? nextDay(today, 14);
  const scope = stationScope(ctx.actor);
  const [capacity, events] = await Promise.all([
    repo.capacityByWeek(ctx.db, scope, from, to),
    eventUse(ctx.db, scope, from, to),
  ]);
  return {
    from,
    to,
    capacity: capacity.map((c) => ({
      stationId: c.station_id,
      stationName: c.station_name,
      week: c.week,
      booked: c.booked,
      seats: c.seats,
    })),
    events: events.map((e) => ({
      id: e.id,
      stationName: e.station_name,
      kind: e.kind,
      title: e.title,
      day: e.day,
      capacity: e.capacity,
      registered: e.registered,
      attended: e.attended,
      waitlisted: e.waitlisted,
    })),
  };
}
