import { api } from '../../../lib/api-client';
import type { OwnedFactory } from '../../../lib/contracts';
import { useInvalidating } from './keys';

export function updateFactory(id: number, body: { status?: string }) {
  return api.patch<OwnedFactory>(`/api/v1/piecework/factories/${id}`, body);
}

export const useUpdateFactory = (id: number) => useInvalidating((body: { status?: string }) => updateFactory(id, body));
