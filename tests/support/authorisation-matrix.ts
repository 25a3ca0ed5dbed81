/**
 * The authorisation matrix: every route of the OpenAPI document, asked by
 * every role (signed in as a demo user of that role) about a subject inside
 * what the role serves and one outside it. A role that may not use the route
 * is refused (403) whatever the subject; a role that may is answered the
 * route's success in scope and 404 out of it (SPEC §2: out of scope is 404,
 * never a hint that the record exists). Signed out is 401.
 *
 * Each domain owns its rows in tests/support/matrix/<domain>.ts. Writes send
 * a body the route's schema accepts (from OpenAPI unless the row gives one), so
 * the answer is the route's authorisation and never its shape check; a row
 * that accepts a later refusal (400 or 409 from the rules) as "authorised"
 * names those statuses in `authorised`. Out of scope never gets that leeway.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- request bodies and the OpenAPI document are open-ended data here */
import { expect } from 'vitest';
import type { Role } from '../../src/shared/enums';
import { SchemaReader, operationsOf, type Method } from './hostile-requests';
import { Client, resident, staff } from './http-client';
import type { TestApp } from './test-app';

/** A demo account for each role (src/server/db/seed/demo-street.ts). */
export const DEMO_ACCOUNTS: Record<Role, { username: string } | { phone: string }> = {
  resident: { phone: '13900000001' }, // 张丽, a resident of 复兴社区 looking for work
  community_officer: { username: 'fuxing01' }, // 复兴社区
  street_officer: { username: 'wangguiling' }, // 珠海街道
  station_agent: { username: 'paifang01' },
  lender: { username: 'bank01' },
  sysadmin: { username: 'sysadmin' },
  secadmin: { username: 'secadmin' },
  auditor: { username: 'auditor' },
};

/** Residents who act for an enterprise: a row about an employer's or owner's work signs its resident in as one. */
export const RESIDENT_ACCOUNTS = {
  seeker: '13900000001', // 张丽, looking for work
  worker: '13900000002', // 宋秀秀, a worker of 金花粉扑包装微工厂
  owner: '13900000010', // 窦金花, owner of 金花粉扑包装微工厂 in 复兴社区
} as const;

export type Who = Role | 'signed_out';
export const EVERYONE: readonly Who[] = [
  'signed_out',
  'resident',
  'community_officer',
  'street_officer',
  'station_agent',
  'lender',
  'sysadmin',
  'secadmin',
  'auditor',
];

export interface Answer {
  inScope: number;
  outOfScope: number;
}
/** What each role is answered, in scope and out of it. */
export type Expectation = Record<Who, Answer>;

export type Params = Record<string, number | string>;
export interface Subject {
  inScope: Params;
  outOfScope: Params;
}

export interface MatrixRow {
  method: Method;
  /** The OpenAPI path, e.g. /api/v1/residents/{id}/file. */
  path: string;
  /** The path parameters inside and outside what each role serves; roles not named use `other`. */
  subjects?: Partial<Record<Who, Subject>> & { other: Subject };
  /** The body sent; by default a plausible one built from the route's schema. */
  body?: unknown | ((who: Who, where: keyof Answer) => unknown);
  /** Fields set over the plausible body, where the schema's own refinements need a real value. */
  patch?: Record<string, unknown> | ((who: Who) => Record<string, unknown>);
  /** A body sent as it is (a Buffer) with this content type, e.g. a multipart upload. */
  contentType?: string;
  /** Query parameters; by default the route's required ones, plausibly filled. */
  query?: Record<string, string>;
  expect: Expectation;
  /**
   * Answers counted as "authorised" in scope besides the success, where the rules refuse the cheap body:
   * a status, or a status and the error code, e.g. '401 TOTP_INVALID'.
   */
  authorised?: (number | `${number} ${string}`)[];
  /** Which resident signs in for the resident role. */
  residentAs?: keyof typeof RESIDENT_ACCOUNTS;
  /** Sign in afresh for this row and throw the session away after (sign-out, closing an account). */
  freshClient?: boolean;
}

/** The route refuses signed-out callers (401) and roles not listed (403); listed roles get `ok`, or 404 out of scope. */
export function allowed(roles: readonly Role[], ok = 200, overrides: Partial<Expectation> = {}): Expectation {
  const out = {} as Expectation;
  for (const who of EVERYONE)
    out[who] =
      who === 'signed_out'
        ? { inScope: 401, outOfScope: 401 }
        : roles.includes(who)
          ? { inScope: ok, outOfScope: 404 }
          : { inScope: 403, outOfScope: 403 };
  return { ...out, ...overrides };
}

/** Every signed-in user reaches the route for their own account; signed out is 401. */
export function signedIn(ok = 200, overrides: Partial<Expectation> = {}): Expectation {
  return allowed(
    EVERYONE.filter((w): w is Role => w !== 'signed_out'),
    ok,
    overrides,
  );
}

/** A public route: everyone is answered the same. */
export function everyone(status: number): Expectation {
  const out = {} as Expectation;
  for (const who of EVERYONE) out[who] = { inScope: status, outOfScope: status };
  return out;
}

/** The operations the API publishes, as "METHOD /path". */
export function publishedRoutes(doc: any): string[] {
  const all: string[] = [];
  for (const [path, methods] of Object.entries<any>(doc.paths ?? {}))
    for (const method of Object.keys(methods)) all.push(`${method.toUpperCase()} ${path}`);
  return all.sort();
}

export async function signIn(t: TestApp, who: Who, residentPhone: string = RESIDENT_ACCOUNTS.seeker): Promise<Client> {
  if (who === 'signed_out') return new Client(t.app);
  if (who === 'resident') return resident(t, residentPhone);
  const account = DEMO_ACCOUNTS[who];
  return 'phone' in account ? resident(t, account.phone) : staff(t, account.username);
}

/** Asks every row as every role, in scope and out; fails listing every cell that differs. */
export async function expectMatrix(t: TestApp, rows: MatrixRow[]) {
  const doc = t.app.swagger() as any;
  const reader = new SchemaReader(doc);
  const operations = new Map(operationsOf(doc).map((op) => [`${op.method} ${op.path}`, op]));
  const clients = new Map<string, Client>();
  const clientFor = async (who: Who, row: MatrixRow) => {
    const phone = RESIDENT_ACCOUNTS[row.residentAs ?? 'seeker'];
    if (row.freshClient) return signIn(t, who, phone);
    const key = who === 'resident' ? `resident:${phone}` : who;
    let client = clients.get(key);
    if (!client) {
      client = await signIn(t, who, phone);
      clients.set(key, client);
    }
    return client;
  };

  const wrong: string[] = [];
  for (const row of rows) {
    const op = operations.get(`${row.method} ${row.path}`);
    const hasParams = /\{\w+\}/.test(row.path);
    if (hasParams && !row.subjects)
      throw new Error(`${row.method} ${row.path}: a row with path parameters names its subjects`);
    for (const who of EVERYONE) {
      const client = await clientFor(who, row);
      for (const where of hasParams ? (['inScope', 'outOfScope'] as const) : (['inScope'] as const)) {
        const params = row.subjects ? (row.subjects[who] ?? row.subjects.other)[where] : {};
        const path = row.path.replace(/\{(\w+)\}/g, (_, name: string) => {
          if (params[name] === undefined) throw new Error(`${row.path}: no ${name} for ${who} ${where}`);
          return encodeURIComponent(String(params[name]));
        });
        const queryValues =
          row.query ??
          Object.fromEntries(
            (op?.parameters ?? [])
              .filter((p) => p.in === 'query' && p.required)
              .map((p) => [p.name, String(reader.plausible(p.schema, p.name))]),
          );
        const query = new URLSearchParams(queryValues).toString();
        const url = query ? `${path}?${query}` : path;
        const body =
          row.method === 'GET'
            ? undefined
            : typeof row.body === 'function'
              ? row.body(who, where)
              : (row.body ??
                (op?.body
                  ? {
                      ...(reader.plausible(op.body) as object),
                      ...(typeof row.patch === 'function' ? row.patch(who) : row.patch),
                    }
                  : undefined));
        const res = await client.request(
          row.method,
          url,
          body ?? (row.method === 'GET' ? undefined : {}),
          row.contentType ? { 'content-type': row.contentType } : {},
        );
        const want = row.expect[who][where];
        const accepted = where === 'inScope' && want < 300 ? [want, ...(row.authorised ?? [])] : [want];
        const code = res.body?.error?.code;
        if (!accepted.some((a) => a === res.status || a === `${res.status} ${code}`))
          wrong.push(
            `${who} ${where} ${row.method} ${url}: ${res.status}, expected ${accepted.join(' or ')}` +
              (res.status >= 400
                ? ` (${code}: ${res.body?.error?.message} ${JSON.stringify(res.body?.error?.details ?? '')})`
                : ''),
          );
        // Whatever the refusal, nothing of the subject leaks from it.
        if (res.status >= 400 && res.body && typeof res.body === 'object')
          expect(Object.keys(res.body), `${who} ${where} ${row.method} ${url}`).toEqual(['error']);
      }
    }
  }
  expect(wrong).toEqual([]);
}
