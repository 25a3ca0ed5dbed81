import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AvailableVenue } from '../../../lib/contracts';
import { keys } from './keys';

export function listAvailableVenues(signal?: AbortSignal) {
  return api.get<AvailableVenue[]>('/api/v1/piecework/venues/available', { signal });
}

export const useAvailableVenues = (enabled: boolean) =>
  useQuery({
    enabled,
    queryKey: [...keys.all, 'venues-available'],
    queryFn: ({ signal }) => listAvailableVenues(signal),
  });
