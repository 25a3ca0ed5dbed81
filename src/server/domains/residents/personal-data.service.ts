/**
 * A resident's rights over their own data (PIPL arts. 44–47): see everything
 * kept about them, withdraw a consent, and close the account. The registry
 * record itself stays with the street office, which keeps it under its own
 * public-service duty; closing ends sign-in, consents and self-declared labels.
 */
import type { ActorContext } from '../../context';
import { AppError, notFound } from '../../core/app-error';
import { recordAudit } from '../../platform/audit';
import { presentResidentDetail } from './residents.presenter';
import * as repo from './residents.repository';
import { collectPersonalData } from '../../platform/personal-data';

function ownResidentId(ctx: ActorContext): number {
  if (!ctx.actor.residentId) throw new AppError('FORBIDDEN');
  return ctx.actor.residentId;
}

export function listConsents(ctx: Pick<ActorContext, 'db'>, residentId: number) {
  return ctx.db
    .selectFrom('consents as c')
    .innerJoin('users as u', 'u.id', 'c.recorded_by_user_id')
    .select([
      'c.id',
      'c.purpose',
      'c.scope',
      'c.method',
      'u.display_name as recorded_by',
      'c.granted_at',
      'c.withdrawn_at',
    ])
    .where('c.resident_id', '=', residentId)
    .orderBy('c.id', 'desc')
    .execute();
}

export function presentConsent(c: Awaited<ReturnType<typeof listConsents>>[number]) {
  return {
    id: c.id,
    purpose: c.purpose,
    scope: c.scope,
    method: c.method,
    recordedBy: c.recorded_by,
    grantedAt: c.granted_at.toISOString(),
    withdrawnAt: c.withdrawn_at?.toISOString() ?? null,
  };
}

export async function myConsents(ctx: ActorContext) {
  return { items: (await listConsents(ctx, ownResidentId(ctx))).map(presentConsent) };
}

export async function exportMyData(ctx: ActorContext) {
  const residentId = ownResidentId(ctx);
  const row = await repo.findResidentById(ctx.db, residentId);
  if (!row) throw notFound();
  const [account, enterprises, consents, signIns] = await Promise.all([
    ctx.db
      .selectFrom('users')
      .select(['created_at', 'locale', 'elder_mode'])
      .where('id', '=', ctx.actor.userId)
      .executeTakeFirstOrThrow(),
    ctx.db
      .selectFrom('enterprise_members as m')
      .innerJoin('enterprises as e', 'e.id', 'm.enterprise_id')
      .select(['e.id', 'e.name', 'm.role'])
      .where('m.user_id', '=', ctx.actor.userId)
      .execute(),
    listConsents(ctx, residentId),
    ctx.db
      .selectFrom('audit_events')
      .select(['at', 'ip'])
      .where('action', '=', 'account.login')
      .where('target_type', '=', 'user')
      .where('target_id', '=', String(ctx.actor.userId))
      .orderBy('id', 'desc')
      .limit(20)
      .execute(),
  ]);
  await ctx.db
    .transaction()
    .execute((trx) =>
      recordAudit(trx, ctx, { action: 'resident.export_own', targetType: 'resident', targetId: residentId }),
    );
  return {
    exportedAt: ctx.now.toISOString(),
    profile: {
      ...presentResidentDetail(row),
      phone: row.phone,
      idNumber: row.id_number_enc ? ctx.cipher.decrypt(row.id_number_enc) : null,
    },
    account: { createdAt: account.created_at.toISOString(), locale: account.locale, elderMode: account.elder_mode },
    enterprises,
    consents: consents.map(presentConsent),
    recentSignIns: signIns.map((s) => ({ at: new Date(s.at).toISOString(), ip: s.ip })),
    // what each capability keeps about her: job profile and applications, daily pay, policy facts and applications
    capabilities: await collectPersonalData(ctx.db, residentId),
  };
}

/** Withdrawing the label consent removes the labels it covered. */
export async function withdrawConsent(ctx: ActorContext, consentId: number) {
  const residentId = ownResidentId(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const consent = await trx
      .selectFrom('consents')
      .select(['id', 'purpose', 'scope', 'withdrawn_at'])
      .where('id', '=', consentId)
      .where('resident_id', '=', residentId)
      .forUpdate()
      .executeTakeFirst();
    if (!consent) throw notFound();
    if (consent.withdrawn_at) return; // already withdrawn: the same answer, nothing changes
    await trx.updateTable('consents').set({ withdrawn_at: ctx.now }).where('id', '=', consentId).execute();
    await dropSelfDeclaredLabels(trx, residentId, [consent]);
    await recordAudit(trx, ctx, {
      action: 'resident.consent_withdraw',
      targetType: 'consent',
      targetId: consentId,
      after: { purpose: consent.purpose },
    });
  });
  return myConsents(ctx);
}

async function dropSelfDeclaredLabels(
  trx: Parameters<typeof repo.lockResident>[0],
  residentId: number,
  consents: { purpose: string; scope: Record<string, unknown> }[],
) {
  const labels = consents
    .filter((c) => c.purpose === 'labels_self_declared')
    .flatMap((c) => (Array.isArray(c.scope.labels) ? (c.scope.labels as string[]) : []));
  if (labels.length === 0) return;
  const row = await trx
    .selectFrom('residents')
    .select('labels')
    .where('id', '=', residentId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('residents')
    .set({ labels: row.labels.filter((l) => !labels.includes(l)), updated_at: new Date() })
    .where('id', '=', residentId)
    .execute();
}

export async function closeMyAccount(ctx: ActorContext) {
  const residentId = ownResidentId(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    const open = await trx
      .selectFrom('consents')
      .select(['id', 'purpose', 'scope'])
      .where('resident_id', '=', residentId)
      .where('withdrawn_at', 'is', null)
      .forUpdate()
      .execute();
    await trx
      .updateTable('consents')
      .set({ withdrawn_at: ctx.now })
      .where('resident_id', '=', residentId)
      .where('withdrawn_at', 'is', null)
      .execute();
    await dropSelfDeclaredLabels(trx, residentId, open);
    await trx.deleteFrom('enterprise_members').where('user_id', '=', ctx.actor.userId).execute();
    await trx
      .updateTable('users')
      .set({ active: false, closed_at: ctx.now, updated_at: ctx.now })
      .where('id', '=', ctx.actor.userId)
      .execute();
    await trx.deleteFrom('sessions').where('user_id', '=', ctx.actor.userId).execute();
    await recordAudit(trx, ctx, {
      action: 'account.close',
      targetType: 'user',
      targetId: ctx.actor.userId,
      after: { consentsWithdrawn: open.length },
    });
  });
}
