/** Service stations, their slots, appointments and ratings: path → validate → authorise → service. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBody, idParam } from '../../../shared/schemas/common';
import * as s from '../../../shared/schemas/stations';
import type { Deps } from '../../context';
import { actorContext } from '../../http/auth';
import * as appointments from './appointments.service';
import { eventsRoutes } from './events.routes';
import * as queue from './queue.service';
import { ratingsRoutes } from './ratings.routes';
import { ASSIST_ROLES, DESK_ROLES, SLOT_KEEPERS, STATION_READERS } from './stations.permissions';
import * as stations from './stations.service';

const tags = ['stations'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export async function stationsRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  type Req = Parameters<typeof actorContext>[0];
  const resident = (request: Req) => actorContext(request, deps, ['resident']);
  const residentId = (request: Req) => {
    const ctx = resident(request);
    return { ctx, me: ctx.actor.residentId! };
  };

  // ── The resident ──
  r.get('/api/v1/stations/nearby', { schema: { tags, response: { 200: s.nearbyStations, ...errors } } }, (request) => {
    const { ctx, me } = residentId(request);
    return stations.nearbyStations(ctx, me);
  });
  r.get(
    '/api/v1/stations/:id',
    { schema: { tags, params: idParam, response: { 200: s.stationDetail, ...errors } } },
    (request) => stations.getPublicStation(resident(request), request.params.id),
  );
  r.get(
    '/api/v1/stations/:id/slots',
    { schema: { tags, params: idParam, querystring: s.slotQuery, response: { 200: s.slotList, ...errors } } },
    (request) => appointments.listSlots(resident(request), request.params.id, request.query),
  );
  r.post(
    '/api/v1/stations/slots/:id/bookings',
    { schema: { tags, params: idParam, body: s.bookingInput, response: { 200: s.appointment, ...errors } } },
    (request) => {
      const { ctx, me } = residentId(request);
      return appointments.book(ctx, me, request.params.id, request.body);
    },
  );
  r.get('/api/v1/me/appointments', { schema: { tags, response: { 200: s.appointmentList, ...errors } } }, (request) => {
    const { ctx, me } = residentId(request);
    return appointments.listMine(ctx, me);
  });
  r.post(
    '/api/v1/me/appointments/:id/cancel',
    { schema: { tags, params: idParam, response: { 200: s.appointment, ...errors } } },
    (request) => {
      const { ctx, me } = residentId(request);
      return appointments.cancel(ctx, me, request.params.id);
    },
  );
  r.post(
    '/api/v1/me/appointments/:id/reschedule',
    { schema: { tags, params: idParam, body: s.rescheduleInput, response: { 200: s.appointment, ...errors } } },
    (request) => {
      const { ctx, me } = residentId(request);
      return appointments.reschedule(ctx, me, request.params.id, request.body.slotId);
    },
  );
  r.post(
    '/api/v1/me/appointments/:id/rating',
    { schema: { tags, params: idParam, body: s.ratingInput, response: { 200: s.appointment, ...errors } } },
    (request) => {
      const { ctx, me } = residentId(request);
      return appointments.rate(ctx, me, request.params.id, request.body);
    },
  );

  // ── Staff ──
  r.get(
    '/api/v1/staff/stations',
    { schema: { tags, querystring: s.stationListQuery, response: { 200: s.stationList, ...errors } } },
    (request) => stations.listStations(actorContext(request, deps, STATION_READERS), request.query),
  );
  r.get(
    '/api/v1/staff/stations/overview',
    { schema: { tags, querystring: s.overviewQuery, response: { 200: s.stationsOverview, ...errors } } },
    (request) => stations.overview(actorContext(request, deps, STATION_READERS), request.query),
  );
  r.get(
    '/api/v1/staff/stations/:id',
    { schema: { tags, params: idParam, response: { 200: s.stationDetail, ...errors } } },
    (request) => stations.getStation(actorContext(request, deps, STATION_READERS), request.params.id),
  );
  r.get(
    '/api/v1/staff/stations/:id/slots',
    { schema: { tags, params: idParam, querystring: s.slotQuery, response: { 200: s.slotList, ...errors } } },
    (request) => appointments.listSlots(actorContext(request, deps, STATION_READERS), request.params.id, request.query),
  );
  r.post(
    '/api/v1/staff/stations/:id/slots',
    { schema: { tags, params: idParam, body: s.slotInput, response: { 200: s.slot, ...errors } } },
    (request) => appointments.createSlot(actorContext(request, deps, SLOT_KEEPERS), request.params.id, request.body),
  );
  r.get(
    '/api/v1/staff/stations/:id/day',
    { schema: { tags, params: idParam, querystring: s.stationDayQuery, response: { 200: s.stationDay, ...errors } } },
    (request) =>
      appointments.stationDay(actorContext(request, deps, STATION_READERS), request.params.id, request.query.day),
  );
  r.post(
    '/api/v1/staff/stations/:id/check-in',
    { schema: { tags, params: idParam, body: s.checkInInput, response: { 200: s.appointment, ...errors } } },
    (request) => appointments.checkIn(actorContext(request, deps, DESK_ROLES), request.params.id, request.body.code),
  );
  r.post(
    '/api/v1/staff/appointments/:id/service-record',
    { schema: { tags, params: idParam, body: s.serviceRecordInput, response: { 200: s.appointment, ...errors } } },
    (request) =>
      appointments.recordService(
        actorContext(request, deps, DESK_ROLES),
        request.params.id,
        request.body.serviceRecord,
      ),
  );
  r.post(
    '/api/v1/staff/appointments/:id/no-show',
    { schema: { tags, params: idParam, response: { 200: s.appointment, ...errors } } },
    (request) => appointments.markNoShow(actorContext(request, deps, DESK_ROLES), request.params.id),
  );
  r.post(
    '/api/v1/staff/stations/slots/:id/bookings',
    { schema: { tags, params: idParam, body: s.assistedBookingInput, response: { 200: s.appointment, ...errors } } },
    (request) =>
      appointments.bookForResident(actorContext(request, deps, ASSIST_ROLES), request.params.id, request.body),
  );

  r.get(
    '/api/v1/staff/stations/:id/queue',
    { schema: { tags, params: idParam, response: { 200: s.stationQueue, ...errors } } },
    (request) => queue.todaysQueue(actorContext(request, deps, DESK_ROLES), request.params.id),
  );
  r.post(
    '/api/v1/staff/stations/:id/queue',
    { schema: { tags, params: idParam, body: s.walkInInput, response: { 200: s.queueTicket, ...errors } } },
    (request) => queue.takeNumber(actorContext(request, deps, DESK_ROLES), request.params.id, request.body),
  );
  r.post(
    '/api/v1/staff/stations/:id/queue/call-next',
    { schema: { tags, params: idParam, response: { 200: s.queueTicket, ...errors } } },
    (request) => queue.callNext(actorContext(request, deps, DESK_ROLES), request.params.id),
  );
  r.post(
    '/api/v1/staff/queue-tickets/:id/service-record',
    { schema: { tags, params: idParam, body: s.serviceRecordInput, response: { 200: s.queueTicket, ...errors } } },
    (request) =>
      queue.serveTicket(actorContext(request, deps, DESK_ROLES), request.params.id, request.body.serviceRecord),
  );

  await eventsRoutes(app, deps);
  await ratingsRoutes(app, deps);
}
