/**
 * Area scope: a staff user sees the subtrees of the areas they serve, nothing
 * else. Lists filter by it in SQL; single records outside it answer 404, the
 * same as records that do not exist.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Actor } from '../core/actor';

/** '/1/4/' ⊂ '/1/' — pure, for checks on rows already loaded. */
export function pathInScope(path: string, scopePaths: readonly string[]): boolean {
  return scopePaths.some((scope) => path.startsWith(scope));
}

/** `area_id in (areas under the actor's subtrees)`; an actor with no areas matches nothing. */
export function areaInScope(column: string, actor: Actor): RawBuilder<boolean> {
  if (actor.areaPaths.length === 0) return sql<boolean>`false`;
  const patterns = actor.areaPaths.map((p) => `${p}%`);
  return sql<boolean>`${sql.ref(column)} in (select id from areas where path like any(${patterns}::text[]))`;
}

/** The same, limited further to one chosen area's subtree (a filter in a list screen). */
export function areaUnder(column: string, areaId: number): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} in (select d.id from areas d, areas p where p.id = ${areaId} and d.path like p.path || '%')`;
}
