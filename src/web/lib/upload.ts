import { api } from './api-client';

/**
 * Sends a material (its name and one file) as multipart to a record's materials route. The API client speaks
 * JSON, so this one request is sent by hand with the session's CSRF token; a refusal throws its message.
 */
export async function postMaterial<T>(url: string, material: string, file: File): Promise<T> {
  const { csrfToken } = await api.get<{ csrfToken: string }>('/api/v1/auth/csrf');
  const form = new FormData();
  form.append('material', material);
  form.append('file', file);
  const res = await fetch(url, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { 'x-csrf-token': csrfToken },
  });
  const body = (await res.json()) as T | { error: { message: string } };
  if (!res.ok)
    throw new Error(body && typeof body === 'object' && 'error' in body ? body.error.message : String(res.status));
  return body as T;
}
