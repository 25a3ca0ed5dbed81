import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from '../../../shared/schemas/zod';
import { errorBody, idParam, mobile } from '../../../shared/schemas/common';
import * as s from '../../../shared/schemas/loans';
import type { Deps } from '../../context';
import { actorContext } from '../../http/auth';
import { readMaterialUpload } from '../../http/material-upload';
import { MULTIPART } from '../../http/write-guard';
import {
  LOAN_ACT_ROLES,
  LOAN_FILE_ROLES,
  LOAN_LOOKUP_ROLES,
  LOAN_READ_ROLES,
  LOAN_SETTINGS_ROLES,
} from './loans.permissions';
import * as service from './loans.service';

const tags = ['loans'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const base = '/api/v1/loans';

const applicant = z.object({
  residentId: z.number().int(),
  name: z.string(),
  enterprises: z.array(z.object({ id: z.number().int(), name: z.string() })),
});

export async function loansRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  type Req = Parameters<typeof actorContext>[0];
  const reader = (req: Req) => actorContext(req, deps, LOAN_READ_ROLES);

  r.get(`${base}/settings`, { schema: { tags, response: { 200: s.loanSettings, ...errors } } }, (req) =>
    service.getSettings(reader(req)),
  );
  r.patch(
    `${base}/products/:code`,
    {
      schema: { tags, params: s.productParam, body: s.updateLoanProduct, response: { 200: s.loanSettings, ...errors } },
    },
    (req) => service.updateProduct(actorContext(req, deps, LOAN_SETTINGS_ROLES), req.params.code, req.body),
  );
  r.post(`${base}/lpr`, { schema: { tags, body: s.addLprRate, response: { 200: s.loanSettings, ...errors } } }, (req) =>
    service.addLpr(actorContext(req, deps, LOAN_SETTINGS_ROLES), req.body),
  );
  r.get(
    `${base}/applicant-lookup`,
    { schema: { tags, querystring: z.object({ phone: mobile }), response: { 200: applicant, ...errors } } },
    (req) => service.lookupApplicant(actorContext(req, deps, LOAN_LOOKUP_ROLES), req.query.phone),
  );

  r.post(
    base,
    { schema: { tags, body: s.createLoan, response: { 201: s.loanDetail, ...errors } } },
    async (req, reply) =>
      reply.status(201).send(await service.createLoan(actorContext(req, deps, LOAN_FILE_ROLES), req.body)),
  );
  r.get(base, { schema: { tags, querystring: s.loanListQuery, response: { 200: s.loanPage, ...errors } } }, (req) =>
    service.listLoans(reader(req), req.query),
  );
  r.get(`${base}/:id`, { schema: { tags, params: idParam, response: { 200: s.loanDetail, ...errors } } }, (req) =>
    service.getLoan(reader(req), req.params.id),
  );
  r.post(
    `${base}/:id/actions`,
    { schema: { tags, params: idParam, body: s.loanActionInput, response: { 200: s.loanDetail, ...errors } } },
    (req) => service.actOnLoan(actorContext(req, deps, LOAN_ACT_ROLES), req.params.id, req.body),
  );
  // multipart: a `material` field (its name in the product's list) then the file
  r.post(
    `${base}/:id/materials`,
    { schema: { tags, consumes: MULTIPART, params: idParam, response: { 200: s.loanDetail, ...errors } } },
    async (req) => {
      const ctx = actorContext(req, deps, LOAN_FILE_ROLES);
      return service.addMaterial(ctx, deps.files!, req.params.id, await readMaterialUpload(req));
    },
  );
}
