import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditPage, auditQuery, auditVerify } from '../../../shared/schemas/audit';
import { errorBody } from '../../../shared/schemas/common';
import type { Deps } from '../../context';
import { actorContext } from '../../http/auth';
import { verifyAuditChain } from '../../platform/audit';
import { listAuditEvents } from './audit.repository';

const tags = ['audit'];
/** 三员分立: only the auditor reads the audit log. */
const AUDIT_ROLES = ['auditor'] as const;

export async function auditRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/audit-events',
    { schema: { tags, querystring: auditQuery, response: { 200: auditPage, 401: errorBody, 403: errorBody } } },
    async (request) => {
      actorContext(request, deps, AUDIT_ROLES);
      const { rows, total } = await listAuditEvents(deps.db, request.query);
      return {
        items: rows.map((e) => ({
          id: e.id,
          at: e.at.toISOString(),
          actorId: e.actor_user_id,
          actorName: e.actor_name,
          actorRole: e.actor_role,
          action: e.action,
          targetType: e.target_type,
          targetId: e.target_id,
          ip: e.ip,
          before: e.before,
          after: e.after,
          hash: e.hash,
        })),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
  r.get(
    '/api/v1/audit-events/verify',
    { schema: { tags, response: { 200: auditVerify, 401: errorBody, 403: errorBody } } },
    async (request) => {
      actorContext(request, deps, AUDIT_ROLES);
      return verifyAuditChain(deps.db);
    },
  );
}
