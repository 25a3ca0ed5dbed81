/**
 * The authorisation matrix of the whole API: every route the OpenAPI document publishes, asked by
 * every role about a subject in its scope and one outside it (tests/support/authorisation-matrix.ts;
 * each domain's rows in tests/support/matrix/). A route without a row fails the first test, so every
 * new route joins the matrix.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectMatrix, publishedRoutes, type MatrixRow } from '../../../tests/support/authorisation-matrix';
import { matrixRows } from '../../../tests/support/matrix';
import { useTestApp } from '../../../tests/support/test-app';

const t = useTestApp();
let rows: MatrixRow[];

beforeAll(async () => {
  rows = await matrixRows(t);
});

describe('authorisation matrix', () => {
  it('has one row for every route the API publishes, and none for a route it does not', () => {
    const inMatrix = rows.map((r) => `${r.method} ${r.path}`);
    expect(inMatrix.filter((r, i) => inMatrix.indexOf(r) !== i)).toEqual([]);
    expect([...inMatrix].sort()).toEqual(publishedRoutes(t.app.swagger()));
  });

  it('answers each role in scope and out of it as the matrix says', { timeout: 300_000 }, async () => {
    await expectMatrix(t, rows);
  });
});
