/**
 * The dashboard and ledgers: street and community officers, each over their own areas (the area
 * in the query defaults to their own); a figure that does not exist is not found. Scope by area is
 * proven row by row in src/server/domains/dashboard/*.routes.test.ts.
 */
import { allowed, type MatrixRow } from '../authorisation-matrix';
import type { World } from './world';

const OFFICERS = ['community_officer', 'street_officer'] as const;

export async function dashboardRows(_w: World): Promise<MatrixRow[]> {
  return [
    { method: 'GET', path: '/api/v1/dashboard', expect: allowed(OFFICERS) },
    {
      method: 'GET',
      path: '/api/v1/dashboard/figures/{id}/records',
      subjects: { other: { inScope: { id: 'benefits.startup-enterprises' }, outOfScope: { id: 'loans.nothing' } } },
      expect: allowed(OFFICERS),
    },
    {
      method: 'GET',
      path: '/api/v1/dashboard/ledgers/{ledger}',
      // every ledger is over the officer's own area; the other ledger is asked for "out of scope"
      subjects: { other: { inScope: { ledger: 'subsidies' }, outOfScope: { ledger: 'factories' } } },
      expect: allowed(OFFICERS, 200, {
        community_officer: { inScope: 200, outOfScope: 200 },
        street_officer: { inScope: 200, outOfScope: 200 },
      }),
    },
  ];
}
