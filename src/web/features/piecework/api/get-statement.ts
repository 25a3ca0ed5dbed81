import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Statement } from '../../../lib/contracts';
import { keys } from './keys';

export function getStatement(month: string, signal?: AbortSignal) {
  return api.get<Statement>('/api/v1/piecework/me/statement', { query: { month }, signal });
}

export const useStatement = (month: string) =>
  useQuery({
    queryKey: keys.statement(month),
    queryFn: ({ signal }) => getStatement(month, signal),
    placeholderData: keepPreviousData,
  });
