/**
 * Applications (SPEC §3.2): apply → viewed → invited → hired | rejected |
 * withdrawn, by the transition table in src/shared. Nothing about a resident
 * reaches an employer without a consent that names the fields and the
 * employer; an officer may apply for a resident (代办), recorded as such.
 */
import { sql } from 'kysely';
import { businessDay } from '../../../shared/dates';
import { canMove, type ApplicationStatus } from '../../../shared/schemas/jobs';
import type { ActorContext } from '../../context';
import type { Db } from '../../db/client';
import type { InvitationJson } from '../../db/types';
import { AppError, FieldError, notFound } from '../../core/app-error';
import { recordAudit } from '../../platform/audit';
import { emitDomainEvent } from '../../platform/domain-events';
import { type NoticeText, renderNotice } from '../../platform/notice-texts';
import { notifyUsers, queueSms, userIdOfResident } from '../../platform/notifications';
import * as repo from './jobs.repository';
import { isMemberOf } from './jobs.permissions';
import { presentApplication } from './jobs.presenter';

type Side = 'resident' | 'employer' | 'staff';
type Field = 'name' | 'phone' | 'gender' | 'age' | 'skills' | 'availability' | 'community';

export interface Assisted {
  method: 'paper' | 'verbal_witnessed';
  witness?: string | undefined;
}

async function present(ctx: ActorContext, rows: repo.ApplicationRow[], side: Side) {
  const ids = rows.map((r) => r.id);
  const [events, messages] = await Promise.all([repo.eventsOf(ctx.db, ids), repo.messagesOf(ctx.db, ids)]);
  return rows.map((row) =>
    presentApplication(
      row,
      side,
      {
        events: events
          .filter((e) => e.application_id === row.id)
          .map((e) => ({
            status: e.status as ApplicationStatus,
            at: new Date(e.at).toISOString(),
            by: e.by_name,
            assistedBy: e.assisted_by,
            note: e.note,
          })),
        messages: messages
          .filter((m) => m.application_id === row.id)
          .map((m) => ({
            id: m.id,
            side: m.side,
            author: m.author,
            assistedBy: m.assisted_by,
            body: m.body,
            at: new Date(m.created_at).toISOString(),
          })),
      },
      ctx.now,
    ),
  );
}

async function presentOne(ctx: ActorContext, id: number, side: Side) {
  const row = (await repo.findApplication(ctx.db, id))!;
  return (await present(ctx, [row], side))[0]!;
}

function consentScope(
  post: { id: number; title: string; enterprise_id: number; enterprise_name: string },
  fields: Field[],
  assisted?: Assisted,
) {
  return {
    postId: post.id,
    postTitle: post.title,
    enterpriseId: post.enterprise_id,
    enterpriseName: post.enterprise_name,
    fields,
    ...(assisted?.witness ? { witness: assisted.witness } : {}),
  };
}

async function tellEmployer(db: Db, enterpriseId: number, text: NoticeText, applicationId: number, key: string) {
  const members = await repo.membersOf(db, enterpriseId);
  await notifyUsers(
    db,
    members.map((m) => m.user_id),
    { kind: 'jobs.application', text, link: `/jobs/employer/applications/${applicationId}`, dedupeKey: key },
  );
}

/** The app's inbox, or an SMS for a resident without the app (many of those helped by 代办 have a basic phone). */
async function tellResident(db: Db, residentId: number, text: NoticeText, applicationId: number, key: string) {
  const userId = await userIdOfResident(db, residentId);
  if (userId) {
    await notifyUsers(db, [userId], {
      kind: 'jobs.application',
      text,
      link: `/jobs/applications/${applicationId}`,
      dedupeKey: key,
    });
    return;
  }
  const resident = await repo.findResident(db, residentId);
  if (resident)
    await queueSms(db, {
      phone: resident.phone,
      template: 'jobs_application_update',
      params: { name: resident.name, text: renderNotice(text, 'zh-CN').title },
      dedupeKey: key,
    });
}

/**
 * Applies to a published post with the separate consent. Applying again to
 * the same post answers the same application (a resent request is harmless);
 * answering an employer's invitation this way accepts it.
 */
export async function apply(
  ctx: ActorContext,
  residentId: number,
  postId: number,
  input: { fields: Field[]; message?: string | undefined },
  assisted?: Assisted,
) {
  const post = await repo.findPost(ctx.db, postId);
  const today = businessDay(ctx.now);
  if (!post || post.status !== 'published' || post.valid_until < today) throw notFound();
  const existing = await repo.findApplicationFor(ctx.db, postId, residentId);
  if (existing) {
    const row = (await repo.findApplication(ctx.db, existing.id))!;
    if (row.origin === 'employer' && row.accepted_at === null && row.status === 'invited')
      return acceptInvitation(ctx, residentId, existing.id, input.fields, assisted);
    if (row.status === 'withdrawn' || row.status === 'rejected') throw new AppError('APPLICATION_CLOSED');
    return presentOne(ctx, existing.id, assisted ? 'staff' : 'resident');
  }
  const resident = (await repo.findResident(ctx.db, residentId))!;
  const assistedBy = assisted ? ctx.actor.userId : null;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const consent = await repo.insertConsent(trx, {
      resident_id: residentId,
      purpose: 'job_application',
      scope: consentScope(post, input.fields, assisted),
      method: assisted?.method ?? 'in_app',
      recorded_by_user_id: ctx.actor.userId,
      granted_at: ctx.now,
    });
    const { id } = await repo.insertApplication(trx, {
      post_id: postId,
      resident_id: residentId,
      enterprise_id: post.enterprise_id,
      resident_area_id: resident.area_id,
      origin: 'resident',
      status: 'applied',
      shared_fields: input.fields,
      consent_id: consent.id,
      accepted_at: ctx.now,
      assisted_by_user_id: assistedBy,
      updated_at: ctx.now,
    });
    await repo.insertEvent(trx, {
      application_id: id,
      status: 'applied',
      by_user_id: ctx.actor.userId,
      assisted_by_user_id: assistedBy,
      note: null,
      at: ctx.now,
    });
    if (input.message)
      await repo.insertMessage(trx, {
        application_id: id,
        side: 'resident',
        author_user_id: ctx.actor.userId,
        assisted_by_user_id: assistedBy,
        body: input.message,
        created_at: ctx.now,
      });
    await recordAudit(trx, ctx, {
      action: assisted ? 'jobs.application.assisted_apply' : 'jobs.application.apply',
      targetType: 'job_application',
      targetId: id,
      after: {
        postId,
        residentId,
        fields: input.fields,
        consentId: consent.id,
        consentMethod: assisted?.method ?? 'in_app',
        ...(assisted ? { assistedBy: ctx.actor.displayName, witness: assisted.witness ?? null } : {}),
      },
    });
    await tellEmployer(
      trx,
      post.enterprise_id,
      { template: 'jobs.application.new', params: { post: post.title } },
      id,
      `jobs.apply.${id}`,
    );
    if (assisted)
      await tellResident(
        trx,
        residentId,
        { template: 'jobs.application.assisted', params: { officer: ctx.actor.displayName, post: post.title } },
        id,
        `jobs.assisted.${id}`,
      );
    return id;
  });
  return presentOne(ctx, id, assisted ? 'staff' : 'resident');
}

async function ownApplication(ctx: ActorContext, residentId: number, id: number) {
  const row = await repo.findApplication(ctx.db, id);
  if (!row || row.resident_id !== residentId) throw notFound();
  return row;
}

export async function listMine(ctx: ActorContext, residentId: number, side: Side = 'resident') {
  return { items: await present(ctx, await repo.listApplicationsOfResident(ctx.db, residentId), side) };
}

export async function getMine(ctx: ActorContext, residentId: number, id: number) {
  await ownApplication(ctx, residentId, id);
  return presentOne(ctx, id, 'resident');
}

function refuse(from: ApplicationStatus, to: ApplicationStatus): never {
  throw new AppError('APPLICATION_TRANSITION_REFUSED', { from, to });
}

export async function withdraw(ctx: ActorContext, residentId: number, id: number) {
  const row = await ownApplication(ctx, residentId, id);
  if (row.status === 'withdrawn') return presentOne(ctx, id, 'resident');
  if (!canMove(row.status, 'withdrawn', 'resident')) refuse(row.status, 'withdrawn');
  await ctx.db.transaction().execute(async (trx) => {
    const locked = (await repo.lockApplication(trx, id))!;
    if (!canMove(locked.status, 'withdrawn', 'resident')) refuse(locked.status, 'withdrawn');
    await repo.updateApplication(trx, id, { status: 'withdrawn', updated_at: ctx.now });
    await repo.insertEvent(trx, {
      application_id: id,
      status: 'withdrawn',
      by_user_id: ctx.actor.userId,
      assisted_by_user_id: null,
      note: null,
      at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: 'jobs.application.withdraw',
      targetType: 'job_application',
      targetId: id,
      before: { status: locked.status },
      after: { status: 'withdrawn' },
    });
    await tellEmployer(
      trx,
      row.enterprise_id,
      { template: 'jobs.application.withdrawn', params: { post: row.post_title } },
      id,
      `jobs.withdraw.${id}`,
    );
  });
  return presentOne(ctx, id, 'resident');
}

/** The candidate accepts an employer's invitation: the consent names the fields, and contact opens both ways. */
export async function acceptInvitation(
  ctx: ActorContext,
  residentId: number,
  id: number,
  fields: Field[],
  assisted?: Assisted,
) {
  const row = await ownApplication(ctx, residentId, id);
  if (row.accepted_at !== null) return presentOne(ctx, id, assisted ? 'staff' : 'resident');
  if (row.status !== 'invited') refuse(row.status, 'invited');
  const post = (await repo.findPost(ctx.db, row.post_id))!;
  await ctx.db.transaction().execute(async (trx) => {
    await repo.lockApplication(trx, id);
    const consent = await repo.insertConsent(trx, {
      resident_id: residentId,
      purpose: 'job_application',
      scope: consentScope(post, fields, assisted),
      method: assisted?.method ?? 'in_app',
      recorded_by_user_id: ctx.actor.userId,
      granted_at: ctx.now,
    });
    await repo.updateApplication(trx, id, {
      consent_id: consent.id,
      accepted_at: ctx.now,
      shared_fields: fields,
      updated_at: ctx.now,
      ...(assisted ? { assisted_by_user_id: ctx.actor.userId } : {}),
    });
    await repo.insertEvent(trx, {
      application_id: id,
      status: 'invited',
      by_user_id: ctx.actor.userId,
      assisted_by_user_id: assisted ? ctx.actor.userId : null,
      note: 'accepted',
      at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: 'jobs.application.accept',
      targetType: 'job_application',
      targetId: id,
      after: { fields, consentId: consent.id, ...(assisted ? { assistedBy: ctx.actor.displayName } : {}) },
    });
    await tellEmployer(
      trx,
      row.enterprise_id,
      { template: 'jobs.application.accepted', params: { post: row.post_title } },
      id,
      `jobs.accept.${id}`,
    );
  });
  return presentOne(ctx, id, assisted ? 'staff' : 'resident');
}

// ── The employer's side ──

async function employerApplication(ctx: ActorContext, id: number) {
  const row = await repo.findApplication(ctx.db, id);
  if (!row || !isMemberOf(ctx.actor, row.enterprise_id)) throw notFound();
  return row;
}

export async function listForPost(ctx: ActorContext, postId: number) {
  const post = await repo.findPost(ctx.db, postId);
  if (!post || !isMemberOf(ctx.actor, post.enterprise_id)) throw notFound();
  return { items: await present(ctx, await repo.listApplicationsOfPost(ctx.db, postId), 'employer') };
}

/** Opening an application marks it viewed (the resident sees it was read); the opening is audited as a read of personal data. */
export async function getForEmployer(ctx: ActorContext, id: number) {
  const row = await employerApplication(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    if (row.status === 'applied') {
      const locked = (await repo.lockApplication(trx, id))!;
      if (locked.status === 'applied') {
        await repo.updateApplication(trx, id, { status: 'viewed', updated_at: ctx.now });
        await repo.insertEvent(trx, {
          application_id: id,
          status: 'viewed',
          by_user_id: ctx.actor.userId,
          assisted_by_user_id: null,
          note: null,
          at: ctx.now,
        });
      }
    }
    await recordAudit(trx, ctx, {
      action: 'jobs.application.view',
      targetType: 'job_application',
      targetId: id,
      after: { fields: row.accepted_at ? row.shared_fields : [] },
    });
  });
  return presentOne(ctx, id, 'employer');
}

async function move(
  ctx: ActorContext,
  id: number,
  to: 'invited' | 'hired' | 'rejected',
  values: { invitation?: InvitationJson; reject_reason?: string },
  note: string | null,
  after?: (trx: Parameters<typeof repo.insertEvent>[0], row: repo.ApplicationRow) => Promise<void>,
) {
  const row = await employerApplication(ctx, id);
  if (!canMove(row.status, to, 'employer')) refuse(row.status, to);
  await ctx.db.transaction().execute(async (trx) => {
    const locked = (await repo.lockApplication(trx, id))!;
    if (!canMove(locked.status, to, 'employer')) refuse(locked.status, to);
    await repo.updateApplication(trx, id, {
      status: to,
      updated_at: ctx.now,
      ...(values.invitation ? { invitation: JSON.stringify(values.invitation) } : {}),
      ...(values.reject_reason ? { reject_reason: values.reject_reason } : {}),
    });
    await repo.insertEvent(trx, {
      application_id: id,
      status: to,
      by_user_id: ctx.actor.userId,
      assisted_by_user_id: null,
      note,
      at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: `jobs.application.${to === 'invited' ? 'invite' : to === 'hired' ? 'hire' : 'reject'}`,
      targetType: 'job_application',
      targetId: id,
      before: { status: locked.status },
      after: { status: to, ...values },
    });
    if (after) await after(trx, row);
    const template = (
      {
        invited: 'jobs.application.invited',
        hired: 'jobs.application.hired',
        rejected: 'jobs.application.rejected',
      } as const
    )[to];
    await tellResident(
      trx,
      row.resident_id,
      { template, params: { employer: row.enterprise_name, post: row.post_title } },
      id,
      `jobs.${to}.${id}.${ctx.now.getTime()}`,
    );
  });
  return presentOne(ctx, id, 'employer');
}

export function invite(ctx: ActorContext, id: number, invitation: InvitationJson) {
  return move(ctx, id, 'invited', { invitation }, invitation.kind);
}

export function reject(ctx: ActorContext, id: number, reason: string) {
  return move(ctx, id, 'rejected', { reject_reason: reason }, reason);
}

/**
 * A hire creates the employment record in the same transaction and announces
 * it (the policies capability listens). Hiring someone who has not accepted
 * the invitation is refused: there is no consent yet.
 */
export async function hire(ctx: ActorContext, id: number, startDate: string) {
  const row = await employerApplication(ctx, id);
  if (row.status === 'invited' && row.accepted_at === null) throw new AppError('INVITATION_NOT_ACCEPTED');
  return move(ctx, id, 'hired', {}, startDate, async (trx, current) => {
    const post = (await repo.findPost(trx, current.post_id))!;
    const employment = await repo.insertEmployment(trx, {
      resident_id: current.resident_id,
      enterprise_id: current.enterprise_id,
      area_id: post.area_id,
      job_post_id: post.id,
      application_id: id,
      title: post.title,
      start_date: startDate,
      created_by_user_id: ctx.actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'employment.create',
      targetType: 'employment',
      targetId: employment.id,
      after: { residentId: current.resident_id, enterpriseId: current.enterprise_id, startDate, applicationId: id },
    });
    await emitDomainEvent(
      trx,
      'employment.created',
      {
        employmentId: employment.id,
        residentId: current.resident_id,
        enterpriseId: current.enterprise_id,
        source: 'platform',
      },
      { actorUserId: ctx.actor.userId, now: ctx.now },
    );
  });
}

/** The employer invites a candidate found in the ranked list; she sees the invitation and decides. */
export async function inviteCandidate(
  ctx: ActorContext,
  postId: number,
  residentId: number,
  invitation: InvitationJson,
) {
  const post = await repo.findPost(ctx.db, postId);
  if (!post || !isMemberOf(ctx.actor, post.enterprise_id)) throw notFound();
  if (post.status !== 'published' || post.valid_until < businessDay(ctx.now)) throw new AppError('JOB_POST_NOT_OPEN');
  const profile = await repo.findProfile(ctx.db, residentId);
  // Only those who chose to be found can be invited; anyone else answers as if absent.
  if (!profile?.discoverable) throw new FieldError('residentId', 'not_discoverable');
  const existing = await repo.findApplicationFor(ctx.db, postId, residentId);
  if (existing) return invite(ctx, existing.id, invitation);
  const resident = (await repo.findResident(ctx.db, residentId))!;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { id } = await repo.insertApplication(trx, {
      post_id: postId,
      resident_id: residentId,
      enterprise_id: post.enterprise_id,
      resident_area_id: resident.area_id,
      origin: 'employer',
      status: 'invited',
      invitation: JSON.stringify(invitation),
      updated_at: ctx.now,
    });
    await repo.insertEvent(trx, {
      application_id: id,
      status: 'invited',
      by_user_id: ctx.actor.userId,
      assisted_by_user_id: null,
      note: invitation.kind,
      at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: 'jobs.application.invite_candidate',
      targetType: 'job_application',
      targetId: id,
      after: { postId, residentId, invitation },
    });
    await tellResident(
      trx,
      residentId,
      { template: 'jobs.application.invitation', params: { employer: post.enterprise_name, post: post.title } },
      id,
      `jobs.invite.${id}`,
    );
    return id;
  });
  return presentOne(ctx, id, 'employer');
}

/** One message in the application's thread, from whichever side the writer is on. */
export async function postMessage(ctx: ActorContext, id: number, body: string, assistedResidentId?: number) {
  const row = await repo.findApplication(ctx.db, id);
  if (!row) throw notFound();
  let side: 'resident' | 'employer';
  if (assistedResidentId !== undefined) {
    if (row.resident_id !== assistedResidentId) throw notFound();
    side = 'resident';
  } else if (ctx.actor.residentId === row.resident_id) side = 'resident';
  else if (isMemberOf(ctx.actor, row.enterprise_id)) side = 'employer';
  else throw notFound();
  if (side === 'employer' && row.accepted_at === null) throw new AppError('INVITATION_NOT_ACCEPTED');
  await ctx.db.transaction().execute(async (trx) => {
    const { id: messageId } = await repo.insertMessage(trx, {
      application_id: id,
      side,
      author_user_id: ctx.actor.userId,
      assisted_by_user_id: assistedResidentId !== undefined ? ctx.actor.userId : null,
      body,
      created_at: ctx.now,
    });
    await trx
      .updateTable('job_applications')
      .set({ updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx, {
      action: 'jobs.application.message',
      targetType: 'job_application',
      targetId: id,
      after: { side, messageId, ...(assistedResidentId !== undefined ? { assistedBy: ctx.actor.displayName } : {}) },
    });
    const text: NoticeText = { template: 'jobs.message', params: { post: row.post_title } };
    if (side === 'resident') await tellEmployer(trx, row.enterprise_id, text, id, `jobs.msg.${messageId}`);
    else await tellResident(trx, row.resident_id, text, id, `jobs.msg.${messageId}`);
  });
  return presentOne(
    ctx,
    id,
    side === 'employer' ? 'employer' : assistedResidentId !== undefined ? 'staff' : 'resident',
  );
}
