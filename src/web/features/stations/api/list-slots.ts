import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Slot } from './contracts';

/** GET /api/v1/stations/:id/slots: the week's times she can still book, with the seats left. */
export function useSlots(stationId: number) {
  return useQuery({
    queryKey: ['stations', 'public', stationId, 'slots'],
    queryFn: ({ signal }) =>
      api.get<{ items: Slot[] }>(`/api/v1/stations/${stationId}/slots`, { signal, query: { days: '7' } }),
  });
}
