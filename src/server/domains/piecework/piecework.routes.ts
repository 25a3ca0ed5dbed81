import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBody, idParam } from '../../../shared/schemas/common';
import * as s from '../../../shared/schemas/piecework';
import { z } from '../../../shared/schemas/zod';
import type { Deps } from '../../context';
import { actorContext } from '../../http/auth';
import * as factories from './factories.service';
import {
  FACTORY_VERIFY_ROLES,
  LEDGER_CHECK_ROLES,
  PIECEWORK_STAFF_ROLES,
  RESIDENT_ROLES,
  VENUE_ROLES,
} from './piecework.permissions';
import * as records from './records.service';
import * as settlements from './settlements.service';
// Registers what piecework keeps about a person with the own-data download.
import './piecework.personal-data';

const tags = ['piecework'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const P = '/api/v1/piecework';
const ownerOrStaff = [...RESIDENT_ROLES, ...PIECEWORK_STAFF_ROLES];
const residentParam = z.object({ residentId: z.coerce.number().int().positive() });
const inviteParam = z.object({ code: z.string().regex(/^[A-Za-z0-9]{8,32}$/) });
const closeResult = z.object({ created: z.boolean(), settlement: s.settlementDetail });
const lineWithFactory = s.settlementLine.extend({ factoryName: z.string(), settlementStatus: s.settlementStatus });

export async function pieceworkRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  type Req = Parameters<typeof actorContext>[0];
  const staff = (q: Req) => actorContext(q, deps, PIECEWORK_STAFF_ROLES);
  const resident = (q: Req) => actorContext(q, deps, RESIDENT_ROLES);
  const either = (q: Req) => actorContext(q, deps, ownerOrStaff);

  // ── venues (community officers) ──
  r.get(
    `${P}/venues`,
    { schema: { tags, querystring: s.venueListQuery, response: { 200: s.venuePage, ...errors } } },
    (q) => factories.listVenues(staff(q), q.query),
  );
  r.post(
    `${P}/venues`,
    { schema: { tags, body: s.createVenue, response: { 201: s.venue, ...errors } } },
    async (q, reply) => reply.status(201).send(await factories.createVenue(actorContext(q, deps, VENUE_ROLES), q.body)),
  );
  r.patch(
    `${P}/venues/:id`,
    { schema: { tags, params: idParam, body: s.updateVenue, response: { 200: s.venue, ...errors } } },
    (q) => factories.updateVenue(actorContext(q, deps, VENUE_ROLES), q.params.id, q.body),
  );

  // ── factories ──
  r.get(
    `${P}/factories`,
    { schema: { tags, querystring: s.factoryListQuery, response: { 200: s.factoryPage, ...errors } } },
    (q) => factories.listFactories(staff(q), q.query),
  );
  r.get(`${P}/factories/:id`, { schema: { tags, params: idParam, response: { 200: s.factory, ...errors } } }, (q) =>
    factories.getFactory(either(q), q.params.id),
  );
  r.get(`${P}/venues/available`, { schema: { tags, response: { 200: z.array(s.availableVenue), ...errors } } }, (q) =>
    factories.availableVenues(resident(q)),
  );
  r.post(
    `${P}/factories`,
    { schema: { tags, body: s.createFactory, response: { 201: s.ownedFactory, ...errors } } },
    async (q, reply) => reply.status(201).send(await factories.createFactory(resident(q), q.body)),
  );
  r.patch(
    `${P}/factories/:id`,
    { schema: { tags, params: idParam, body: s.updateFactory, response: { 200: s.ownedFactory, ...errors } } },
    (q) => factories.updateFactory(resident(q), q.params.id, q.body),
  );
  r.post(
    `${P}/factories/:id/verify`,
    {
      schema: {
        tags,
        params: idParam,
        body: z.object({ verified: z.boolean() }).strict(),
        response: { 200: s.factory, ...errors },
      },
    },
    (q) => factories.verifyFactory(actorContext(q, deps, FACTORY_VERIFY_ROLES), q.params.id, q.body.verified),
  );
  r.get(`${P}/my-factories`, { schema: { tags, response: { 200: z.array(s.ownedFactory), ...errors } } }, (q) =>
    factories.listMyFactories(resident(q)),
  );
  r.get(
    `${P}/my-factories/:id`,
    { schema: { tags, params: idParam, response: { 200: s.ownedFactory, ...errors } } },
    (q) => factories.getMyFactory(resident(q), q.params.id),
  );
  r.get(`${P}/nearby-factories`, { schema: { tags, response: { 200: z.array(s.nearbyFactory), ...errors } } }, (q) =>
    factories.listNearby(resident(q)),
  );

  // ── products, rates, workers ──
  r.get(
    `${P}/factories/:id/products`,
    { schema: { tags, params: idParam, response: { 200: z.array(s.product), ...errors } } },
    (q) => factories.listProducts(either(q), q.params.id),
  );
  r.post(
    `${P}/factories/:id/products`,
    { schema: { tags, params: idParam, body: s.createProduct, response: { 201: z.array(s.product), ...errors } } },
    async (q, reply) => reply.status(201).send(await factories.createProduct(resident(q), q.params.id, q.body)),
  );
  r.post(
    `${P}/products/:id/rates`,
    { schema: { tags, params: idParam, body: s.addRate, response: { 201: z.array(s.product), ...errors } } },
    async (q, reply) => reply.status(201).send(await factories.addRate(resident(q), q.params.id, q.body)),
  );
  r.get(
    `${P}/factories/:id/workers`,
    { schema: { tags, params: idParam, response: { 200: z.array(s.worker), ...errors } } },
    (q) => factories.listWorkers(either(q), q.params.id),
  );
  r.get(
    `${P}/invites/:code`,
    { schema: { tags, params: inviteParam, response: { 200: s.invitePreview, ...errors } } },
    (q) => factories.previewInvite(resident(q), q.params.code),
  );
  // she is shown the products, rates and what the owner will see of her, and joins with that consent
  r.post(`${P}/join`, { schema: { tags, body: s.joinBody, response: { 200: s.invitePreview, ...errors } } }, (q) =>
    factories.join(resident(q), q.body.inviteCode),
  );

  // ── records and presence ──
  r.get(
    `${P}/factories/:id/day`,
    { schema: { tags, params: idParam, querystring: s.dayQuery, response: { 200: s.dayGrid, ...errors } } },
    (q) => records.dayGrid(resident(q), q.params.id, q.query.date),
  );
  r.post(
    `${P}/factories/:id/records/batch`,
    { schema: { tags, params: idParam, body: s.recordBatch, response: { 200: s.batchResult, ...errors } } },
    (q) => records.ingestBatch(resident(q), q.params.id, q.body),
  );
  r.post(
    `${P}/records/:id/approve`,
    {
      schema: {
        tags,
        params: idParam,
        response: { 200: z.object({ id: z.number(), state: s.recordState }), ...errors },
      },
    },
    (q) => records.decideRecord(resident(q), q.params.id, true),
  );
  r.post(
    `${P}/records/:id/reject`,
    {
      schema: {
        tags,
        params: idParam,
        response: { 200: z.object({ id: z.number(), state: s.recordState }), ...errors },
      },
    },
    (q) => records.decideRecord(resident(q), q.params.id, false),
  );
  r.post(
    `${P}/factories/:id/presence`,
    { schema: { tags, params: idParam, body: s.presenceBody, response: { 200: s.presenceResult, ...errors } } },
    (q) => records.ownerPresence(resident(q), q.params.id, q.body),
  );

  // ── settlements ──
  r.post(
    `${P}/factories/:id/settlements`,
    {
      schema: { tags, params: idParam, body: s.closeDay, response: { 200: closeResult, 201: closeResult, ...errors } },
    },
    async (q, reply) => {
      const result = await settlements.closeDay(resident(q), q.params.id, q.body.workDate, {
        checkOutAtClose: q.body.checkOutAtClose,
      });
      return reply.status(result.created ? 201 : 200).send(result);
    },
  );
  r.get(
    `${P}/factories/:id/settlements`,
    {
      schema: {
        tags,
        params: idParam,
        querystring: s.settlementListQuery,
        response: { 200: s.settlementPage, ...errors },
      },
    },
    (q) => settlements.listSettlements(either(q), q.params.id, q.query),
  );
  r.get(
    `${P}/settlements/:id`,
    { schema: { tags, params: idParam, response: { 200: s.settlementDetail, ...errors } } },
    (q) => settlements.getSettlement(either(q), q.params.id),
  );
  r.post(
    `${P}/settlements/:id/confirm`,
    { schema: { tags, params: idParam, response: { 200: s.settlementDetail, ...errors } } },
    (q) => settlements.confirmSettlement(resident(q), q.params.id),
  );
  r.post(
    `${P}/settlements/:id/pay`,
    { schema: { tags, params: idParam, body: s.payBody, response: { 200: s.settlementDetail, ...errors } } },
    (q) => settlements.paySettlement(resident(q), q.params.id, q.body),
  );
  r.post(
    `${P}/settlement-lines/:id/acknowledge`,
    { schema: { tags, params: idParam, response: { 200: lineWithFactory, ...errors } } },
    (q) => settlements.workerLineStep(resident(q), q.params.id, 'acknowledge'),
  );
  // ── 代办: an officer of the resident's areas acts for her, consent recorded (ADR 0026) ──
  // 代办: the officer reads her the same preview (products, rates, what the owner will see) before she agrees
  r.get(
    `${P}/assisted/:residentId/join`,
    {
      schema: {
        tags,
        params: residentParam,
        querystring: s.assistedJoinPreviewQuery,
        response: { 200: s.invitePreview, ...errors },
      },
    },
    (q) => factories.assistedJoinPreview(staff(q), q.params.residentId, q.query.factoryId),
  );
  r.post(
    `${P}/assisted/:residentId/join`,
    {
      schema: {
        tags,
        params: residentParam,
        body: s.assistedJoinBody,
        response: { 200: s.invitePreview, ...errors },
      },
    },
    (q) =>
      factories.assistedJoin(staff(q), q.params.residentId, q.body.factoryId, {
        method: q.body.consentMethod,
        witness: q.body.witness,
      }),
  );
  r.get(
    `${P}/assisted/:residentId/lines`,
    {
      schema: {
        tags,
        params: residentParam,
        response: { 200: z.object({ items: z.array(lineWithFactory) }), ...errors },
      },
    },
    (q) => settlements.assistedOpenLines(staff(q), q.params.residentId),
  );
  r.post(
    `${P}/assisted/:residentId/lines/:lineId/acknowledge`,
    {
      schema: {
        tags,
        params: residentParam.extend({ lineId: z.coerce.number().int().positive() }),
        body: s.assistedAcknowledgeBody,
        response: { 200: lineWithFactory, ...errors },
      },
    },
    (q) =>
      settlements.assistedAcknowledge(staff(q), q.params.residentId, q.params.lineId, {
        method: q.body.consentMethod,
        witness: q.body.witness,
      }),
  );
  r.post(
    `${P}/settlement-lines/:id/dispute`,
    { schema: { tags, params: idParam, body: s.disputeBody, response: { 200: lineWithFactory, ...errors } } },
    (q) => settlements.workerLineStep(resident(q), q.params.id, 'dispute', q.body.disputeReason),
  );
  r.post(
    `${P}/settlement-lines/:id/resolve`,
    { schema: { tags, params: idParam, body: s.resolveBody, response: { 200: lineWithFactory, ...errors } } },
    (q) => settlements.resolveLine(either(q), q.params.id, q.body.resolutionNote),
  );
  r.get(
    `${P}/factories/:id/payroll.xlsx`,
    { schema: { tags, params: idParam, querystring: s.monthQuery } },
    async (q, reply) => {
      const { fileName, data } = await settlements.payrollWorkbook(resident(q), q.params.id, q.query.month);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="payroll.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .send(data);
    },
  );

  // ── the worker's own ──
  r.get(`${P}/me`, { schema: { tags, response: { 200: s.myWork, ...errors } } }, (q) =>
    settlements.myWork(resident(q)),
  );
  r.get(
    `${P}/me/statement`,
    { schema: { tags, querystring: s.monthQuery, response: { 200: s.statement, ...errors } } },
    (q) => settlements.statement(resident(q), q.query.month),
  );
  r.post(
    `${P}/me/records`,
    { schema: { tags, body: s.selfReport, response: { 200: s.batchResult, ...errors } } },
    (q) => records.selfReport(resident(q), q.body),
  );
  r.post(
    `${P}/me/presence`,
    { schema: { tags, body: s.myPresenceBody, response: { 200: s.presenceResult, ...errors } } },
    (q) => records.myPresence(resident(q), q.body),
  );

  // ── the street's view ──
  r.get(
    `${P}/wages`,
    { schema: { tags, querystring: s.wagesQuery, response: { 200: s.wagesReport, ...errors } } },
    (q) => settlements.wagesReport(staff(q), q.query),
  );
  r.post(
    `${P}/ledger-checks`,
    { schema: { tags, body: s.ledgerCheckBody, response: { 200: s.ledgerCheckResult, ...errors } } },
    (q) => settlements.checkLedger(actorContext(q, deps, LEDGER_CHECK_ROLES), q.body),
  );
}
