/**
 * The query plumbing of a registry of records (residents, enterprises): a
 * paged list that can be filtered, one record by id, and saves that answer
 * with the record as stored.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Page } from './contracts';
import { toPositiveInt } from './use-list-params';

/** What every registry list can be narrowed by: the search box, an area, and the page. */
export interface RegistryFilters {
  q?: string;
  areaId?: number;
  page: number;
  pageSize: number;
}

/** The shared filters as a list page's URL holds them (the answer of useListParams). */
export function registryFilters({
  values,
  page,
  pageSize,
}: {
  values: Record<'q' | 'areaId', string | undefined>;
  page: number;
  pageSize: number;
}): RegistryFilters {
  return { q: values.q, areaId: toPositiveInt(values.areaId), page, pageSize };
}

/** A record id taken from the URL is only worth asking about when it is a positive whole number. */
export function isRecordId(id: number): boolean {
  return Number.isInteger(id) && id > 0;
}

/** One kind of record's query keys, all under its name, so its lists can be refreshed apart from its records. */
export function recordQueryKeys(resource: string) {
  return {
    lists: [resource, 'list'] as const,
    list: (filters: object) => [resource, 'list', filters] as const,
    detail: (id: number) => [resource, 'detail', id] as const,
  };
}

export type RecordQueryKeys = ReturnType<typeof recordQueryKeys>;

export function useListQuery<F extends object, T>(
  keys: RecordQueryKeys,
  filters: F,
  fetchPage: (filters: F, signal?: AbortSignal) => Promise<Page<T>>,
) {
  return useQuery({
    queryKey: keys.list(filters),
    queryFn: ({ signal }) => fetchPage(filters, signal),
    // Keep the current page on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}

export function useRecordQuery<T>(
  keys: RecordQueryKeys,
  id: number,
  fetchRecord: (id: number, signal?: AbortSignal) => Promise<T>,
) {
  return useQuery({
    queryKey: keys.detail(id),
    queryFn: ({ signal }) => fetchRecord(id, signal),
    enabled: isRecordId(id),
  });
}

/**
 * Creating or changing a record. The server answers with the record as
 * saved, so its page shows that at once; the lists it may now sort or
 * count differently in are asked again.
 */
export function useSaveRecordMutation<TInput, T extends { id: number }>(
  keys: RecordQueryKeys,
  save: (input: TInput) => Promise<T>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: (record) => {
      queryClient.setQueryData(keys.detail(record.id), record);
      void queryClient.invalidateQueries({ queryKey: keys.lists });
    },
  });
}
