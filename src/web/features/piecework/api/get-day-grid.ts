import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DayGrid } from '../../../lib/contracts';
import { keys } from './keys';

export type { DayGrid };

export function getDayGrid(id: number, date: string, signal?: AbortSignal) {
  return api.get<DayGrid>(`/api/v1/piecework/factories/${id}/day`, { query: { date }, signal });
}

export const useDayGrid = (id: number, date: string) =>
  useQuery({
    queryKey: keys.day(id, date),
    queryFn: ({ signal }) => getDayGrid(id, date, signal),
    placeholderData: keepPreviousData,
    networkMode: 'always',
  });
