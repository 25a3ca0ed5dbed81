/**
 * Staff accounts under 三员分立 (GB/T 22239 "three-role separation"):
 * - the system administrator creates accounts (no power until granted), resets
 *   passwords and deactivates accounts;
 * - the security administrator grants a role and its scope, and unlocks;
 * - neither touches an administrator account or their own, and the three
 *   administrators exist only through the installation command.
 */
import type { z } from 'zod';
import { ADMIN_ROLES } from '../../../shared/enums';
import type * as schemas from '../../../shared/schemas/staff-accounts';
import type { Transaction } from 'kysely';
import type { ActorContext } from '../../context';
import type { Database } from '../../db/types';
import { uniqueViolation } from '../../db/errors';
import { AppError, FieldError, notFound } from '../../core/app-error';
import { recordAudit } from '../../platform/audit';
import { hashPassword } from '../../platform/passwords';
import * as repo from './staff-accounts.repository';
import type { StaffAccountRow } from './staff-accounts.repository';

export function presentStaffAccount(row: StaffAccountRow): z.infer<typeof schemas.staffAccount> {
  return {
    id: row.id,
    username: row.username ?? '',
    displayName: row.display_name,
    role: row.role as z.infer<typeof schemas.staffAccount>['role'],
    areas: row.areas,
    stationId: row.station_id,
    stationName: row.station_name,
    institutionId: row.institution_id,
    institutionName: row.institution_name,
    active: row.active,
    locked: row.locked,
    totpEnabled: row.totp_enabled,
    createdAt: row.created_at.toISOString(),
  };
}

const audit = (row: StaffAccountRow) => ({
  username: row.username,
  displayName: row.display_name,
  role: row.role,
  areaIds: row.areas.map((a) => a.id),
  stationId: row.station_id,
  institutionId: row.institution_id,
  active: row.active,
});

/** Loads a staff account another administrator may change, or refuses. */
async function changeable(ctx: ActorContext, id: number) {
  const row = await repo.findStaffAccount(ctx.db, id);
  if (!row) throw notFound();
  if ((ADMIN_ROLES as readonly string[]).includes(row.role) || row.id === ctx.actor.userId)
    throw new AppError('ADMIN_ACCOUNT_PROTECTED');
  return row;
}

export async function listStaffAccounts(ctx: ActorContext, query: z.output<typeof schemas.staffAccountQuery>) {
  const { rows, total } = await repo.listStaffAccounts(ctx.db, query, query.page, query.pageSize);
  return { items: rows.map(presentStaffAccount), total, page: query.page, pageSize: query.pageSize };
}

export async function createStaffAccount(ctx: ActorContext, input: z.output<typeof schemas.createStaffAccount>) {
  const passwordHash = await hashPassword(input.password);
  try {
    const id = await ctx.db.transaction().execute(async (trx) => {
      const { id } = await repo.insertStaffAccount(trx, {
        username: input.username,
        display_name: input.displayName,
        password_hash: passwordHash,
        created_by_user_id: ctx.actor.userId,
      });
      const row = (await repo.findStaffAccount(trx, id))!;
      await recordAudit(trx, ctx, {
        action: 'staff_account.create',
        targetType: 'user',
        targetId: id,
        after: audit(row),
      });
      return id;
    });
    return presentStaffAccount((await repo.findStaffAccount(ctx.db, id))!);
  } catch (err) {
    if (uniqueViolation(err) === 'users_username_key') throw new AppError('DUPLICATE_USERNAME');
    throw err;
  }
}

export async function grantStaffAccount(
  ctx: ActorContext,
  id: number,
  input: z.output<typeof schemas.grantStaffAccount>,
) {
  await changeable(ctx, id);
  if ((input.role === 'community_officer' || input.role === 'street_officer') && input.areaIds.length === 0) {
    throw new FieldError('areaIds', 'scope_required');
  }
  if (input.role === 'station_agent' && !input.stationId) throw new FieldError('stationId', 'station_required');
  if (input.role === 'lender' && !input.institutionId) throw new FieldError('institutionId', 'institution_required');
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockStaffAccount(trx, id);
    const before = (await repo.findStaffAccount(trx, id))!;
    await trx
      .updateTable('users')
      .set({
        role: input.role,
        station_id: input.role === 'station_agent' ? input.stationId! : null,
        institution_id: input.role === 'lender' ? input.institutionId! : null,
        active: true,
        updated_at: ctx.now,
      })
      .where('id', '=', id)
      .execute();
    await repo.replaceAreas(trx, id, [...new Set(input.areaIds)]);
    // A changed role takes effect at once: the account's open sessions end.
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    const after = (await repo.findStaffAccount(trx, id))!;
    await recordAudit(trx, ctx, {
      action: 'staff_account.grant',
      targetType: 'user',
      targetId: id,
      before: audit(before),
      after: audit(after),
    });
  });
  return presentStaffAccount((await repo.findStaffAccount(ctx.db, id))!);
}

export async function deactivateStaffAccount(ctx: ActorContext, id: number) {
  await changeable(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockStaffAccount(trx, id);
    const before = (await repo.findStaffAccount(trx, id))!;
    await trx.updateTable('users').set({ active: false, updated_at: ctx.now }).where('id', '=', id).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await recordAudit(trx, ctx, {
      action: 'staff_account.deactivate',
      targetType: 'user',
      targetId: id,
      before: audit(before),
      after: { active: false },
    });
  });
  return presentStaffAccount((await repo.findStaffAccount(ctx.db, id))!);
}

export async function resetStaffPassword(ctx: ActorContext, id: number, password: string) {
  await changeable(ctx, id);
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockStaffAccount(trx, id);
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, failed_logins: 0, locked_until: null, lockouts: 0, updated_at: ctx.now })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await recordAudit(trx, ctx, { action: 'staff_account.reset_password', targetType: 'user', targetId: id });
  });
  return presentStaffAccount((await repo.findStaffAccount(ctx.db, id))!);
}

export async function unlockStaffAccount(ctx: ActorContext, id: number) {
  await changeable(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null, lockouts: 0, updated_at: ctx.now })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx, { action: 'staff_account.unlock', targetType: 'user', targetId: id });
  });
  return presentStaffAccount((await repo.findStaffAccount(ctx.db, id))!);
}

export async function staffAccountOptions(ctx: ActorContext) {
  const [stations, institutions] = await repo.options(ctx.db);
  return { stations, institutions };
}

export async function resetStaffTotp(ctx: ActorContext, id: number) {
  await changeable(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockStaffAccount(trx, id);
    await trx
      .updateTable('users')
      .set({
        totp_secret_enc: null,
        totp_pending_enc: null,
        totp_enabled_at: null,
        totp_last_step: null,
        updated_at: ctx.now,
      })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await recordAudit(trx, ctx, { action: 'staff_account.totp_reset', targetType: 'user', targetId: id });
  });
  return presentStaffAccount((await repo.findStaffAccount(ctx.db, id))!);
}

async function readSecuritySettings(db: ActorContext['db'] | Transaction<Database>) {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'staff_totp_required')
    .executeTakeFirst();
  return { staffTotpRequired: row?.value === true };
}

export function getSecuritySettings(ctx: ActorContext) {
  return readSecuritySettings(ctx.db);
}

export async function updateSecuritySettings(ctx: ActorContext, input: { staffTotpRequired: boolean }) {
  // Whoever requires two-factor sign-in must already use it, or they would lock themselves out.
  if (input.staffTotpRequired && !ctx.actor.totpEnabled) throw new AppError('TOTP_ENROLLMENT_REQUIRED');
  await ctx.db.transaction().execute(async (trx) => {
    const before = await readSecuritySettings(trx);
    await trx
      .insertInto('settings')
      .values({
        key: 'staff_totp_required',
        value: JSON.stringify(input.staffTotpRequired),
        updated_by_user_id: ctx.actor.userId,
        updated_at: ctx.now,
      })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          value: JSON.stringify(input.staffTotpRequired),
          updated_by_user_id: ctx.actor.userId,
          updated_at: ctx.now,
        }),
      )
      .execute();
    await recordAudit(trx, ctx, {
      action: 'settings.security',
      targetType: 'settings',
      targetId: 'staff_totp_required',
      before,
      after: input,
    });
  });
  return getSecuritySettings(ctx);
}
