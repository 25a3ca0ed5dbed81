import { sql, type Transaction } from 'kysely';
import type { Db } from '../../db/client';
import type { Database } from '../../db/types';
import type { Actor } from '../../core/actor';
import { areaInScope, areaUnder } from '../../http/scope';

export function listAreas(db: Db) {
  return db
    .selectFrom('areas')
    .select(['id', 'parent_id', 'name', 'level', 'lat', 'lng', 'path'])
    .orderBy('path')
    .execute();
}

export function getAreaNode(db: Db, id: number) {
  return db
    .selectFrom('areas')
    .select(['id', 'parent_id', 'name', 'level', 'lat', 'lng'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

export function findArea(db: Db, id: number) {
  return db
    .selectFrom('areas')
    .select(['id', 'parent_id', 'name', 'level', 'path'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Rows of a kind in the actor's areas (optionally under one area), from the per-area rollup: the query, to run alone or inside another. */
export function countInScopeQuery(
  db: Db | Transaction<Database>,
  actor: Actor,
  kind: 'residents' | 'enterprises',
  areaId?: number,
) {
  let q = db.selectFrom('area_counts as c').where(areaInScope('c.area_id', actor));
  if (areaId) q = q.where(areaUnder('c.area_id', areaId));
  return q.select(sql<number>`coalesce(sum(${sql.ref(`c.${kind}`)}), 0)::int`.as('n'));
}

/** The same count, run. */
export function countInScope(
  db: Db | Transaction<Database>,
  actor: Actor,
  kind: 'residents' | 'enterprises',
  areaId?: number,
) {
  return countInScopeQuery(db, actor, kind, areaId).executeTakeFirstOrThrow();
}

/**
 * The community a row's area belongs to: the area itself when it is a
 * community, its parent when it is a compound. Expects the area joined as `a`
 * and its parent as `p`.
 */
export const communityNameOfArea = sql<
  string | null
>`case a.level when 'community' then a.name when 'compound' then p.name end`;
