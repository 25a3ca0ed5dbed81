import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBody, idParam } from '../../../shared/schemas/common';
import * as s from '../../../shared/schemas/sharing';
import type { Deps } from '../../context';
import { actorContext } from '../../http/auth';
import { ASSIST_ROLES, BROKER_ROLES } from './sharing.permissions';
import * as sharing from './sharing.service';

const tags = ['sharing'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export async function sharingRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  type Request = Parameters<typeof actorContext>[0];
  const resident = (request: Request) => actorContext(request, deps, ['resident']);
  const broker = (request: Request) => actorContext(request, deps, BROKER_ROLES);
  const officer = (request: Request) => actorContext(request, deps, ASSIST_ROLES);

  // ── The enterprise (a resident account that is a member of it) ──
  r.get(
    '/api/v1/employer/sharing/posts',
    { schema: { tags, response: { 200: s.sharingPostList, ...errors } } },
    (request) => sharing.listOwnPosts(resident(request)),
  );
  r.post(
    '/api/v1/employer/sharing/posts',
    { schema: { tags, body: s.sharingPostInput, response: { 201: s.sharingPost, ...errors } } },
    async (request, reply) => reply.status(201).send(await sharing.createPost(resident(request), request.body)),
  );
  r.post(
    '/api/v1/employer/sharing/posts/:id/close',
    { schema: { tags, params: idParam, response: { 200: s.sharingPost, ...errors } } },
    (request) => sharing.closeOwnPost(resident(request), request.params.id),
  );
  r.get(
    '/api/v1/employer/sharing/posts/:id/matches',
    { schema: { tags, params: idParam, response: { 200: s.sharingMatchList, ...errors } } },
    (request) => sharing.ownPostMatches(resident(request), request.params.id),
  );
  r.get(
    '/api/v1/employer/sharing/employees',
    { schema: { tags, querystring: s.sharingEmployeesQuery, response: { 200: s.sharingEmployeeList, ...errors } } },
    (request) => sharing.employeesToLend(resident(request), request.query.enterpriseId),
  );
  r.get(
    '/api/v1/employer/sharing/agreements',
    { schema: { tags, response: { 200: s.sharingAgreementList, ...errors } } },
    (request) => sharing.listOwnAgreements(resident(request)),
  );
  r.post(
    '/api/v1/employer/sharing/agreements',
    { schema: { tags, body: s.sharingAgreementInput, response: { 201: s.sharingAgreement, ...errors } } },
    async (request, reply) =>
      reply.status(201).send(await sharing.createAgreement(resident(request), request.body, false)),
  );
  r.get(
    '/api/v1/employer/sharing/agreements/:id',
    { schema: { tags, params: idParam, response: { 200: s.sharingAgreement, ...errors } } },
    (request) => sharing.getOwnAgreement(resident(request), request.params.id),
  );
  r.post(
    '/api/v1/employer/sharing/agreements/:id/sign',
    { schema: { tags, params: idParam, body: s.sharingSignInput, response: { 200: s.sharingAgreement, ...errors } } },
    (request) => sharing.sign(resident(request), request.params.id, request.body.enterpriseId),
  );
  r.put(
    '/api/v1/employer/sharing/agreements/:id/payments',
    {
      schema: { tags, params: idParam, body: s.sharingPaymentInput, response: { 200: s.sharingAgreement, ...errors } },
    },
    (request) => sharing.recordPayment(resident(request), request.params.id, request.body),
  );
  r.put(
    '/api/v1/employer/sharing/agreements/:id/wages',
    { schema: { tags, params: idParam, body: s.sharingWageInput, response: { 200: s.sharingAgreement, ...errors } } },
    (request) => sharing.recordWage(resident(request), request.params.id, request.body),
  );

  r.post(
    '/api/v1/employer/sharing/agreements/:id/returns',
    { schema: { tags, params: idParam, body: s.sharingReturnInput, response: { 200: s.sharingAgreement, ...errors } } },
    (request) => sharing.returnWorkers(resident(request), request.params.id, request.body),
  );
  r.post(
    '/api/v1/employer/sharing/agreements/:id/extension',
    {
      schema: {
        tags,
        params: idParam,
        body: s.sharingExtensionInput,
        response: { 200: s.sharingAgreement, ...errors },
      },
    },
    (request) => sharing.proposeExtension(resident(request), request.params.id, request.body),
  );

  // ── The worker ──
  r.get('/api/v1/me/sharing', { schema: { tags, response: { 200: s.mySharing, ...errors } } }, (request) =>
    sharing.mySharing(resident(request)),
  );
  r.post(
    '/api/v1/me/sharing/:id/consent',
    { schema: { tags, params: idParam, body: s.sharingConsentInput, response: { 200: s.mySharing, ...errors } } },
    (request) => sharing.consentMine(resident(request), request.params.id, request.body.decision),
  );

  r.post(
    '/api/v1/me/sharing/:id/return',
    { schema: { tags, params: idParam, body: s.sharingMyReturnInput, response: { 200: s.mySharing, ...errors } } },
    (request) => sharing.returnMine(resident(request), request.params.id, request.body),
  );
  r.post(
    '/api/v1/me/sharing/:id/extension',
    { schema: { tags, params: idParam, body: s.sharingConsentInput, response: { 200: s.mySharing, ...errors } } },
    (request) => sharing.answerExtension(resident(request), request.params.id, request.body.decision),
  );

  // ── The street ──
  r.get('/api/v1/sharing/board', { schema: { tags, response: { 200: s.sharingBoard, ...errors } } }, (request) =>
    sharing.board(broker(request)),
  );
  r.get(
    '/api/v1/sharing/posts/:id/matches',
    { schema: { tags, params: idParam, response: { 200: s.sharingMatchList, ...errors } } },
    (request) => sharing.brokerPostMatches(broker(request), request.params.id),
  );
  r.get(
    '/api/v1/sharing/employees',
    { schema: { tags, querystring: s.sharingEmployeesQuery, response: { 200: s.sharingEmployeeList, ...errors } } },
    (request) => sharing.brokerEmployees(broker(request), request.query.enterpriseId),
  );
  r.post(
    '/api/v1/sharing/agreements',
    { schema: { tags, body: s.sharingAgreementInput, response: { 201: s.sharingAgreement, ...errors } } },
    async (request, reply) =>
      reply.status(201).send(await sharing.createAgreement(broker(request), request.body, true)),
  );
  r.get(
    '/api/v1/sharing/agreements/:id',
    { schema: { tags, params: idParam, response: { 200: s.sharingAgreement, ...errors } } },
    (request) => sharing.getBrokerAgreement(officer(request), request.params.id),
  );
  r.post(
    '/api/v1/sharing/agreements/:id/assisted-consent',
    {
      schema: {
        tags,
        params: idParam,
        body: s.sharingAssistedConsentInput,
        response: { 200: s.sharingAgreement, ...errors },
      },
    },
    (request) => sharing.consentAssisted(officer(request), request.params.id, request.body),
  );
  r.post(
    '/api/v1/sharing/agreements/:id/assisted-return',
    {
      schema: {
        tags,
        params: idParam,
        body: s.sharingAssistedReturnInput,
        response: { 200: s.sharingAgreement, ...errors },
      },
    },
    (request) => sharing.returnAssisted(officer(request), request.params.id, request.body),
  );
}
