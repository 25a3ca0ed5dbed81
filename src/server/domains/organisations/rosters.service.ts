/**
 * The rosters of 就业服务专员 (SPEC §3.6): per community, the staff serving as employment-service
 * specialists with their duties, and the residents each looks after — one specialist per resident,
 * a resident of the community only (ADR 0075). A community out of the caller's areas is 404.
 */
import type { z } from 'zod';
import type { ActorContext } from '../../context';
import { AppError, FieldError, notFound } from '../../core/app-error';
import { areaInScope } from '../../http/scope';
import { recordAudit } from '../../platform/audit';
import type * as s from '../../../shared/schemas/organisations';
import { SPECIALIST_ROLES } from './organisations.permissions';
import { presentRosterResident } from './organisations.presenter';
import * as repo from './organisations.repository';

const UNASSIGNED_SHOWN = 200;

async function communityInScope(ctx: ActorContext, areaId: number) {
  const area = await repo.areaInfo(ctx.db, areaId, areaInScope('a.id', ctx.actor));
  if (!area || area.level !== 'community') throw notFound();
  return area;
}

export async function getRoster(ctx: ActorContext, areaId: number): Promise<z.infer<typeof s.roster>> {
  const area = await communityInScope(ctx, areaId);
  const specialists = await repo.specialistsOf(ctx.db, area.id);
  const [residents, unassigned, candidates] = await Promise.all([
    repo.residentsOfSpecialists(
      ctx.db,
      specialists.map((x) => x.id),
    ),
    repo.unassignedOf(ctx.db, area.path, UNASSIGNED_SHOWN),
    repo.candidatesOf(ctx.db, area.id, area.path, SPECIALIST_ROLES),
  ]);
  return {
    areaId: area.id,
    areaName: area.name,
    specialists: specialists.map((x) => ({
      id: x.id,
      userId: x.user_id,
      name: x.display_name,
      role: x.role,
      duties: x.duties,
      residents: residents.filter((r) => r.specialist_id === x.id).map(presentRosterResident),
    })),
    unassigned: unassigned.rows.map(presentRosterResident),
    unassignedTotal: unassigned.total,
    candidates: candidates.map((c) => ({ userId: c.id, name: c.display_name, role: c.role })),
  };
}

/** Puts a member of staff serving the community on its roster; naming her again changes her duties. */
export async function addSpecialist(ctx: ActorContext, areaId: number, input: z.infer<typeof s.addSpecialist>) {
  const area = await communityInScope(ctx, areaId);
  if (!(await repo.staffServing(ctx.db, input.userId, area.path, SPECIALIST_ROLES)))
    throw new FieldError('userId', 'specialist_not_staff');
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.insertSpecialist(trx, {
      area_id: area.id,
      user_id: input.userId,
      duties: input.serviceDuties,
    });
    await recordAudit(trx, ctx, {
      action: 'organisation.specialist.save',
      targetType: 'employment_specialist',
      targetId: row.id,
      after: { areaId: area.id, userId: input.userId, duties: input.serviceDuties },
    });
  });
  return getRoster(ctx, area.id);
}

async function specialistInScope(ctx: ActorContext, id: number) {
  const row = await repo.specialistRow(ctx.db, id, areaInScope('s.area_id', ctx.actor));
  if (!row) throw notFound();
  return row;
}

/** A resident of the specialist's community is put in her care, moved from another specialist if she had one. */
export async function assignResident(ctx: ActorContext, specialistId: number, residentId: number) {
  const sp = await specialistInScope(ctx, specialistId);
  const lives = await repo.residentArea(
    ctx.db,
    residentId,
    areaInScope('r.area_id', { ...ctx.actor, areaPaths: [sp.path] }),
  );
  if (!lives) throw new AppError('SPECIALIST_NOT_IN_COMMUNITY');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.currentAssignment(trx, residentId);
    if (before?.specialist_id === specialistId) return; // already in her care
    await repo.upsertAssignment(trx, residentId, specialistId, ctx.actor.userId, ctx.now);
    await recordAudit(trx, ctx, {
      action: 'organisation.specialist.assign',
      targetType: 'resident',
      targetId: residentId,
      before: { specialistId: before?.specialist_id ?? null },
      after: { specialistId },
    });
  });
  return getRoster(ctx, sp.area_id);
}

export async function unassignResident(ctx: ActorContext, specialistId: number, residentId: number) {
  const sp = await specialistInScope(ctx, specialistId);
  await ctx.db.transaction().execute(async (trx) => {
    const gone = await repo.deleteAssignment(trx, residentId, specialistId);
    if (!gone) return;
    await recordAudit(trx, ctx, {
      action: 'organisation.specialist.unassign',
      targetType: 'resident',
      targetId: residentId,
      before: { specialistId },
      after: { specialistId: null },
    });
  });
  return getRoster(ctx, sp.area_id);
}

/** The residents she looks after, on whichever roster she serves (her own list, not an area's). */
export async function residentsInCare(ctx: ActorContext) {
  const rows = await repo.residentsInCareOf(ctx.db, ctx.actor.userId);
  return {
    items: rows.map((r) => ({ ...presentRosterResident(r), communityName: r.community_name, duties: r.duties })),
  };
}
