import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

type ParamValue = string | number | null | undefined;

function positiveInt(raw: string | null): number | undefined {
  const value = Number(raw);
  return raw !== null && Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * A list page's filters and page number live in the URL, so a filtered view
 * can be bookmarked, shared with a colleague, and survives the back button.
 */
export function useListParams<K extends string>(keys: readonly K[], defaultPageSize = 20) {
  const [params, setParams] = useSearchParams();

  const values = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? undefined])) as Record<
    K,
    string | undefined
  >;
  const page = positiveInt(params.get('page')) ?? 1;
  const pageSize = positiveInt(params.get('pageSize')) ?? defaultPageSize;

  /** Changing any filter goes back to page 1, unless the page is what changed. */
  const update = useCallback(
    (changes: Partial<Record<K | 'page' | 'pageSize', ParamValue>>) => {
      setParams((previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes) as [string, ParamValue][]) {
          if (value === undefined || value === null || value === '') next.delete(key);
          else next.set(key, String(value));
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      });
    },
    [setParams],
  );

  return { values, page, pageSize, update };
}

export function toPositiveInt(raw: string | undefined): number | undefined {
  return positiveInt(raw ?? null);
}

export function oneOf<T extends string>(options: readonly T[], raw: string | undefined): T | undefined {
  return options.find((option) => option === raw);
}
