/**
 * One HTTP exchange with node:http, keeping the raw bytes (what the raw server
 * replays), and a staff sign-in the way any non-browser client must do it:
 * GET /api/v1/auth/csrf for a session cookie and a token, then POST the login
 * with the token in x-csrf-token; sign-in issues a new session id.
 */
import http from 'node:http';

export interface Exchange {
  status: number;
  /** Header names and values as sent, in order: [name, value, name, value, …]. */
  rawHeaders: string[];
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export function exchange(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? 'GET', headers: options.headers ?? {}, agent: false },
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

export interface StaffSession {
  /** `sid=…`, the session cookie to send. */
  cookie: string;
  csrfToken: string;
  /** Headers a signed-in staff browser would send on a GET of the API. */
  headers: Record<string, string>;
}

export async function signInStaff(baseUrl: string, username: string, password: string): Promise<StaffSession> {
  const csrf = await exchange(`${baseUrl}/api/v1/auth/csrf`, { headers: { accept: 'application/json' } });
  if (csrf.status !== 200) throw new Error(`GET /api/v1/auth/csrf answered ${csrf.status}: ${csrf.body.toString()}`);
  const preSid = cookiesOf(csrf).get('sid');
  if (!preSid) throw new Error('GET /api/v1/auth/csrf set no sid cookie');
  const { csrfToken } = JSON.parse(csrf.body.toString()) as { csrfToken: string };

  const body = JSON.stringify({ username, password });
  const login = await exchange(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      cookie: `sid=${preSid}`,
      'x-csrf-token': csrfToken,
    },
    body,
  });
  if (login.status !== 200)
    throw new Error(`POST /api/v1/auth/login as ${username} answered ${login.status}: ${login.body.toString()}`);
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
