/**
 * The area tree is configuration: the system administrator adds streets,
 * communities, compounds and places (with coordinates for walking distances).
 * Areas are never deleted: rows all over the platform point at them.
 */
import type { z } from 'zod';
import { CHILD_LEVELS, type createArea, type updateArea } from '../../../shared/schemas/areas';
import type { ActorContext } from '../../context';
import { uniqueViolation } from '../../db/errors';
import { AppError, FieldError, notFound } from '../../core/app-error';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../db/client';
import { getAreaNode, listAreas } from './areas.repository';
import { presentAreaNode } from './areas.presenter';

type AreaOut = ReturnType<typeof presentAreaNode>;

async function present(ctx: ActorContext, id: number): Promise<AreaOut> {
  return presentAreaNode(await getAreaNode(ctx.db, id));
}

/** The whole tree, in path order: not personal data, every signed-in user needs it to pick a compound. */
export async function listAreaTree(db: Db) {
  return { items: (await listAreas(db)).map(presentAreaNode) };
}

export async function createAreaNode(ctx: ActorContext, input: z.output<typeof createArea>): Promise<AreaOut> {
  try {
    const id = await ctx.db.transaction().execute(async (trx) => {
      let parentPath = '/';
      if (input.parentId === null) {
        const root = await trx.selectFrom('areas').select('id').where('parent_id', 'is', null).executeTakeFirst();
        if (root || input.level !== 'district') throw new FieldError('parentId', 'required');
      } else {
        const parent = await trx
          .selectFrom('areas')
          .select(['id', 'path', 'level'])
          .where('id', '=', input.parentId)
          .forUpdate()
          .executeTakeFirst();
        if (!parent) throw new FieldError('parentId', 'invalid');
        if (!CHILD_LEVELS[parent.level].includes(input.level)) throw new FieldError('level', 'level_not_allowed');
        parentPath = parent.path;
      }
      const { id } = await trx
        .insertInto('areas')
        .values({
          parent_id: input.parentId,
          code: input.code,
          name: input.name,
          level: input.level,
          path: `pending:${input.code}`,
          lat: input.lat ?? null,
          lng: input.lng ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx
        .updateTable('areas')
        .set({ path: `${parentPath}${id}/` })
        .where('id', '=', id)
        .execute();
      await recordAudit(trx, ctx, { action: 'area.create', targetType: 'area', targetId: id, after: { ...input } });
      return id;
    });
    return present(ctx, id);
  } catch (err) {
    if (uniqueViolation(err) === 'areas_code_key') throw new AppError('DUPLICATE_AREA_CODE');
    throw err;
  }
}

export async function updateAreaNode(
  ctx: ActorContext,
  id: number,
  input: z.output<typeof updateArea>,
): Promise<AreaOut> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('areas')
      .select(['name', 'lat', 'lng'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound();
    const changes = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.lat !== undefined ? { lat: input.lat } : {}),
      ...(input.lng !== undefined ? { lng: input.lng } : {}),
    };
    // an update naming no field changes nothing and writes nothing
    if (Object.keys(changes).length === 0) return;
    await trx.updateTable('areas').set(changes).where('id', '=', id).execute();
    await recordAudit(trx, ctx, {
      action: 'area.update',
      targetType: 'area',
      targetId: id,
      before,
      after: { ...input },
    });
  });
  return present(ctx, id);
}
