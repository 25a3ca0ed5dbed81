import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Page, Venue } from '../../../lib/contracts';
import { keys } from './keys';

export type { Venue };

export interface VenueFilters {
  areaId?: number;
  status?: string;
  page: number;
  pageSize: number;
}

export function listVenues(f: VenueFilters, signal?: AbortSignal) {
  return api.get<Page<Venue>>('/api/v1/piecework/venues', { query: { ...f }, signal });
}

export const useVenues = (f: VenueFilters) =>
  useQuery({
    queryKey: keys.venues(f),
    queryFn: ({ signal }) => listVenues(f, signal),
    placeholderData: keepPreviousData,
  });
