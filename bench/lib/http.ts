/**
 * One HTTP exchange with node:http, keeping the raw bytes (what the raw server
 * replays), and sign-in the way any non-browser client must do it: GET
 * /api/v1/auth/csrf for a session cookie and a token, then POST with the token
 * in x-csrf-token; sign-in issues a new session id. Staff sign in with a
 * password, residents with an SMS code.
 */
import http from 'node:http';
import { DEMO_PASSWORD } from '../../src/server/db/seed/demo-street';
import type { BenchContext } from './types';

export interface Exchange {
  status: number;
  /** Header names and values as sent, in order: [name, value, name, value, …]. */
  rawHeaders: string[];
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export function exchange(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    /** The client's source address, e.g. 127.1.0.7 (any 127.x.y.z reaches a server on 127.0.0.1). */
    localAddress?: string;
  } = {},
): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: options.method ?? 'GET',
        headers: options.headers ?? {},
        agent: false,
        ...(options.localAddress ? { localAddress: options.localAddress } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            rawHeaders: res.rawHeaders,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function cookiesOf(res: Exchange): Map<string, string> {
  const jar = new Map<string, string>();
  for (const line of res.headers['set-cookie'] ?? []) {
    const [pair] = line.split(';');
    const eq = pair!.indexOf('=');
    if (eq > 0) jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
  return jar;
}

export interface Session {
  /** `sid=…`, the session cookie to send. */
  cookie: string;
  csrfToken: string;
  /** Headers a signed-in browser would send on a GET of the API. */
  headers: Record<string, string>;
}
export type StaffSession = Session;

/** A session before sign-in: the cookie and the CSRF token its writes need. */
async function anonymousSession(baseUrl: string, localAddress?: string) {
  const csrf = await exchange(`${baseUrl}/api/v1/auth/csrf`, {
    headers: { accept: 'application/json' },
    ...(localAddress ? { localAddress } : {}),
  });
  if (csrf.status !== 200) throw new Error(`GET /api/v1/auth/csrf answered ${csrf.status}: ${csrf.body.toString()}`);
  const sid = cookiesOf(csrf).get('sid');
  if (!sid) throw new Error('GET /api/v1/auth/csrf set no sid cookie');
  const { csrfToken } = JSON.parse(csrf.body.toString()) as { csrfToken: string };
  return { cookie: `sid=${sid}`, csrfToken };
}

function postJson(
  url: string,
  session: { cookie: string; csrfToken: string },
  payload: unknown,
  localAddress?: string,
): Promise<Exchange> {
  const body = JSON.stringify(payload);
  return exchange(url, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      cookie: session.cookie,
      'x-csrf-token': session.csrfToken,
    },
    body,
    ...(localAddress ? { localAddress } : {}),
  });
}

async function logIn(
  baseUrl: string,
  before: { cookie: string; csrfToken: string },
  payload: Record<string, string>,
  who: string,
  localAddress?: string,
): Promise<Session> {
  const login = await postJson(`${baseUrl}/api/v1/auth/login`, before, payload, localAddress);
  if (login.status !== 200)
    throw new Error(`POST /api/v1/auth/login as ${who} answered ${login.status}: ${login.body.toString()}`);
  const sid = cookiesOf(login).get('sid');
  if (!sid) throw new Error('POST /api/v1/auth/login set no new sid cookie');
  const after = JSON.parse(login.body.toString()) as { csrfToken: string };
  const cookie = `sid=${sid}`;
  return {
    cookie,
    csrfToken: after.csrfToken,
    headers: { accept: 'application/json', 'accept-language': 'zh-CN', cookie },
  };
}

export async function signInStaff(
  baseUrl: string,
  username: string,
  password: string,
  localAddress?: string,
): Promise<Session> {
  const before = await anonymousSession(baseUrl, localAddress);
  return logIn(baseUrl, before, { username, password }, username, localAddress);
}

/**
 * A resident's sign-in, as the phone app does it: ask for a code, read it
 * from the SMS the provider "sent" (`readCode`: the memory provider's outbox),
 * and sign in with it. The app's limits on codes (one a minute per phone, ten
 * a day per phone, sixty a day per address) apply as to anyone.
 */
export async function signInByPhone(
  baseUrl: string,
  phone: string,
  readCode: (phone: string) => string | undefined,
  localAddress?: string,
): Promise<Session> {
  const before = await anonymousSession(baseUrl, localAddress);
  const sent = await postJson(`${baseUrl}/api/v1/auth/sms-code`, before, { phone }, localAddress);
  if (sent.status !== 202)
    throw new Error(`POST /api/v1/auth/sms-code for ${phone} answered ${sent.status}: ${sent.body.toString()}`);
  const code = readCode(phone);
  if (!code) throw new Error(`no SMS code was sent to ${phone}`);
  return logIn(baseUrl, before, { phone, code }, phone, localAddress);
}

/** The demo street's officer whose scope is the whole street (王桂玲), signed in over HTTP, and her user id. */
export async function signInStreetOfficer(ctx: BenchContext): Promise<{ session: Session; userId: number }> {
  const session = await signInStaff(ctx.baseUrl, 'wangguiling', DEMO_PASSWORD);
  const { id } = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'wangguiling')
    .executeTakeFirstOrThrow();
  return { session, userId: id };
}
