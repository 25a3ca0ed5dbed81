import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError } from './api-client';

interface Call {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A fake server: answers the queued responses in order and records what was asked. */
function fakeServer(responses: { status: number; body?: unknown }[]) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
    calls.push({
      url,
      method: init.method ?? 'GET',
      headers: init.headers as Record<string, string>,
      body: init.body as string | undefined,
    });
    const next = responses.shift();
    if (!next) throw new Error(`unexpected request ${url}`);
    return new Response(next.body === undefined ? null : JSON.stringify(next.body), {
      status: next.status,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('api client', () => {
  it('fetches a CSRF token before the first write and refreshes it once when the server rejects it', async () => {
    const calls = fakeServer([
      { status: 200, body: { csrfToken: 'first' } },
      { status: 403, body: { error: { code: 'CSRF_INVALID', message: '页面已过期' } } },
      { status: 200, body: { csrfToken: 'second' } },
      { status: 202, body: { resendAfterSeconds: 60 } },
    ]);

    const result = await api.post<{ resendAfterSeconds: number }>('/api/v1/auth/sms-code', { phone: '13900000001' });

    expect(result).toEqual({ resendAfterSeconds: 60 });
    expect(calls.map((c) => `${c.method} ${c.url} ${c.headers['x-csrf-token'] ?? ''}`.trim())).toEqual([
      'GET /api/v1/auth/csrf',
      'POST /api/v1/auth/sms-code first',
      'GET /api/v1/auth/csrf',
      'POST /api/v1/auth/sms-code second',
    ]);
  });

  it('uses the newest token a response carries, and sends the UI language', async () => {
    const calls = fakeServer([{ status: 200, body: { user: { id: 1 }, csrfToken: 'from-login' } }, { status: 204 }]);

    await api.post('/api/v1/auth/login', { username: 'u', password: 'p' });
    await api.post('/api/v1/auth/logout');

    expect(calls[1]?.headers['x-csrf-token']).toBe('from-login');
    expect(calls[1]?.headers['Accept-Language']).toBe('zh-CN');
    expect(calls[1]?.body).toBeUndefined();
  });

  it('sends a FormData body as multipart, with the CSRF token and no JSON content type', async () => {
    const calls = fakeServer([{ status: 200, body: { id: 7 } }]);
    const form = new FormData();
    form.append('material', 'business_licence');

    await api.post('/api/v1/benefits/applications/7/materials', form);

    const upload = calls.at(-1)!;
    expect(upload.body).toBe(form);
    expect(upload.headers['Content-Type']).toBeUndefined();
    expect(upload.headers['x-csrf-token']).toBeTruthy();
  });

  it('turns the error envelope into an ApiError with field problems and details', async () => {
    fakeServer([
      {
        status: 400,
        body: {
          error: {
            code: 'VALIDATION_FAILED',
            message: '输入有误：手机号码应为11位手机号码',
            details: [{ field: 'phone', message: '手机号码应为11位手机号码' }],
          },
        },
      },
      {
        status: 429,
        body: { error: { code: 'SMS_TOO_FREQUENT', message: '请60秒后再试', details: { retryAfterSeconds: 42 } } },
      },
    ]);

    const invalid = await api.get('/api/v1/residents').catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ApiError);
    expect((invalid as ApiError).code).toBe('VALIDATION_FAILED');
    expect((invalid as ApiError).fieldProblems).toEqual([{ field: 'phone', message: '手机号码应为11位手机号码' }]);

    const tooSoon = (await api.get('/api/v1/x').catch((e: unknown) => e)) as ApiError;
    expect(tooSoon.status).toBe(429);
    expect(tooSoon.detailNumber('retryAfterSeconds')).toBe(42);
  });

  it('leaves out empty query parameters', async () => {
    const calls = fakeServer([{ status: 200, body: { items: [] } }]);
    await api.get('/api/v1/residents', { query: { q: '', areaId: undefined, label: 'mother', page: 2 } });
    expect(calls[0]?.url).toBe('/api/v1/residents?label=mother&page=2');
  });
});
