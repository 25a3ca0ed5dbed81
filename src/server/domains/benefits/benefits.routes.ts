import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from '../../../shared/schemas/zod';
import { errorBody, idParam } from '../../../shared/schemas/common';
import * as s from '../../../shared/schemas/benefits';
import type { Deps } from '../../context';
import { actorContext } from '../../http/auth';
import { MULTIPART } from '../../http/write-guard';
import { readMaterialUpload } from '../../http/material-upload';
import {
  APPLY_ROLES,
  BATCH_ROLES,
  BENEFITS_STAFF_ROLES,
  CAMPAIGN_ROLES,
  CATALOG_EDIT_ROLES,
  VISIT_ROLES,
} from './benefits.permissions';
import * as service from './benefits.service';
import './benefits.triggers';
// Registers what benefits keeps about a person with the own-data download.
import './benefits.personal-data';

const tags = ['benefits'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const base = '/api/v1/benefits';

const materialParams = z.object({
  id: z.coerce.number().int().positive(),
  materialId: z.coerce.number().int().positive(),
});

export async function benefitsRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  type Req = Parameters<typeof actorContext>[0];
  const staff = (req: Req) => actorContext(req, deps, BENEFITS_STAFF_ROLES);
  const anyone = (req: Req) => actorContext(req, deps, APPLY_ROLES);

  // the catalog
  r.get(
    `${base}/policies`,
    { schema: { tags, querystring: s.policyListQuery, response: { 200: s.policyPage, ...errors } } },
    (req) => service.listPolicies(anyone(req), req.query),
  );
  r.get(`${base}/policies/:id`, { schema: { tags, params: idParam, response: { 200: s.policy, ...errors } } }, (req) =>
    service.getPolicy(anyone(req), req.params.id),
  );
  r.post(
    `${base}/policies`,
    { schema: { tags, body: s.createPolicy, response: { 201: s.policy, ...errors } } },
    async (req, reply) =>
      reply.status(201).send(await service.createPolicy(actorContext(req, deps, CATALOG_EDIT_ROLES), req.body)),
  );
  r.patch(
    `${base}/policies/:id`,
    { schema: { tags, params: idParam, body: s.updatePolicy, response: { 200: s.policy, ...errors } } },
    (req) => service.updatePolicy(actorContext(req, deps, CATALOG_EDIT_ROLES), req.params.id, req.body),
  );
  r.post(
    `${base}/policies/:id/publish`,
    { schema: { tags, params: idParam, response: { 200: s.policy, ...errors } } },
    (req) => service.publishPolicy(actorContext(req, deps, CATALOG_EDIT_ROLES), req.params.id),
  );
  r.post(
    `${base}/policies/:id/withdraw`,
    { schema: { tags, params: idParam, response: { 200: s.policy, ...errors } } },
    (req) => service.withdrawPolicy(actorContext(req, deps, CATALOG_EDIT_ROLES), req.params.id),
  );
  r.get(
    `${base}/policies/:id/versions`,
    { schema: { tags, params: idParam, response: { 200: z.object({ items: z.array(s.policyVersion) }), ...errors } } },
    (req) => service.policyVersions(staff(req), req.params.id),
  );
  r.post(
    `${base}/rules/preview`,
    { schema: { tags, body: s.targetedRule, response: { 200: s.previewResult, ...errors } } },
    (req) => service.previewRule(staff(req), req.body),
  );
  r.get(
    `${base}/policies/:id/evaluate`,
    { schema: { tags, params: idParam, querystring: s.subjectQuery, response: { 200: s.eligibility, ...errors } } },
    (req) => service.evaluateSubject(anyone(req), req.params.id, req.query),
  );
  r.get(`${base}/for-me`, { schema: { tags, response: { 200: s.policiesForMe, ...errors } } }, (req) =>
    service.policiesForMe(actorContext(req, deps, ['resident'])),
  );

  // applications
  r.post(
    `${base}/applications`,
    { schema: { tags, body: s.createApplication, response: { 201: s.applicationDetail, ...errors } } },
    async (req, reply) => reply.status(201).send(await service.createApplication(anyone(req), req.body)),
  );
  r.get(
    `${base}/applications`,
    { schema: { tags, querystring: s.applicationListQuery, response: { 200: s.applicationPage, ...errors } } },
    (req) => service.listApplications(anyone(req), req.query),
  );
  r.get(
    `${base}/applications/:id`,
    { schema: { tags, params: idParam, response: { 200: s.applicationDetail, ...errors } } },
    (req) => service.getApplication(anyone(req), req.params.id),
  );
  r.post(
    `${base}/applications/:id/actions`,
    {
      schema: {
        tags,
        params: idParam,
        body: s.applicationActionInput,
        response: { 200: s.applicationDetail, ...errors },
      },
    },
    (req) => service.actOnApplication(anyone(req), req.params.id, req.body),
  );
  // multipart: a `material` field (its name in the policy's list) then the file
  r.post(
    `${base}/applications/:id/materials`,
    {
      schema: { tags, consumes: MULTIPART, params: idParam, response: { 200: s.applicationDetail, ...errors } },
    },
    async (req) => {
      const ctx = anyone(req);
      return service.addMaterial(ctx, deps.files!, req.params.id, await readMaterialUpload(req));
    },
  );

  r.get(
    `${base}/applications/:id/materials/:materialId`,
    { schema: { tags, params: materialParams } },
    async (req, reply) => {
      const file = await service.readMaterial(anyone(req), deps.files!, req.params.id, req.params.materialId);
      reply.header('content-type', file.mime);
      // inline for PDFs and images, with the uploaded name; never sniffed into something else
      reply.header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`);
      reply.header('x-content-type-options', 'nosniff');
      reply.header('cache-control', 'private, no-store');
      return reply.send(file.data);
    },
  );

  // payment batches and 免申即享
  r.get(`${base}/batches`, { schema: { tags, response: { 200: s.batchList, ...errors } } }, (req) =>
    service.listBatches(actorContext(req, deps, BATCH_ROLES)),
  );
  r.post(
    `${base}/batches`,
    { schema: { tags, body: s.createBatch, response: { 201: z.object({ id: z.number().int() }), ...errors } } },
    async (req, reply) =>
      reply.status(201).send(await service.createBatch(actorContext(req, deps, BATCH_ROLES), req.body)),
  );
  r.get(
    `${base}/batches/:id`,
    { schema: { tags, params: idParam, response: { 200: s.batchDetail, ...errors } } },
    (req) => service.getBatch(actorContext(req, deps, BATCH_ROLES), req.params.id),
  );
  // a 免申即享 batch under review: leave a recipient out with a reason; a second officer confirms it
  r.post(
    `${base}/batches/:id/recipients/:itemId/exclude`,
    {
      schema: {
        tags,
        params: s.batchItemParams,
        body: s.excludeRecipient,
        response: { 200: s.batchDetail, ...errors },
      },
    },
    (req) => service.excludeRecipient(actorContext(req, deps, BATCH_ROLES), req.params.id, req.params.itemId, req.body),
  );
  r.post(
    `${base}/batches/:id/confirm`,
    { schema: { tags, params: idParam, response: { 200: s.batchDetail, ...errors } } },
    (req) => service.confirmBatch(actorContext(req, deps, BATCH_ROLES), req.params.id),
  );
  r.get(
    `${base}/policies/:id/automatic-preview`,
    { schema: { tags, params: idParam, response: { 200: s.automaticPreview, ...errors } } },
    (req) => service.automaticPreview(actorContext(req, deps, BATCH_ROLES), req.params.id),
  );

  // campaigns and door visits
  r.get(`${base}/campaigns`, { schema: { tags, response: { 200: s.campaignList, ...errors } } }, (req) =>
    service.listCampaigns(staff(req)),
  );
  r.post(
    `${base}/campaigns`,
    { schema: { tags, body: s.createCampaign, response: { 201: s.campaignDetail, ...errors } } },
    async (req, reply) =>
      reply.status(201).send(await service.runCampaign(actorContext(req, deps, CAMPAIGN_ROLES), req.body)),
  );
  r.get(
    `${base}/campaigns/:id`,
    { schema: { tags, params: idParam, response: { 200: s.campaignDetail, ...errors } } },
    (req) => service.getCampaign(staff(req), req.params.id),
  );
  r.post(
    `${base}/campaigns/:id/close`,
    { schema: { tags, params: idParam, response: { 200: s.campaignDetail, ...errors } } },
    (req) => service.closeCampaign(actorContext(req, deps, CAMPAIGN_ROLES), req.params.id),
  );
  r.put(
    `${base}/residents/:id/facts`,
    { schema: { tags, params: idParam, body: s.residentFactsInput, response: { 200: s.residentFacts, ...errors } } },
    (req) => service.updateResidentFacts(actorContext(req, deps, VISIT_ROLES), req.params.id, req.body),
  );
  r.get(
    `${base}/tasks`,
    { schema: { tags, querystring: s.taskListQuery, response: { 200: s.taskPage, ...errors } } },
    (req) => service.listTasks(staff(req), req.query),
  );
  r.post(
    `${base}/tasks/:id/visits`,
    { schema: { tags, params: idParam, body: s.logVisit, response: { 200: s.campaignTask, ...errors } } },
    (req) => service.logVisit(actorContext(req, deps, VISIT_ROLES), req.params.id, req.body),
  );
}
