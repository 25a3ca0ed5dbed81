import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/client';
import type { ServiceContext } from '../../context';
import type { Actor } from '../../core/actor';
import { AppError, FieldError } from '../../core/app-error';
import { recordAudit } from '../../platform/audit';
import { hashPassword as _hash, verifyPassword } from '../../platform/passwords';
import { renderSms, SmsSendError, type SmsProvider } from '../../platform/sms';
import { newTotpSecret, totpUri, verifyTotp } from '../../platform/totp';
import type { Role } from '../../../shared/schemas/auth';
import * as repo from './accounts.repository';
import { CLEARED, refundAttempt, reserveAttempt, type LoginState } from './sign-in-limits';

export const SMS_RULES = {
  codeTtlMs: 5 * 60 * 1000,
  resendAfterSeconds: 60,
  maxAttempts: 5,
  perPhonePerDay: 10,
  perIpPerDay: 60,
} as const;

export async function loadActor(db: Db, userId: number): Promise<Actor | null> {
  return actorFromRow(await repo.findActorRow(db, userId));
}

/** The actor an account row makes, or null when there is none or it is switched off. */
export function actorFromRow(row: repo.ActorRow | null | undefined): Actor | null {
  if (!row || !row.active) return null;
  return {
    userId: row.id,
    kind: row.kind,
    role: row.role as Role,
    displayName: row.display_name,
    residentId: row.resident_id,
    stationId: row.station_id,
    institutionId: row.institution_id,
    areaPaths: row.areas.map((a) => a.path),
    areas: row.areas.map(({ id, name, level }) => ({ id, name, level })),
    enterprises: row.enterprises,
    locale: row.locale,
    elderMode: row.elder_mode,
    totpEnabled: row.totp_enabled,
    totpEnrollmentRequired: row.kind === 'staff' && row.totp_required && !row.totp_enabled,
  };
}

/** A live session's data and its account's actor row, read together (see the session store). */
export function loadSessionWithActor(db: Db, sid: string, now: Date) {
  return repo.findSessionWithActor(db, sid, now);
}

function codeHash(secret: string, phone: string, code: string) {
  return createHmac('sha256', secret).update(`${phone}:${code}`).digest('hex');
}

/**
 * Sends a login code. The answer is the same whether or not the number is
 * registered: a new number becomes a resident account on first sign-in.
 */
export async function requestSmsCode(
  ctx: ServiceContext,
  sms: SmsProvider,
  secret: string,
  phone: string,
  perIpPerDay: number = SMS_RULES.perIpPerDay,
) {
  const counts = await repo.smsCounts(ctx.db, phone, ctx.ip);
  if (counts.lastAt) {
    const waited = Math.floor((ctx.now.getTime() - new Date(counts.lastAt).getTime()) / 1000);
    if (waited < SMS_RULES.resendAfterSeconds) {
      const seconds = SMS_RULES.resendAfterSeconds - waited;
      throw new AppError('SMS_TOO_FREQUENT', { seconds }, { retryAfterSeconds: seconds });
    }
  }
  if (counts.phoneToday >= SMS_RULES.perPhonePerDay || counts.ipToday >= perIpPerDay) {
    throw new AppError('SMS_DAILY_LIMIT');
  }
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const row = await repo.insertSmsCode(ctx.db, {
    phone,
    code_hash: codeHash(secret, phone, code),
    ip: ctx.ip,
    expires_at: new Date(ctx.now.getTime() + SMS_RULES.codeTtlMs),
  });
  try {
    await sms.send({ phone, template: 'login_code', params: { code }, text: renderSms('login_code', { code }) });
  } catch (err) {
    // A code nobody received counts against no limit and can never be used.
    await repo.deleteSmsCode(ctx.db, row.id);
    if (!(err instanceof SmsSendError)) throw err;
    if (err.kind === 'invalid_number') throw new FieldError('phone', 'invalid');
    if (err.kind === 'rate_limited') throw new AppError('RATE_LIMITED');
    throw new AppError('SMS_SEND_FAILED');
  }
  return { resendAfterSeconds: SMS_RULES.resendAfterSeconds };
}

export async function loginWithCode(ctx: ServiceContext, secret: string, phone: string, code: string): Promise<number> {
  // The try is counted before the code is compared (ADR 0009: five tries, however many arrive at once).
  const live = await repo.claimCodeAttempt(ctx.db, phone, SMS_RULES.maxAttempts);
  if (!live) throw new AppError('SMS_CODE_INVALID');
  const expected = Buffer.from(live.code_hash, 'hex');
  const given = Buffer.from(codeHash(secret, phone, code), 'hex');
  if (!timingSafeEqual(expected, given)) throw new AppError('SMS_CODE_INVALID');
  if (!(await repo.consumeCode(ctx.db, live.id))) throw new AppError('SMS_CODE_INVALID');

  return ctx.db.transaction().execute(async (trx) => {
    const existing = await repo.findUserByPhone(trx, phone);
    if (existing) {
      if (!existing.active && existing.closed_at) {
        // A resident who closed their account comes back: the same record, a fresh start.
        await trx
          .updateTable('users')
          .set({ active: true, closed_at: null, updated_at: ctx.now })
          .where('id', '=', existing.id)
          .execute();
        await repo.linkOwnedEnterprises(trx, existing.id, phone);
        await recordAudit(
          trx,
          { actor: { userId: existing.id, role: 'resident', displayName: existing.display_name }, ip: ctx.ip },
          {
            action: 'account.reopen',
            targetType: 'user',
            targetId: existing.id,
          },
        );
        return existing.id;
      }
      if (!existing.active) throw new AppError('LOGIN_FAILED');
      await recordAudit(
        trx,
        { actor: { userId: existing.id, role: existing.role as Role, displayName: existing.display_name }, ip: ctx.ip },
        { action: 'account.login', targetType: 'user', targetId: existing.id, after: { method: 'sms' } },
      );
      return existing.id;
    }
    // First sign-in: link to a resident an officer registered with this phone, or create one.
    let resident = await repo.findResidentByPhone(trx, phone);
    if (!resident) {
      const root = await repo.rootAreaId(trx);
      resident = await trx
        .insertInto('residents')
        .values({ area_id: root.id, name: `居民${phone.slice(-4)}`, phone, updated_at: ctx.now })
        .returning(['id', 'name'])
        .executeTakeFirstOrThrow();
    }
    const user = await trx
      .insertInto('users')
      .values({
        kind: 'resident',
        role: 'resident',
        display_name: resident.name,
        phone,
        resident_id: resident.id,
        updated_at: ctx.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // An enterprise registered with this phone as its owner's is theirs to act for.
    await repo.linkOwnedEnterprises(trx, user.id, phone);
    await recordAudit(
      trx,
      { actor: { userId: user.id, role: 'resident', displayName: resident.name }, ip: ctx.ip },
      {
        action: 'account.register',
        targetType: 'user',
        targetId: user.id,
        after: { residentId: resident.id, phone, method: 'sms' },
      },
    );
    return user.id;
  });
}

function loginState(user: { failed_logins: number; locked_until: Date | null; lockouts: number }): LoginState {
  return { failedLogins: user.failed_logins, lockedUntil: user.locked_until, lockouts: user.lockouts };
}

/**
 * Staff sign-in. Each attempt is counted, under the account row's lock, before
 * its password is verified (sign-in-limits.ts), so a burst of attempts gets at
 * most five verified. A locked account is answered exactly as an unknown
 * username is, after the same argon2 work, so the answer tells nobody which
 * usernames exist or are locked.
 */
export async function loginWithPassword(
  ctx: ServiceContext,
  username: string,
  password: string,
  totp?: string,
): Promise<number> {
  const reserved = await ctx.db.transaction().execute(async (trx) => {
    const user = await repo.findStaffByUsername(trx, username, true);
    if (!user) return null;
    const reservation = reserveAttempt(loginState(user), ctx.now);
    if (reservation.allowed) {
      await repo.writeLoginState(trx, user.id, reservation.next);
      return { user, reservation };
    }
    await recordAudit(
      trx,
      { actor: null, ip: ctx.ip },
      {
        action: 'account.login_failed',
        targetType: 'user',
        targetId: user.id,
        after: { failedLogins: user.failed_logins, locked: true, checked: false },
      },
    );
    return null;
  });
  // Unknown and locked alike verify against the dummy hash.
  const ok = await verifyPassword(reserved?.user.password_hash ?? null, password);
  if (!reserved) throw new AppError('LOGIN_FAILED');
  const { user, reservation } = reserved;

  // A right password that cannot finish yet is no failure: give the attempt back.
  const refund = () =>
    ctx.db.transaction().execute(async (trx) => {
      const now = await repo.findStaffByUsername(trx, username, true);
      if (now && now.id === user.id)
        await repo.writeLoginState(trx, user.id, refundAttempt(loginState(now), reservation));
    });

  if (ok && user.role === 'unassigned') {
    await refund();
    throw new AppError('ACCOUNT_NOT_ASSIGNED');
  }
  let failure: 'LOGIN_FAILED' | 'TOTP_INVALID' | null = !ok || !user.active ? 'LOGIN_FAILED' : null;
  let totpStep: number | null = null;
  if (!failure && user.totp_secret_enc) {
    if (!totp) {
      await refund();
      throw new AppError('TOTP_REQUIRED');
    }
    totpStep = verifyTotp(ctx.cipher.decrypt(user.totp_secret_enc), totp, ctx.now, user.totp_last_step);
    if (totpStep === null) failure = 'TOTP_INVALID';
  }
  if (failure) {
    await ctx.db.transaction().execute((trx) =>
      recordAudit(
        trx,
        { actor: null, ip: ctx.ip },
        {
          action: 'account.login_failed',
          targetType: 'user',
          targetId: user.id,
          after: {
            failedLogins: reservation.attempt,
            locked: reservation.locks,
            factor: failure === 'TOTP_INVALID' ? 'totp' : 'password',
          },
        },
      ),
    );
    throw new AppError(failure);
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (totpStep !== null)
      await trx.updateTable('users').set({ totp_last_step: totpStep }).where('id', '=', user.id).execute();
    await repo.writeLoginState(trx, user.id, CLEARED);
    const actor = { userId: user.id, role: user.role as Role, displayName: user.display_name };
    await recordAudit(
      trx,
      { actor, ip: ctx.ip },
      { action: 'account.login', targetType: 'user', targetId: user.id, after: { method: 'password' } },
    );
  });
  return user.id;
}

export async function logout(ctx: ServiceContext) {
  if (!ctx.actor) return;
  await ctx.db
    .transaction()
    .execute((trx) =>
      recordAudit(
        trx,
        { actor: ctx.actor, ip: ctx.ip },
        { action: 'account.logout', targetType: 'user', targetId: ctx.actor!.userId },
      ),
    );
}

export async function updatePreferences(
  ctx: ServiceContext & { actor: Actor },
  prefs: { locale?: 'zh-CN' | 'en'; elderMode?: boolean },
) {
  await ctx.db.transaction().execute(async (trx) => {
    await repo.updatePreferences(trx, ctx.actor.userId, {
      ...(prefs.locale ? { locale: prefs.locale } : {}),
      ...(prefs.elderMode === undefined ? {} : { elder_mode: prefs.elderMode }),
    });
    await recordAudit(trx, ctx, {
      action: 'account.preferences',
      targetType: 'user',
      targetId: ctx.actor.userId,
      before: { locale: ctx.actor.locale, elderMode: ctx.actor.elderMode },
      after: prefs,
    });
  });
}

export const hashPassword = _hash;

/** Starts two-factor enrolment: a new secret, kept encrypted until a first code confirms it. */
export async function startTotpSetup(ctx: ServiceContext & { actor: Actor }) {
  if (ctx.actor.kind !== 'staff') throw new AppError('FORBIDDEN');
  const secret = newTotpSecret();
  await ctx.db
    .updateTable('users')
    .set({ totp_pending_enc: ctx.cipher.encrypt(secret) })
    .where('id', '=', ctx.actor.userId)
    .execute();
  const username = await ctx.db
    .selectFrom('users')
    .select('username')
    .where('id', '=', ctx.actor.userId)
    .executeTakeFirstOrThrow();
  return { secret, otpauthUri: totpUri(secret, username.username ?? String(ctx.actor.userId)) };
}

export async function enableTotp(ctx: ServiceContext & { actor: Actor }, code: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('users')
      .select(['totp_pending_enc'])
      .where('id', '=', ctx.actor.userId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (!row.totp_pending_enc) throw new AppError('TOTP_INVALID');
    const secret = ctx.cipher.decrypt(row.totp_pending_enc);
    const step = verifyTotp(secret, code, ctx.now, null);
    if (step === null) throw new AppError('TOTP_INVALID');
    await trx
      .updateTable('users')
      .set({
        totp_secret_enc: row.totp_pending_enc,
        totp_pending_enc: null,
        totp_enabled_at: ctx.now,
        totp_last_step: step,
      })
      .where('id', '=', ctx.actor.userId)
      .execute();
    await recordAudit(trx, ctx, { action: 'account.totp_enabled', targetType: 'user', targetId: ctx.actor.userId });
  });
}
