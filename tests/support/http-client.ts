/**
 * A browser-like client over `inject`: it keeps the session cookie and sends
 * the CSRF token on writes, exactly as a non-browser client must (see README).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- a response body is whatever each test expects of it */
import type { FastifyInstance, InjectOptions } from 'fastify';
import type { TestApp } from './test-app';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface Response<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

export class Client {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;
  constructor(
    private readonly app: FastifyInstance,
    private readonly headers: Record<string, string> = {},
  ) {}

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request<T = any>(
    method: Method,
    url: string,
    payload?: unknown,
    extra: Record<string, string> = {},
  ): Promise<Response<T>> {
    if (method !== 'GET' && this.csrfToken === null && !('x-csrf-token' in extra)) await this.refreshCsrf();
    const opts: InjectOptions = {
      method,
      url,
      headers: {
        ...this.headers,
        ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}),
        ...(method !== 'GET' && this.csrfToken ? { 'x-csrf-token': this.csrfToken } : {}),
        ...extra,
      },
      ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
    };
    const res = await this.app.inject(opts);
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const body = res.body ? (res.headers['content-type']?.toString().includes('json') ? res.json() : res.body) : null;
    if (body && typeof body === 'object' && 'csrfToken' in body)
      this.csrfToken = (body as { csrfToken: string }).csrfToken;
    return { status: res.statusCode, body: body as T, headers: res.headers };
  }

  async refreshCsrf() {
    const res = await this.request<{ csrfToken: string }>('GET', '/api/v1/auth/csrf');
    this.csrfToken = res.body.csrfToken;
  }

  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, body?: unknown) {
    return this.request<T>('POST', url, body ?? {});
  }
  patch<T = any>(url: string, body: unknown) {
    return this.request<T>('PATCH', url, body);
  }
  put<T = any>(url: string, body: unknown) {
    return this.request<T>('PUT', url, body);
  }
  forgetCookies() {
    this.cookies.clear();
    this.csrfToken = null;
  }
  get sessionCookie() {
    return this.cookies.get('sid');
  }
  setSessionCookie(value: string) {
    this.cookies.set('sid', value);
  }
}

export async function staff(t: TestApp, username: string, lang = 'zh-CN'): Promise<Client> {
  const c = new Client(t.app, { 'accept-language': lang });
  const res = await c.post('/api/v1/auth/login', { username, password: 'Demo@2026' });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return c;
}

export async function resident(t: TestApp, phone: string): Promise<Client> {
  const c = new Client(t.app);
  // Tests sign the same person in more than once a minute; age earlier codes past the resend wait.
  await t.adminQuery(`update sms_codes set created_at = created_at - interval '2 minutes' where phone = $1`, [phone]);
  const sent = await c.post('/api/v1/auth/sms-code', { phone });
  if (sent.status !== 202) throw new Error(`sms-code ${phone}: ${sent.status} ${JSON.stringify(sent.body)}`);
  const code = t.sms.latest(phone)!.params.code;
  const res = await c.post('/api/v1/auth/login', { phone, code });
  if (res.status !== 200) throw new Error(`login ${phone}: ${res.status} ${JSON.stringify(res.body)}`);
  return c;
}
