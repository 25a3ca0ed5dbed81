/** Organisations' routes: the street's registry of organisations, and the community rosters of 就业服务专员. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBody, idParam } from '../../../shared/schemas/common';
import * as s from '../../../shared/schemas/organisations';
import type { Role } from '../../../shared/enums';
import type { Deps } from '../../context';
import { actorContext } from '../../http/auth';
import { ORGANISATION_KEEPERS, SPECIALIST_ROLES } from './organisations.permissions';
import * as service from './organisations.service';
import * as rosters from './rosters.service';

const tags = ['organisations'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const base = '/api/v1/organisations';

export async function organisationsRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const as = (roles: readonly Role[]) => (request: FastifyRequest) => actorContext(request, deps, roles);
  const keeper = as(ORGANISATION_KEEPERS);

  r.get(base, { schema: { tags, response: { 200: s.organisationList, ...errors } } }, (req) =>
    service.listOrganisations(keeper(req)),
  );
  r.post(
    base,
    { schema: { tags, body: s.createOrganisation, response: { 201: s.organisationDetail, ...errors } } },
    async (req, reply) => reply.status(201).send(await service.createOrganisation(keeper(req), req.body)),
  );
  r.get(
    `${base}/:id`,
    { schema: { tags, params: idParam, response: { 200: s.organisationDetail, ...errors } } },
    (req) => service.getOrganisation(keeper(req), req.params.id),
  );
  r.get(
    `${base}/:id/member-candidates`,
    {
      schema: {
        tags,
        params: idParam,
        querystring: s.candidatesQuery,
        response: { 200: s.memberCandidates, ...errors },
      },
    },
    (req) => service.memberCandidates(keeper(req), req.params.id, req.query.q),
  );
  r.post(
    `${base}/:id/members`,
    { schema: { tags, params: idParam, body: s.addMember, response: { 200: s.organisationDetail, ...errors } } },
    (req) => service.addMember(keeper(req), req.params.id, req.body),
  );
  r.post(
    `${base}/:id/members/:memberId/remove`,
    { schema: { tags, params: s.memberParams, response: { 200: s.organisationDetail, ...errors } } },
    (req) => service.removeMember(keeper(req), req.params.id, req.params.memberId),
  );
  r.post(
    `${base}/:id/contacts`,
    { schema: { tags, params: idParam, body: s.addContact, response: { 200: s.organisationDetail, ...errors } } },
    (req) => service.addContact(keeper(req), req.params.id, req.body),
  );
  r.post(
    `${base}/:id/contacts/:contactId/reveal`,
    {
      schema: {
        tags,
        params: s.contactParams,
        body: s.contactRevealBody,
        response: { 200: s.contactReveal, ...errors },
      },
    },
    (req) => service.revealContact(keeper(req), req.params.id, req.params.contactId, req.body.reason),
  );
  r.post(
    `${base}/:id/activities`,
    { schema: { tags, params: idParam, body: s.addActivity, response: { 200: s.organisationDetail, ...errors } } },
    (req) => service.addActivity(keeper(req), req.params.id, req.body),
  );

  // the rosters of 就业服务专员: a community's (by its area id), and the residents in a specialist's care
  r.get('/api/v1/rosters/:id', { schema: { tags, params: idParam, response: { 200: s.roster, ...errors } } }, (req) =>
    rosters.getRoster(keeper(req), req.params.id),
  );
  r.post(
    '/api/v1/rosters/:id/specialists',
    { schema: { tags, params: idParam, body: s.addSpecialist, response: { 200: s.roster, ...errors } } },
    (req) => rosters.addSpecialist(keeper(req), req.params.id, req.body),
  );
  r.post(
    '/api/v1/specialists/:id/residents',
    { schema: { tags, params: idParam, body: s.assignResident, response: { 200: s.roster, ...errors } } },
    (req) => rosters.assignResident(keeper(req), req.params.id, req.body.residentId),
  );
  r.post(
    '/api/v1/specialists/:id/residents/:residentId/unassign',
    { schema: { tags, params: s.assignmentParams, response: { 200: s.roster, ...errors } } },
    (req) => rosters.unassignResident(keeper(req), req.params.id, req.params.residentId),
  );
  r.get('/api/v1/me/residents-in-care', { schema: { tags, response: { 200: s.residentsInCare, ...errors } } }, (req) =>
    rosters.residentsInCare(as(SPECIALIST_ROLES)(req)),
  );
}
