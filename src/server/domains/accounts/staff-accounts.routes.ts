import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBody, idParam } from '../../../shared/schemas/common';
import {
  createStaffAccount,
  grantStaffAccount,
  resetPassword,
  staffAccount,
  staffAccountOptions,
  staffAccountPage,
  staffAccountQuery,
} from '../../../shared/schemas/staff-accounts';
import { securitySettings } from '../../../shared/schemas/auth';
import type { Deps } from '../../context';
import { actorContext } from '../../http/auth';
import { ADMINS, SECADMIN, SYSADMIN } from './accounts.permissions';
import * as service from './staff-accounts.service';

const tags = ['staff accounts'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export async function staffAccountsRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/staff-accounts',
    { schema: { tags, querystring: staffAccountQuery, response: { 200: staffAccountPage, ...errors } } },
    (request) => service.listStaffAccounts(actorContext(request, deps, ADMINS), request.query),
  );
  r.get(
    '/api/v1/staff-accounts/options',
    { schema: { tags, response: { 200: staffAccountOptions, ...errors } } },
    (request) => service.staffAccountOptions(actorContext(request, deps, ADMINS)),
  );
  r.post(
    '/api/v1/staff-accounts',
    { schema: { tags, body: createStaffAccount, response: { 201: staffAccount, ...errors } } },
    async (request, reply) =>
      reply.status(201).send(await service.createStaffAccount(actorContext(request, deps, SYSADMIN), request.body)),
  );
  r.post(
    '/api/v1/staff-accounts/:id/grant',
    { schema: { tags, params: idParam, body: grantStaffAccount, response: { 200: staffAccount, ...errors } } },
    (request) => service.grantStaffAccount(actorContext(request, deps, SECADMIN), request.params.id, request.body),
  );
  r.post(
    '/api/v1/staff-accounts/:id/deactivate',
    { schema: { tags, params: idParam, response: { 200: staffAccount, ...errors } } },
    (request) => service.deactivateStaffAccount(actorContext(request, deps, SYSADMIN), request.params.id),
  );
  r.post(
    '/api/v1/staff-accounts/:id/password',
    { schema: { tags, params: idParam, body: resetPassword, response: { 200: staffAccount, ...errors } } },
    (request) =>
      service.resetStaffPassword(actorContext(request, deps, SYSADMIN), request.params.id, request.body.password),
  );
  r.post(
    '/api/v1/staff-accounts/:id/totp-reset',
    { schema: { tags, params: idParam, response: { 200: staffAccount, ...errors } } },
    (request) => service.resetStaffTotp(actorContext(request, deps, SECADMIN), request.params.id),
  );
  r.get(
    '/api/v1/settings/security',
    { schema: { tags: ['settings'], response: { 200: securitySettings, ...errors } } },
    (request) => service.getSecuritySettings(actorContext(request, deps, SECADMIN)),
  );
  r.put(
    '/api/v1/settings/security',
    { schema: { tags: ['settings'], body: securitySettings, response: { 200: securitySettings, ...errors } } },
    (request) => service.updateSecuritySettings(actorContext(request, deps, SECADMIN), request.body),
  );
  r.post(
    '/api/v1/staff-accounts/:id/unlock',
    { schema: { tags, params: idParam, response: { 200: staffAccount, ...errors } } },
    (request) => service.unlockStaffAccount(actorContext(request, deps, SECADMIN), request.params.id),
  );
}
