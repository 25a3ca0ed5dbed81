import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A page loaded on first visit: each route's code becomes its own chunk, so the
 * staff console and the resident app download only the pages a person opens.
 * Pages are named exports; React.lazy wants a default one.
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K]> {
  return lazy(async () => ({ default: (await load())[name] }));
}
