/**
 * Every JSON answer goes out through its route's response schema (fastify-type-provider-zod's serializer):
 * what the schema does not name is never sent, and a presenter's slip is an error, not a leak. A route that
 * answers success without a schema for it would be serialised by plain JSON.stringify, so each route's
 * success answer must have one — or be one of the few answers that are not JSON (a file, Prometheus' text),
 * or carry no body at all (204, a redirect).
 */
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../tests/support/test-app';

const t = useTestApp();

/** Answers that are not JSON: each sends its body itself, with its own content type. */
const NOT_JSON = new Set([
  'GET /api/metrics',
  'GET /api/v1/piecework/factories/{id}/payroll.xlsx',
  'GET /api/v1/benefits/applications/{id}/materials/{materialId}',
  'GET /api/v1/dashboard/ledgers/{ledger}',
  'GET /api/v1/imports/templates/{kind}',
  'GET /api/v1/loans/{id}/materials/{materialId}',
  'GET /api/v1/loans/repayments/template',
  'GET /api/v1/training/certificates/{id}/pdf',
]);

type Operation = { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> };

describe('response schemas', () => {
  it('serialises every route’s success answer through its schema', () => {
    const doc = t.app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> };
    const missing: string[] = [];
    for (const [path, operations] of Object.entries(doc.paths)) {
      if (!path.startsWith('/api/')) continue;
      for (const [method, operation] of Object.entries(operations)) {
        const route = `${method.toUpperCase()} ${path}`;
        if (NOT_JSON.has(route)) continue;
        const success = Object.entries(operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
        const described = success.some(([status, r]) => status === '204' || r.content?.['application/json']?.schema);
        if (!described) missing.push(route);
      }
    }
    expect(missing).toEqual([]);
  });
});
