import { api } from '../../../lib/api-client';
import type { Venue } from '../../../lib/contracts';
import { useInvalidating } from './keys';

export function updateVenue({ id, status }: { id: number; status: string }) {
  return api.patch<Venue>(`/api/v1/piecework/venues/${id}`, { status });
}

export const useUpdateVenue = () => useInvalidating(updateVenue);
