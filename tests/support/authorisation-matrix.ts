/**
 * An authorisation matrix: every role, signed in as a demo user of that role,
 * asks a route about a subject inside the areas it serves and one outside;
 * the answer must be the status the matrix names. A role that may not use the
 * route at all is refused (403) whatever the subject; a role that may is
 * answered 200 in scope and 404 out of it (SPEC §2: out of scope is 404, never
 * a hint that the record exists). Signed out is 401.
 */
import { expect } from 'vitest';
import type { Role } from '../../src/shared/enums';
import { Client, resident, staff } from './http-client';
import type { TestApp } from './test-app';

/** A demo account for each role (src/server/db/seed/demo-street.ts). */
export const DEMO_ACCOUNTS: Record<Role, { username: string } | { phone: string }> = {
  resident: { phone: '13900000001' },
  community_officer: { username: 'fuxing01' },
  street_officer: { username: 'wangguiling' },
  station_agent: { username: 'paifang01' },
  lender: { username: 'bank01' },
  sysadmin: { username: 'sysadmin' },
  secadmin: { username: 'secadmin' },
  auditor: { username: 'auditor' },
};

export type Who = Role | 'signed_out';

export interface MatrixRoute {
  /** The OpenAPI path, e.g. /api/v1/residents/{id}/file. */
  path: string;
  /** The subject's id inside and outside the areas each role serves; roles not named use `other`. */
  subjects: Partial<Record<Who, { inScope: number; outOfScope: number }>> & {
    other: { inScope: number; outOfScope: number };
  };
}

/** What each role is answered, in scope and out of it. */
export type Expectation = Record<Who, { inScope: number; outOfScope: number }>;

export async function signIn(t: TestApp, who: Who): Promise<Client> {
  if (who === 'signed_out') return new Client(t.app);
  const account = DEMO_ACCOUNTS[who];
  return 'phone' in account ? resident(t, account.phone) : staff(t, account.username);
}

/** Asks every route as every role, in scope and out; fails listing every cell that differs. */
export async function expectMatrix(t: TestApp, routes: MatrixRoute[], expected: Expectation) {
  const wrong: string[] = [];
  for (const who of Object.keys(expected) as Who[]) {
    const client = await signIn(t, who);
    for (const route of routes) {
      const subject = route.subjects[who] ?? route.subjects.other;
      for (const where of ['inScope', 'outOfScope'] as const) {
        const url = route.path.replace('{id}', String(subject[where]));
        const res = await client.get(url);
        const want = expected[who][where];
        if (res.status !== want) wrong.push(`${who} ${where} GET ${url}: ${res.status}, expected ${want}`);
        // Whatever the answer, nothing of the subject leaks from a refusal.
        if (res.status !== 200) expect(Object.keys(res.body ?? {})).toEqual(['error']);
      }
    }
  }
  expect(wrong).toEqual([]);
}
