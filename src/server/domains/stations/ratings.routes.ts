/** Rating anything once, and the follow-ups of low ratings: path → validate → authorise → service. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBody, idParam } from '../../../shared/schemas/common';
import * as s from '../../../shared/schemas/stations';
import type { Deps } from '../../context';
import { actorContext } from '../../http/auth';
import * as ratings from './ratings.service';
import { FOLLOW_UP_KEEPERS, SATISFACTION_READERS } from './stations.permissions';

const tags = ['stations'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export async function ratingsRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  type Req = Parameters<typeof actorContext>[0];
  const residentId = (request: Req) => {
    const ctx = actorContext(request, deps, ['resident']);
    return { ctx, me: ctx.actor.residentId! };
  };

  // ── The resident ──
  r.get(
    '/api/v1/me/ratings/:kind/:id',
    { schema: { tags, params: s.ratingSubjectParams, response: { 200: s.ratingSubjectView, ...errors } } },
    (request) => {
      const { ctx, me } = residentId(request);
      return ratings.viewSubject(ctx, me, request.params.kind, request.params.id);
    },
  );
  r.post(
    '/api/v1/me/ratings/:kind/:id',
    {
      schema: {
        tags,
        params: s.ratingSubjectParams,
        body: s.ratingInput,
        response: { 200: s.ratingSubjectView, ...errors },
      },
    },
    (request) => {
      const { ctx, me } = residentId(request);
      return ratings.rate(ctx, me, request.params.kind, request.params.id, request.body);
    },
  );

  // ── Staff ──
  r.get(
    '/api/v1/staff/stations/satisfaction',
    { schema: { tags, querystring: s.satisfactionQuery, response: { 200: s.satisfactionReport, ...errors } } },
    (request) => ratings.satisfaction(actorContext(request, deps, SATISFACTION_READERS), request.query),
  );
  r.get(
    '/api/v1/staff/follow-ups',
    { schema: { tags, querystring: s.followUpQuery, response: { 200: s.followUpList, ...errors } } },
    (request) => ratings.listFollowUps(actorContext(request, deps, SATISFACTION_READERS), request.query.status),
  );
  r.post(
    '/api/v1/staff/follow-ups/:id/reveal-phone',
    { schema: { tags, params: idParam, response: { 200: s.revealedPhone, ...errors } } },
    (request) => ratings.revealPhone(actorContext(request, deps, FOLLOW_UP_KEEPERS), request.params.id),
  );
  r.post(
    '/api/v1/staff/follow-ups/:id/close',
    { schema: { tags, params: idParam, body: s.closeFollowUpInput, response: { 200: s.followUp, ...errors } } },
    (request) =>
      ratings.closeFollowUp(actorContext(request, deps, FOLLOW_UP_KEEPERS), request.params.id, request.body.note),
  );
}
