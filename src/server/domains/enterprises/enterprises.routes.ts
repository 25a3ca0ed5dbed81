import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBody, idParam } from '../../../shared/schemas/common';
import {
  createEnterprise,
  enterprise,
  enterpriseListQuery,
  enterprisePage,
  updateEnterprise,
} from '../../../shared/schemas/enterprises';
import type { Deps } from '../../context';
import { actorContext } from '../../http/auth';
import { enterpriseFile } from '../../../shared/schemas/person-file';
import { getEnterpriseFile } from './enterprise-file.service';
import { ENTERPRISE_REGISTRY_ROLES } from './enterprises.permissions';
import * as service from './enterprises.service';

const tags = ['enterprises'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export async function enterprisesRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const ctx = (request: Parameters<typeof actorContext>[0]) => actorContext(request, deps, ENTERPRISE_REGISTRY_ROLES);

  r.get(
    '/api/v1/enterprises',
    { schema: { tags, querystring: enterpriseListQuery, response: { 200: enterprisePage, ...errors } } },
    (request) => service.listEnterprises(ctx(request), request.query),
  );
  r.get(
    '/api/v1/enterprises/:id',
    { schema: { tags, params: idParam, response: { 200: enterprise, ...errors } } },
    (request) => service.getEnterprise(ctx(request), request.params.id),
  );
  r.get(
    '/api/v1/enterprises/:id/file',
    { schema: { tags, params: idParam, response: { 200: enterpriseFile, ...errors } } },
    (request) => getEnterpriseFile(ctx(request), request.params.id),
  );
  r.post(
    '/api/v1/enterprises',
    { schema: { tags, body: createEnterprise, response: { 201: enterprise, ...errors } } },
    async (request, reply) => reply.status(201).send(await service.createEnterprise(ctx(request), request.body)),
  );
  r.patch(
    '/api/v1/enterprises/:id',
    { schema: { tags, params: idParam, body: updateEnterprise, response: { 200: enterprise, ...errors } } },
    (request) => service.updateEnterprise(ctx(request), request.params.id, request.body),
  );
}
