import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBody } from '../../../shared/schemas/common';
import {
  dashboard,
  dashboardQuery,
  figureIdParam,
  figureRecords,
  figureRecordsQuery,
  ledgerParam,
  ledgerQuery,
} from '../../../shared/schemas/dashboard';
import type { Deps } from '../../context';
import { actorContext } from '../../http/auth';
import { DASHBOARD_ROLES } from './dashboard.permissions';
import * as service from './dashboard.service';
import * as ledgers from './ledgers.service';

const tags = ['dashboard'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };

export async function dashboardRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/dashboard',
    { schema: { tags, querystring: dashboardQuery, response: { 200: dashboard, ...errors } } },
    (request) => service.getDashboard(actorContext(request, deps, DASHBOARD_ROLES), request.query),
  );
  r.get(
    '/api/v1/dashboard/figures/:id/records',
    {
      schema: {
        tags,
        params: figureIdParam,
        querystring: figureRecordsQuery,
        response: { 200: figureRecords, ...errors },
      },
    },
    (request) =>
      service.getFigureRecords(actorContext(request, deps, DASHBOARD_ROLES), request.params.id, request.query),
  );
  r.get(
    '/api/v1/dashboard/ledgers/:ledger',
    { schema: { tags, params: ledgerParam, querystring: ledgerQuery } },
    async (request, reply) => {
      const { fileName, write } = await ledgers.prepareLedger(
        actorContext(request, deps, DASHBOARD_ROLES),
        request.params.ledger,
        request.query,
      );
      const out = new PassThrough();
      // the headers are sent with the first bytes; a failure after them cuts the download short
      write(out).catch((err: Error) => out.destroy(err));
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="ledger.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
        )
        .header('cache-control', 'no-store')
        .send(out);
    },
  );
}
