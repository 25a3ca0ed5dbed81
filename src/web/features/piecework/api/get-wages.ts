import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { WagesReport } from '../../../lib/contracts';
import { keys } from './keys';

export type { WagesReport };

export interface WagesFilters {
  from: string;
  to: string;
  areaId?: number;
}

export function getWages(f: WagesFilters, signal?: AbortSignal) {
  return api.get<WagesReport>('/api/v1/piecework/wages', { query: { ...f }, signal });
}

export const useWages = (f: WagesFilters) =>
  useQuery({
    queryKey: keys.wages(f),
    queryFn: ({ signal }) => getWages(f, signal),
    placeholderData: keepPreviousData,
  });
