/** The stations' events: path → validate → authorise → service. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBody, idParam } from '../../../shared/schemas/common';
import * as s from '../../../shared/schemas/station-events';
import type { Deps } from '../../context';
import { actorContext } from '../../http/auth';
import * as events from './events.service';
import { DESK_ROLES, SLOT_KEEPERS, STATION_READERS } from './stations.permissions';

const tags = ['stations'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export async function eventsRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  type Req = Parameters<typeof actorContext>[0];
  const residentId = (request: Req) => {
    const ctx = actorContext(request, deps, ['resident']);
    return { ctx, me: ctx.actor.residentId! };
  };

  // ── The resident ──
  r.get(
    '/api/v1/events',
    { schema: { tags, querystring: s.eventListQuery, response: { 200: s.stationEventList, ...errors } } },
    (request) => events.listEvents(residentId(request).ctx, request.query),
  );
  r.get(
    '/api/v1/events/:id',
    { schema: { tags, params: idParam, response: { 200: s.eventDetail, ...errors } } },
    (request) => {
      const { ctx, me } = residentId(request);
      return events.getEventForResident(ctx, me, request.params.id);
    },
  );
  r.get(
    '/api/v1/events/:id/posts',
    { schema: { tags, params: idParam, response: { 200: s.fairPostList, ...errors } } },
    (request) => {
      const { ctx, me } = residentId(request);
      return events.fairPosts(ctx, me, request.params.id);
    },
  );
  r.post(
    '/api/v1/events/:id/registrations',
    { schema: { tags, params: idParam, body: s.registrationInput, response: { 200: s.registration, ...errors } } },
    (request) => {
      const { ctx, me } = residentId(request);
      return events.register(ctx, me, request.params.id, request.body.clientKey);
    },
  );
  r.get(
    '/api/v1/me/event-registrations',
    { schema: { tags, response: { 200: s.registrationList, ...errors } } },
    (request) => {
      const { ctx, me } = residentId(request);
      return events.listMyRegistrations(ctx, me);
    },
  );
  r.post(
    '/api/v1/me/event-registrations/:id/cancel',
    { schema: { tags, params: idParam, response: { 200: s.registration, ...errors } } },
    (request) => {
      const { ctx, me } = residentId(request);
      return events.cancelRegistration(ctx, me, request.params.id);
    },
  );
  r.post(
    '/api/v1/me/event-registrations/:id/confirm',
    { schema: { tags, params: idParam, response: { 200: s.registration, ...errors } } },
    (request) => {
      const { ctx, me } = residentId(request);
      return events.confirmOffer(ctx, me, request.params.id);
    },
  );

  // ── The employer (a resident who runs an enterprise) ──
  r.get('/api/v1/employer/fairs', { schema: { tags, response: { 200: s.employerFairList, ...errors } } }, (request) =>
    events.listFairsForEmployer(residentId(request).ctx),
  );
  r.post(
    '/api/v1/employer/fairs/:id/booths',
    { schema: { tags, params: idParam, body: s.boothInput, response: { 200: s.employerFair, ...errors } } },
    (request) => events.registerBooth(residentId(request).ctx, request.params.id, request.body.enterpriseId),
  );

  // ── Staff ──
  r.get(
    '/api/v1/staff/events',
    { schema: { tags, querystring: s.eventListQuery, response: { 200: s.stationEventList, ...errors } } },
    (request) => events.listEvents(actorContext(request, deps, STATION_READERS), request.query),
  );
  r.post(
    '/api/v1/staff/stations/:id/events',
    { schema: { tags, params: idParam, body: s.eventInput, response: { 200: s.staffEventDetail, ...errors } } },
    (request) => events.createEvent(actorContext(request, deps, SLOT_KEEPERS), request.params.id, request.body),
  );
  r.get(
    '/api/v1/staff/events/:id',
    { schema: { tags, params: idParam, response: { 200: s.staffEventDetail, ...errors } } },
    (request) => events.getEventForStaff(actorContext(request, deps, STATION_READERS), request.params.id),
  );
  r.post(
    '/api/v1/staff/events/:id/check-in',
    { schema: { tags, params: idParam, body: s.eventCheckInInput, response: { 200: s.attendee, ...errors } } },
    (request) => events.checkInAtEvent(actorContext(request, deps, DESK_ROLES), request.params.id, request.body.code),
  );
}
