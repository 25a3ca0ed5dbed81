import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBody, idParam } from '../../../shared/schemas/common';
import {
  createResident,
  ownRevealRequest,
  residentDetail,
  residentListQuery,
  residentPage,
  revealRequest,
  revealResponse,
  updateOwnProfile,
  updateResident,
  closeAccountRequest,
  consentList,
  personalDataExport,
} from '../../../shared/schemas/residents';
import { z } from '../../../shared/schemas/zod';
import type { Deps } from '../../context';
import { actorContext } from '../../http/auth';
import { residentFile } from '../../../shared/schemas/person-file';
import { getResidentFile } from './resident-file.service';
import { REGISTRY_ROLES, REVEAL_ROLES } from './residents.permissions';
import * as personalData from './personal-data.service';
import * as service from './residents.service';

const tags = ['residents'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export async function residentsRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/residents',
    { schema: { tags, querystring: residentListQuery, response: { 200: residentPage, ...errors } } },
    (request) => service.listResidents(actorContext(request, deps, REGISTRY_ROLES), request.query),
  );
  r.get(
    '/api/v1/residents/:id',
    { schema: { tags, params: idParam, response: { 200: residentDetail, ...errors } } },
    (request) => service.getResident(actorContext(request, deps, REGISTRY_ROLES), request.params.id),
  );
  r.get(
    '/api/v1/residents/:id/file',
    { schema: { tags, params: idParam, response: { 200: residentFile, ...errors } } },
    (request) => getResidentFile(actorContext(request, deps, REGISTRY_ROLES), request.params.id),
  );
  r.post(
    '/api/v1/residents',
    { schema: { tags, body: createResident, response: { 201: residentDetail, ...errors } } },
    async (request, reply) =>
      reply.status(201).send(await service.createResident(actorContext(request, deps, REGISTRY_ROLES), request.body)),
  );
  r.patch(
    '/api/v1/residents/:id',
    { schema: { tags, params: idParam, body: updateResident, response: { 200: residentDetail, ...errors } } },
    (request) => service.updateResident(actorContext(request, deps, REGISTRY_ROLES), request.params.id, request.body),
  );
  r.post(
    '/api/v1/residents/:id/reveal',
    { schema: { tags, params: idParam, body: revealRequest, response: { 200: revealResponse, ...errors } } },
    (request) =>
      service.revealResident(
        actorContext(request, deps, REVEAL_ROLES),
        request.params.id,
        request.body.fields,
        request.body.reason,
      ),
  );

  r.get('/api/v1/me/profile', { schema: { tags, response: { 200: residentDetail, ...errors } } }, (request) =>
    service.getOwnProfile(actorContext(request, deps, ['resident'])),
  );
  r.patch(
    '/api/v1/me/profile',
    { schema: { tags, body: updateOwnProfile, response: { 200: residentDetail, ...errors } } },
    (request) => service.updateOwnProfile(actorContext(request, deps, ['resident']), request.body),
  );
  r.post(
    '/api/v1/me/profile/reveal',
    { schema: { tags, body: ownRevealRequest, response: { 200: revealResponse, ...errors } } },
    (request) => service.revealOwn(actorContext(request, deps, ['resident']), request.body.fields),
  );

  r.get('/api/v1/me/consents', { schema: { tags, response: { 200: consentList, ...errors } } }, (request) =>
    personalData.myConsents(actorContext(request, deps, ['resident'])),
  );
  r.post(
    '/api/v1/me/consents/:id/withdraw',
    { schema: { tags, params: idParam, response: { 200: consentList, ...errors } } },
    (request) => personalData.withdrawConsent(actorContext(request, deps, ['resident']), request.params.id),
  );
  r.get(
    '/api/v1/me/data-export',
    { schema: { tags, response: { 200: personalDataExport, ...errors } } },
    async (request, reply) => {
      const data = await personalData.exportMyData(actorContext(request, deps, ['resident']));
      reply.header('content-disposition', `attachment; filename="my-data-${data.exportedAt.slice(0, 10)}.json"`);
      reply.header('cache-control', 'no-store');
      return data;
    },
  );
  r.post(
    '/api/v1/me/close',
    { schema: { tags, body: closeAccountRequest, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await personalData.closeMyAccount(actorContext(request, deps, ['resident']));
      await request.session.destroy();
      return reply.status(204).send(null);
    },
  );
}
