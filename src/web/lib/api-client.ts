/**
 * The only place the web app talks HTTP. It speaks the API's conventions:
 * the session rides on the HttpOnly `sid` cookie, every non-GET request
 * carries the newest CSRF token, answers come in the UI's language, and
 * every failure becomes an ApiError carrying the server's stable code.
 */
import i18n, { currentLocale } from './i18n';

export interface FieldProblem {
  field: string;
  message: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** Per-field problems, when the server sent them as `[{field, message}]`. */
  get fieldProblems(): FieldProblem[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.filter(
      (d): d is FieldProblem =>
        typeof d === 'object' && d !== null && typeof d.field === 'string' && typeof d.message === 'string',
    );
  }

  /** A number the server attached to the error (e.g. retryAfterSeconds), wherever it put it. */
  detailNumber(key: string): number | null {
    const holders: unknown[] = Array.isArray(this.details) ? this.details : [this.details];
    for (const holder of holders) {
      if (typeof holder === 'object' && holder !== null && key in holder) {
        const value = (holder as Record<string, unknown>)[key];
        if (typeof value === 'number') return value;
      }
    }
    return null;
  }
}

export function isApiError(error: unknown, ...codes: string[]): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || codes.includes(error.code));
}

/** Whatever went wrong, a sentence to show the person. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return i18n.t('common.errors.network');
}

let csrfToken: string | null = null;

function rememberCsrfToken(body: unknown) {
  if (typeof body === 'object' && body !== null && 'csrfToken' in body && typeof body.csrfToken === 'string') {
    csrfToken = body.csrfToken;
  }
}

async function freshCsrfToken(): Promise<string> {
  const body = await request<{ csrfToken: string }>('GET', '/api/v1/auth/csrf');
  return body.csrfToken;
}

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': currentLocale(),
  };
  // A FormData body (a file upload) goes as multipart: the browser writes its content type and boundary.
  const multipart = options.body instanceof FormData;
  if (options.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    csrfToken ??= await freshCsrfToken();
    headers['x-csrf-token'] = csrfToken;
  }
  try {
    return await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body:
        options.body === undefined ? undefined : multipart ? (options.body as FormData) : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError(0, 'NETWORK', i18n.t('common.errors.network'));
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const body: unknown = await response.json();
    if (typeof body === 'object' && body !== null && 'error' in body) {
      const error = body.error as { code?: unknown; message?: unknown; details?: unknown };
      if (typeof error.code === 'string' && typeof error.message === 'string') {
        return new ApiError(response.status, error.code, error.message, error.details);
      }
    }
  } catch {
    // Not our JSON: a proxy or the dev server answered. Fall through.
  }
  return new ApiError(response.status, 'UNEXPECTED', i18n.t('common.errors.unexpected', { status: response.status }));
}

async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  let response = await send(method, path, options);
  if (method !== 'GET' && response.status === 403) {
    const error = await toApiError(response.clone());
    // The session may have rotated since we fetched the token; one retry with a fresh one.
    if (error.code === 'CSRF_INVALID') {
      csrfToken = null;
      response = await send(method, path, options);
    }
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json();
  rememberCsrfToken(body);
  return body as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
