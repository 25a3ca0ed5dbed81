import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditPage, auditQuery, auditVerify } from '../../../shared/schemas/audit';
import { errorBody } from '../../../shared/schemas/common';
import type { Deps } from '../../context';
import { actorContext } from '../../http/auth';
import { AUDIT_ROLES } from './audit.permissions';
import * as service from './audit.service';

const tags = ['audit'];
const errors = { 401: errorBody, 403: errorBody };

export async function auditRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/audit-events',
    { schema: { tags, querystring: auditQuery, response: { 200: auditPage, ...errors } } },
    (request) => service.listEvents(actorContext(request, deps, AUDIT_ROLES), request.query),
  );
  r.get('/api/v1/audit-events/verify', { schema: { tags, response: { 200: auditVerify, ...errors } } }, (request) =>
    service.verifyChain(actorContext(request, deps, AUDIT_ROLES)),
  );
}
