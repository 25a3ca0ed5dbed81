import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBody, idParam } from '../../../shared/schemas/common';
import * as s from '../../../shared/schemas/jobs';
import { z } from '../../../shared/schemas/zod';
import type { Deps } from '../../context';
import { actorContext } from '../../http/auth';
import * as applications from './applications.service';
import { ASSIST_ROLES, STREET_ROLES } from './jobs.permissions';
import * as matching from './matching.service';
import * as posts from './posts.service';
import * as profile from './profile.service';
// Registers what jobs keeps about a person with the own-data download.
import './jobs.personal-data';

const tags = ['jobs'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const ok = z.object({ ok: z.literal(true) });

export async function jobsRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const resident = (request: Parameters<typeof actorContext>[0]) => actorContext(request, deps, ['resident']);
  const street = (request: Parameters<typeof actorContext>[0]) => actorContext(request, deps, STREET_ROLES);
  const officer = (request: Parameters<typeof actorContext>[0]) => actorContext(request, deps, ASSIST_ROLES);

  // ── The resident ──
  r.get('/api/v1/me/job-profile', { schema: { tags, response: { 200: s.jobProfile, ...errors } } }, (request) => {
    const ctx = resident(request);
    return profile.getProfile(ctx, profile.ownResidentId(ctx));
  });
  r.put(
    '/api/v1/me/job-profile',
    { schema: { tags, body: s.jobProfileInput, response: { 200: s.jobProfile, ...errors } } },
    (request) => {
      const ctx = resident(request);
      return profile.saveProfile(ctx, profile.ownResidentId(ctx), request.body, false);
    },
  );
  r.get(
    '/api/v1/jobs/matches',
    { schema: { tags, querystring: s.matchesQuery, response: { 200: s.matchList, ...errors } } },
    (request) => {
      const ctx = resident(request);
      return matching.matchesFor(ctx, profile.ownResidentId(ctx), request.query);
    },
  );
  r.put(
    '/api/v1/me/match-order',
    { schema: { tags, body: s.matchOrder, response: { 200: s.matchOrder, ...errors } } },
    (request) => {
      const ctx = resident(request);
      return matching.setMatchOrder(ctx, profile.ownResidentId(ctx), request.body.order);
    },
  );
  r.get(
    '/api/v1/jobs/posts/:id',
    { schema: { tags, params: idParam, response: { 200: s.jobPostDetail, ...errors } } },
    (request) => posts.getPublicPost(resident(request), request.params.id),
  );
  r.post(
    '/api/v1/jobs/posts/:id/applications',
    { schema: { tags, params: idParam, body: s.applyInput, response: { 200: s.application, ...errors } } },
    (request) => {
      const ctx = resident(request);
      return applications.apply(ctx, profile.ownResidentId(ctx), request.params.id, request.body);
    },
  );
  r.post(
    '/api/v1/jobs/posts/:id/reports',
    { schema: { tags, params: idParam, body: s.reportInput, response: { 200: ok, ...errors } } },
    (request) => posts.reportPost(resident(request), request.params.id, request.body),
  );
  r.get('/api/v1/me/applications', { schema: { tags, response: { 200: s.applicationList, ...errors } } }, (request) => {
    const ctx = resident(request);
    return applications.listMine(ctx, profile.ownResidentId(ctx));
  });
  r.get(
    '/api/v1/me/applications/:id',
    { schema: { tags, params: idParam, response: { 200: s.application, ...errors } } },
    (request) => {
      const ctx = resident(request);
      return applications.getMine(ctx, profile.ownResidentId(ctx), request.params.id);
    },
  );
  r.post(
    '/api/v1/me/applications/:id/withdraw',
    { schema: { tags, params: idParam, response: { 200: s.application, ...errors } } },
    (request) => {
      const ctx = resident(request);
      return applications.withdraw(ctx, profile.ownResidentId(ctx), request.params.id);
    },
  );
  r.post(
    '/api/v1/me/applications/:id/accept',
    { schema: { tags, params: idParam, body: s.acceptInvitationInput, response: { 200: s.application, ...errors } } },
    (request) => {
      const ctx = resident(request);
      return applications.acceptInvitation(ctx, profile.ownResidentId(ctx), request.params.id, request.body.fields);
    },
  );
  r.post(
    '/api/v1/jobs/applications/:id/messages',
    { schema: { tags, params: idParam, body: s.messageInput, response: { 200: s.application, ...errors } } },
    (request) => applications.postMessage(resident(request), request.params.id, request.body.body),
  );

  // ── The employer (a resident account that is a member of an enterprise) ──
  r.get(
    '/api/v1/employer/posts',
    { schema: { tags, querystring: s.employerPostsQuery, response: { 200: s.jobPostPage, ...errors } } },
    (request) => posts.listOwnPosts(resident(request), request.query),
  );
  r.post(
    '/api/v1/employer/posts',
    { schema: { tags, body: s.createJobPost, response: { 201: s.jobPostDetail, ...errors } } },
    async (request, reply) => reply.status(201).send(await posts.createPost(resident(request), request.body)),
  );
  r.get(
    '/api/v1/employer/posts/:id',
    { schema: { tags, params: idParam, response: { 200: s.jobPostDetail, ...errors } } },
    (request) => posts.getOwnPost(resident(request), request.params.id),
  );
  r.patch(
    '/api/v1/employer/posts/:id',
    { schema: { tags, params: idParam, body: s.updateJobPost, response: { 200: s.jobPostDetail, ...errors } } },
    (request) => posts.updatePost(resident(request), request.params.id, request.body),
  );
  r.post(
    '/api/v1/employer/posts/:id/mother-request',
    { schema: { tags, params: idParam, response: { 200: s.jobPostDetail, ...errors } } },
    (request) => posts.requestMotherLabel(resident(request), request.params.id),
  );
  r.get(
    '/api/v1/employer/posts/:id/candidates',
    { schema: { tags, params: idParam, response: { 200: s.candidateList, ...errors } } },
    (request) => matching.candidatesFor(resident(request), request.params.id),
  );
  r.post(
    '/api/v1/employer/posts/:id/invitations',
    { schema: { tags, params: idParam, body: s.inviteCandidateInput, response: { 200: s.application, ...errors } } },
    (request) =>
      applications.inviteCandidate(
        resident(request),
        request.params.id,
        request.body.residentId,
        request.body.invitation,
      ),
  );
  r.get(
    '/api/v1/employer/posts/:id/applications',
    { schema: { tags, params: idParam, response: { 200: s.applicationList, ...errors } } },
    (request) => applications.listForPost(resident(request), request.params.id),
  );
  r.get(
    '/api/v1/employer/applications/:id',
    { schema: { tags, params: idParam, response: { 200: s.application, ...errors } } },
    (request) => applications.getForEmployer(resident(request), request.params.id),
  );
  r.post(
    '/api/v1/employer/applications/:id/invite',
    { schema: { tags, params: idParam, body: s.invitation, response: { 200: s.application, ...errors } } },
    (request) => applications.invite(resident(request), request.params.id, request.body),
  );
  r.post(
    '/api/v1/employer/applications/:id/hire',
    { schema: { tags, params: idParam, body: s.hireInput, response: { 200: s.application, ...errors } } },
    (request) => applications.hire(resident(request), request.params.id, request.body.startDate),
  );
  r.post(
    '/api/v1/employer/applications/:id/reject',
    { schema: { tags, params: idParam, body: s.rejectInput, response: { 200: s.application, ...errors } } },
    (request) => applications.reject(resident(request), request.params.id, request.body.reason),
  );

  // ── The street: review, 妈妈岗, reports, watch list ──
  r.get(
    '/api/v1/jobs/review/posts',
    { schema: { tags, querystring: s.reviewQueueQuery, response: { 200: s.jobPostPage, ...errors } } },
    (request) => posts.reviewQueue(street(request), request.query),
  );
  r.get(
    '/api/v1/jobs/review/posts/:id',
    { schema: { tags, params: idParam, response: { 200: s.jobPostDetail, ...errors } } },
    (request) => posts.getPostForStaff(street(request), request.params.id),
  );
  r.post(
    '/api/v1/jobs/review/posts/:id/decision',
    { schema: { tags, params: idParam, body: s.reviewDecision, response: { 200: s.jobPostDetail, ...errors } } },
    (request) => posts.decideReview(street(request), request.params.id, request.body),
  );
  r.post(
    '/api/v1/jobs/review/posts/:id/mother',
    { schema: { tags, params: idParam, body: s.motherDecision, response: { 200: s.jobPostDetail, ...errors } } },
    (request) => posts.decideMother(street(request), request.params.id, request.body),
  );
  r.post(
    '/api/v1/jobs/review/posts/:id/take-down',
    { schema: { tags, params: idParam, body: s.takeDownInput, response: { 200: s.jobPostDetail, ...errors } } },
    (request) => posts.takeDown(street(request), request.params.id, request.body.note),
  );
  r.get(
    '/api/v1/jobs/reports',
    { schema: { tags, querystring: s.reportsQuery, response: { 200: s.reportPage, ...errors } } },
    (request) => posts.listReports(street(request), request.query),
  );
  r.post(
    '/api/v1/jobs/reports/:id/resolve',
    { schema: { tags, params: idParam, body: s.resolveReportInput, response: { 200: ok, ...errors } } },
    (request) => posts.resolveReport(street(request), request.params.id, request.body),
  );
  r.get('/api/v1/jobs/watchlist', { schema: { tags, response: { 200: s.watchlist, ...errors } } }, (request) =>
    posts.listWatchlist(street(request)),
  );
  r.post(
    '/api/v1/jobs/watchlist',
    { schema: { tags, body: s.addWatchlistInput, response: { 200: s.watchlist, ...errors } } },
    (request) => posts.addToWatchlist(street(request), request.body),
  );
  r.post(
    '/api/v1/jobs/watchlist/:id/remove',
    { schema: { tags, params: idParam, response: { 200: s.watchlist, ...errors } } },
    (request) => posts.removeFromWatchlist(street(request), request.params.id),
  );

  // ── Assisted service (代办): an officer for a resident in their area ──
  r.get(
    '/api/v1/jobs/assisted/:residentId/profile',
    { schema: { tags, params: s.residentIdParam, response: { 200: s.jobProfile, ...errors } } },
    async (request) => {
      const ctx = officer(request);
      await profile.residentInScope(ctx, request.params.residentId);
      return profile.getProfile(ctx, request.params.residentId);
    },
  );
  r.put(
    '/api/v1/jobs/assisted/:residentId/profile',
    {
      schema: { tags, params: s.residentIdParam, body: s.jobProfileInput, response: { 200: s.jobProfile, ...errors } },
    },
    async (request) => {
      const ctx = officer(request);
      await profile.residentInScope(ctx, request.params.residentId);
      return profile.saveProfile(ctx, request.params.residentId, request.body, true);
    },
  );
  r.get(
    '/api/v1/jobs/assisted/:residentId/matches',
    {
      schema: {
        tags,
        params: s.residentIdParam,
        querystring: s.matchesQuery,
        response: { 200: s.matchList, ...errors },
      },
    },
    async (request) => {
      const ctx = officer(request);
      await profile.residentInScope(ctx, request.params.residentId);
      return matching.matchesFor(ctx, request.params.residentId, request.query);
    },
  );
  r.get(
    '/api/v1/jobs/assisted/:residentId/applications',
    { schema: { tags, params: s.residentIdParam, response: { 200: s.applicationList, ...errors } } },
    async (request) => {
      const ctx = officer(request);
      await profile.residentInScope(ctx, request.params.residentId);
      return applications.listMine(ctx, request.params.residentId, 'staff');
    },
  );
  r.post(
    '/api/v1/jobs/assisted/:residentId/applications',
    {
      schema: {
        tags,
        params: s.residentIdParam,
        body: s.assistedApplyInput,
        response: { 200: s.application, ...errors },
      },
    },
    async (request) => {
      const ctx = officer(request);
      await profile.residentInScope(ctx, request.params.residentId);
      const { postId, fields, consentMethod, witness } = request.body;
      return applications.apply(ctx, request.params.residentId, postId, { fields }, { method: consentMethod, witness });
    },
  );
}
