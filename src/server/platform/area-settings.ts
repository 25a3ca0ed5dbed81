/**
 * Settings per area: the nearest ancestor's value wins, else the default in
 * src/shared/schemas/area-settings.ts. Read inside the caller's transaction.
 * (Closing a factory's day reads the wage floor the same way inside its
 * database function, piecework_close_day.)
 */
import { sql } from 'kysely';
import { AREA_SETTINGS, type AreaSettingKey, type AreaSettingValue } from '../../shared/schemas/area-settings';
import type { Db } from '../db/client';

export interface ResolvedSetting<K extends AreaSettingKey> {
  value: AreaSettingValue<K>;
  sourceAreaId: number | null;
}

/** A stored value, validated, or the default when no area sets it. */
function parseAreaSetting<K extends AreaSettingKey>(key: K, raw: unknown): AreaSettingValue<K> {
  return (raw == null ? AREA_SETTINGS[key].default : AREA_SETTINGS[key].schema.parse(raw)) as AreaSettingValue<K>;
}

export async function resolveAreaSetting<K extends AreaSettingKey>(
  db: Db,
  areaId: number,
  key: K,
): Promise<ResolvedSetting<K>> {
  const row = await db
    .selectFrom('area_settings as s')
    .innerJoin('areas as owner', 'owner.id', 's.area_id')
    .innerJoin('areas as target', (j) => j.on(sql<boolean>`target.path like owner.path || '%'`))
    .select(['s.value', 's.area_id'])
    .where('target.id', '=', areaId)
    .where('s.key', '=', key)
    .orderBy(sql`length(owner.path)`, 'desc')
    .limit(1)
    .executeTakeFirst();
  return { value: parseAreaSetting(key, row?.value), sourceAreaId: row?.area_id ?? null };
}

/** One setting for many areas at once (e.g. the wage floor of every factory's area), by area id. */
export async function resolveAreaSettingForAreas<K extends AreaSettingKey>(
  db: Db,
  areaIds: number[],
  key: K,
): Promise<Map<number, AreaSettingValue<K>>> {
  const result = new Map<number, AreaSettingValue<K>>();
  if (areaIds.length === 0) return result;
  const rows = await sql<{ area_id: number; value: unknown }>`
    select distinct on (target.id) target.id as area_id, s.value
    from areas target
    join areas owner on target.path like owner.path || '%'
    join area_settings s on s.area_id = owner.id and s.key = ${key}
    where target.id = any(${areaIds}::bigint[])
    order by target.id, length(owner.path) desc`.execute(db);
  for (const r of rows.rows) result.set(r.area_id, AREA_SETTINGS[key].schema.parse(r.value) as AreaSettingValue<K>);
  for (const id of areaIds) if (!result.has(id)) result.set(id, AREA_SETTINGS[key].default as AreaSettingValue<K>);
  return result;
}
