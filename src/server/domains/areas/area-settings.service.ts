/**
 * Settings per area (wage floor, arrears days, school hours). Officers in scope
 * read the effective values; street officers set them for areas they serve.
 */
import { sql } from 'kysely';
import { AREA_SETTING_KEYS, AREA_SETTINGS, type AreaSettingKey } from '../../../shared/schemas/area-settings';
import type { ActorContext } from '../../context';
import { FieldError, notFound } from '../../core/app-error';
import { pathInScope } from '../../http/scope';
import { recordAudit } from '../../platform/audit';
import { resolveAreaSetting } from '../../platform/area-settings';

async function areaInActorScope(ctx: ActorContext, areaId: number) {
  const area = await ctx.db.selectFrom('areas').select(['id', 'path']).where('id', '=', areaId).executeTakeFirst();
  if (!area || !pathInScope(area.path, ctx.actor.areaPaths)) throw notFound();
  return area;
}

export async function getAreaSettings(ctx: ActorContext, areaId: number) {
  await areaInActorScope(ctx, areaId);
  const settings = await Promise.all(
    AREA_SETTING_KEYS.map(async (key) => {
      const r = await resolveAreaSetting(ctx.db, areaId, key);
      const source: 'this_area' | 'ancestor' | 'default' =
        r.sourceAreaId === null ? 'default' : r.sourceAreaId === areaId ? 'this_area' : 'ancestor';
      return { key, value: r.value as unknown, source, sourceAreaId: r.sourceAreaId };
    }),
  );
  return { areaId, settings };
}

export async function setAreaSetting(ctx: ActorContext, areaId: number, key: AreaSettingKey, value: unknown) {
  await areaInActorScope(ctx, areaId);
  const parsed = AREA_SETTINGS[key].schema.safeParse(value);
  if (!parsed.success) throw new FieldError('value', 'invalid');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('area_settings')
      .select('value')
      .where('area_id', '=', areaId)
      .where('key', '=', key)
      .forUpdate()
      .executeTakeFirst();
    await trx
      .insertInto('area_settings')
      .values({ area_id: areaId, key, value: JSON.stringify(parsed.data), updated_by_user_id: ctx.actor.userId })
      .onConflict((oc) =>
        oc.columns(['area_id', 'key']).doUpdateSet({
          value: JSON.stringify(parsed.data),
          updated_by_user_id: ctx.actor.userId,
          updated_at: sql`now()`,
        }),
      )
      .execute();
    await recordAudit(trx, ctx, {
      action: 'area.setting',
      targetType: 'area',
      targetId: areaId,
      before: { key, value: before?.value ?? null },
      after: { key, value: parsed.data },
    });
  });
  return getAreaSettings(ctx, areaId);
}
