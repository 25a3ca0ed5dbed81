/** The resident's job profile (SPEC §3.2), kept by the resident or, for 代办, by an officer. */
import { countSlots, windowsToSlots } from '../../../shared/job-schedule';
import type { JobProfile, JobProfileInput } from '../../../shared/schemas/jobs';
import type { ActorContext } from '../../context';
import { AppError, FieldError, notFound } from '../../core/app-error';
import { pathInScope } from '../../http/scope';
import { recordAudit } from '../../platform/audit';
import { resolveAreaSetting } from '../../platform/area-settings';
import * as repo from './jobs.repository';
import { projectKm } from './match-score';

export function ownResidentId(ctx: ActorContext): number {
  if (!ctx.actor.residentId) throw new AppError('FORBIDDEN');
  return ctx.actor.residentId;
}

/** An officer reaches a resident only inside the areas they serve; elsewhere it is 404. */
export async function residentInScope(ctx: ActorContext, residentId: number) {
  const resident = await repo.findResident(ctx.db, residentId);
  if (!resident || !pathInScope(resident.area_path, ctx.actor.areaPaths)) throw notFound();
  return resident;
}

async function schoolHours(ctx: ActorContext, areaId: number) {
  const { value } = await resolveAreaSetting(ctx.db, areaId, 'school_hours');
  return { days: value.weekdays, from: value.from, to: value.to };
}

export async function getProfile(ctx: ActorContext, residentId: number): Promise<JobProfile> {
  const row = await repo.findProfile(ctx.db, residentId);
  if (row) {
    return {
      residentId,
      exists: true,
      skills: row.skills,
      jobTypes: row.job_types as JobProfile['jobTypes'],
      minPayFen: row.min_pay_fen,
      minPayUnit: row.min_pay_unit,
      windows: row.windows,
      schoolHoursPreset: row.school_hours_preset,
      homeAreaId: row.home_area_id,
      homeAreaName: row.home_area_name,
      maxWalkMinutes: row.max_walk_minutes,
      discoverable: row.discoverable,
      schoolHours: await schoolHours(ctx, row.home_area_id),
      updatedBy:
        row.updated_by_user_id !== null && row.updated_by_user_id !== ctx.actor.userId ? row.updated_by_name : null,
    };
  }
  const resident = await repo.findResident(ctx.db, residentId);
  if (!resident) throw notFound();
  const home = await repo.findPlace(ctx.db, resident.area_id);
  return {
    residentId,
    exists: false,
    skills: [],
    jobTypes: [],
    minPayFen: null,
    minPayUnit: null,
    windows: [],
    schoolHoursPreset: false,
    homeAreaId: resident.area_id,
    homeAreaName: home?.name ?? '',
    maxWalkMinutes: 20,
    discoverable: false,
    schoolHours: await schoolHours(ctx, resident.area_id),
    updatedBy: null,
  };
}

/**
 * Saves the profile. The home is a compound or community from the area list:
 * the web may use the phone's location to pick the nearest one, but only the
 * chosen area reaches the server, never coordinates (PIPL minimum collection).
 */
export async function saveProfile(ctx: ActorContext, residentId: number, input: JobProfileInput, assisted: boolean) {
  const home = await repo.findPlace(ctx.db, input.homeAreaId);
  if (!home || (home.level !== 'compound' && home.level !== 'community') || home.lat === null || home.lng === null) {
    throw new FieldError('homeAreaId', 'not_compound');
  }
  const slots = windowsToSlots(input.windows);
  const loc = projectKm(home.lat, home.lng);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findProfile(trx, residentId);
    const values = {
      resident_id: residentId,
      skills: [...new Set(input.skills)],
      job_types: [...new Set(input.jobTypes)],
      min_pay_fen: input.minPayFen,
      min_pay_unit: input.minPayUnit,
      windows: JSON.stringify(input.windows),
      slots,
      slot_count: countSlots(slots),
      school_hours_preset: input.schoolHoursPreset,
      home_area_id: home.id,
      home_loc: repo.pointSql(loc),
      max_walk_minutes: input.maxWalkMinutes,
      discoverable: input.discoverable,
      updated_by_user_id: ctx.actor.userId,
      updated_at: ctx.now,
    };
    await repo.upsertProfile(trx, values);
    const shape = (p: typeof input | repo.ProfileRow | undefined) =>
      p && 'resident_id' in p
        ? {
            skills: p.skills,
            jobTypes: p.job_types,
            minPayFen: p.min_pay_fen,
            windows: p.windows,
            homeAreaId: p.home_area_id,
            maxWalkMinutes: p.max_walk_minutes,
            discoverable: p.discoverable,
          }
        : p
          ? {
              skills: p.skills,
              jobTypes: p.jobTypes,
              minPayFen: p.minPayFen,
              windows: p.windows,
              homeAreaId: p.homeAreaId,
              maxWalkMinutes: p.maxWalkMinutes,
              discoverable: p.discoverable,
            }
          : null;
    await recordAudit(trx, ctx, {
      action: assisted ? 'jobs.profile.assisted_update' : 'jobs.profile.update',
      targetType: 'resident',
      targetId: residentId,
      before: shape(before),
      after: { ...shape(input), ...(assisted ? { assistedBy: ctx.actor.displayName } : {}) },
    });
  });
  return getProfile(ctx, residentId);
}
