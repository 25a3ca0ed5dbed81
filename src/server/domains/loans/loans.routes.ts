import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from '../../../shared/schemas/zod';
import { errorBody, idParam, mobile } from '../../../shared/schemas/common';
import * as s from '../../../shared/schemas/loans';
import type { Deps } from '../../context';
import { actorContext } from '../../http/auth';
import { readMaterialUpload } from '../../http/material-upload';
import { MULTIPART } from '../../http/write-guard';
import { AppError, FieldError } from '../../core/app-error';
import {
  LOAN_ACT_ROLES,
  LOAN_FILE_ROLES,
  LOAN_JOBS_ROLES,
  LOAN_LOOKUP_ROLES,
  LOAN_READ_ROLES,
  LOAN_REPAYMENT_ROLES,
  LOAN_SETTINGS_ROLES,
  LOAN_SUBSIDY_READ_ROLES,
  LOAN_SUBSIDY_RECORD_ROLES,
} from './loans.permissions';
import * as service from './loans.service';
import * as after from './repayments.service';

const tags = ['loans'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const base = '/api/v1/loans';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const materialParams = z.object({
  id: z.coerce.number().int().positive(),
  materialId: z.coerce.number().int().positive(),
});

/** An import's multipart body: a `skipBadRows` field ('true' to write the good rows when some are bad), then the file. */
async function readImport(req: FastifyRequest): Promise<{ data: Buffer; skipBadRows: boolean }> {
  if (!req.isMultipart()) throw new AppError('BAD_REQUEST');
  let skipBadRows = false;
  let data: Buffer | null = null;
  for await (const part of req.parts()) {
    if (part.type === 'field' && part.fieldname === 'skipBadRows') skipBadRows = String(part.value) === 'true';
    else if (part.type === 'file') {
      data = await part.toBuffer();
      if (part.file.truncated) throw new FieldError('file', 'file_too_large');
    }
  }
  if (!data) throw new FieldError('file', 'required');
  return { data, skipBadRows };
}

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

  r.get(`${base}/:id/materials/:materialId`, { schema: { tags, params: materialParams } }, async (req, reply) => {
    const file = await after.readMaterial(reader(req), deps.files!, req.params.id, req.params.materialId);
    return reply
      .header('content-type', file.mime)
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(file.data);
  });

  // after disbursement: repayments (the bank), the jobs created (the station), the quarter's 贴息 (the street)
  r.post(
    `${base}/:id/repayments`,
    { schema: { tags, params: idParam, body: s.recordRepayment, response: { 200: s.loanDetail, ...errors } } },
    (req) => after.recordRepayment(actorContext(req, deps, LOAN_REPAYMENT_ROLES), req.params.id, req.body),
  );
  r.get(`${base}/repayments/template`, { schema: { tags } }, async (req, reply) => {
    const { fileName, data } = await after.repaymentTemplate(actorContext(req, deps, LOAN_REPAYMENT_ROLES));
    return reply
      .header('content-type', XLSX)
      .header(
        'content-disposition',
        `attachment; filename="repayments.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      )
      .send(data);
  });
  // multipart: a `skipBadRows` field, then the .xlsx file
  r.post(
    `${base}/repayments/import`,
    { schema: { tags, consumes: MULTIPART, response: { 200: s.repaymentImportResult, ...errors } } },
    async (req) => {
      const ctx = actorContext(req, deps, LOAN_REPAYMENT_ROLES);
      const { data, skipBadRows } = await readImport(req);
      return after.importRepayments(ctx, data, skipBadRows);
    },
  );
  r.put(
    `${base}/:id/jobs-created`,
    { schema: { tags, params: idParam, body: s.jobsCreatedInput, response: { 200: s.loanDetail, ...errors } } },
    (req) => after.recordJobsCreated(actorContext(req, deps, LOAN_JOBS_ROLES), req.params.id, req.body),
  );
  r.post(
    `${base}/subsidy-quarters`,
    { schema: { tags, body: s.quarterParam.strict(), response: { 200: s.quarterSubsidy, ...errors } } },
    (req) => after.recordQuarterSubsidy(actorContext(req, deps, LOAN_SUBSIDY_RECORD_ROLES), req.body.quarter),
  );
  r.get(
    `${base}/subsidy-quarters/:quarter`,
    { schema: { tags, params: s.quarterParam, response: { 200: s.quarterSubsidy, ...errors } } },
    (req) => after.quarterSubsidy(actorContext(req, deps, LOAN_SUBSIDY_READ_ROLES), req.params.quarter),
  );
}
