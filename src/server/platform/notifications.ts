/**
 * The in-app inbox and SMS with retries (SPEC §4 Notifications). Writers call
 * these inside their own transaction, so a notice exists exactly when the
 * change that caused it does. SMS is queued in sms_outbox and a scheduled job
 * delivers it through the SmsProvider, retrying with back-off.
 */
import { sql } from 'kysely';
import type { Role } from '../../shared/enums';
import type { Db } from '../db/client';
import type { BackgroundTask } from './scheduler';
import { isNoticeTemplate, type NoticeText, renderNotice } from './notice-texts';
import type { Locale } from '../../shared/errors';
import { redactText } from '../http/redact';
import { renderSms, SMS_TEMPLATES, SmsSendError, type SmsProvider, type SmsTemplate } from './sms';

export interface Notice {
  /** A stable code the web turns into an icon and a filter, e.g. 'piecework.arrears'. */
  kind: string;
  /** What it says (NOTICE_TEXTS): written in each reader's language when the inbox is read. */
  text: NoticeText;
  /** An app path the notice opens, e.g. '/staff/piecework/settlements/12'. */
  link?: string | null;
  data?: Record<string, unknown>;
  /** Raising the same alert again for the same user is a no-op. */
  dedupeKey?: string | null;
}

/** Adds the notice to each user's inbox; returns how many were new. */
export async function notifyUsers(db: Db, userIds: readonly number[], notice: Notice): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  // The Chinese text is stored too: what an export, or a template removed later, shows.
  const zh = renderNotice(notice.text, 'zh-CN');
  const rows = await db
    .insertInto('notifications')
    .values(
      unique.map((userId) => ({
        user_id: userId,
        kind: notice.kind,
        title: zh.title.slice(0, 200),
        body: zh.body,
        template: notice.text.template,
        params: JSON.stringify(notice.text.params),
        link: notice.link ?? null,
        data: JSON.stringify(notice.data ?? {}),
        dedupe_key: notice.dedupeKey ?? null,
      })),
    )
    .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
    .returning('id')
    .execute();
  return rows.length;
}

/** The resident's app account, if they have one (an assisted resident may not). */
export async function userIdOfResident(db: Db, residentId: number): Promise<number | null> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('resident_id', '=', residentId)
    .where('active', '=', true)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Active staff of the given roles whose scope covers the area (a community officer of its community, the street officers above it). */
export async function staffCoveringArea(db: Db, areaId: number, roles: readonly Role[]): Promise<number[]> {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('user_areas as ua', 'ua.user_id', 'u.id')
    .innerJoin('areas as scope', 'scope.id', 'ua.area_id')
    .innerJoin('areas as target', (j) => j.on(sql<boolean>`target.path like scope.path || '%'`))
    .select('u.id')
    .distinct()
    .where('target.id', '=', areaId)
    .where('u.role', 'in', [...roles])
    .where('u.active', '=', true)
    .execute();
  return rows.map((r) => r.id);
}

export interface QueuedSms {
  phone: string;
  template: SmsTemplate;
  params: Record<string, string>;
  /** The same message queued twice (a retried request) is sent once. */
  dedupeKey?: string | null;
}

export async function queueSms(db: Db, sms: QueuedSms): Promise<void> {
  await db
    .insertInto('sms_outbox')
    .values({
      phone: sms.phone,
      template: sms.template,
      params: JSON.stringify(sms.params),
      dedupe_key: sms.dedupeKey ?? null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .execute();
}

export const SMS_MAX_ATTEMPTS = 5;

/**
 * Sends what is due; a failure waits 1, 2, 4, 8 minutes before the next try and gives up after five. A failure
 * that no later try can mend (an invalid number, an account or configuration problem: SMS_FAILURES) gives up at once.
 */
export async function deliverDueSms(
  db: Db,
  provider: SmsProvider,
  limit = 50,
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  const due = await db
    .selectFrom('sms_outbox')
    .select(['id', 'phone', 'template', 'params', 'attempts'])
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', sql<Date>`now()`)
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
  for (const m of due) {
    const template = m.template in SMS_TEMPLATES ? (m.template as SmsTemplate) : null;
    try {
      if (!template) throw new Error(`unknown SMS template ${m.template}`);
      await provider.send({ phone: m.phone, template, params: m.params, text: renderSms(template, m.params) });
      await db
        .updateTable('sms_outbox')
        .set({ status: 'sent', attempts: m.attempts + 1, sent_at: new Date(), last_error: null })
        .where('id', '=', m.id)
        .execute();
      sent++;
    } catch (err) {
      const attempts = m.attempts + 1;
      const permanent = err instanceof SmsSendError && !err.retryable;
      const giveUp = attempts >= SMS_MAX_ATTEMPTS || !template || permanent;
      await db
        .updateTable('sms_outbox')
        .set({
          attempts,
          status: giveUp ? 'failed' : 'pending',
          last_error: redactText(err instanceof Error ? err.message : String(err)).slice(0, 500),
          next_attempt_at: sql<Date>`now() + make_interval(mins => ${2 ** (attempts - 1)})`,
        })
        .where('id', '=', m.id)
        .execute();
      failed++;
    }
  }
  return { sent, failed };
}

export function smsDeliveryTask(provider: SmsProvider): BackgroundTask {
  return {
    name: 'sms-delivery',
    everyMs: 5_000,
    async run(db) {
      await deliverDueSms(db, provider);
    },
  };
}

/**
 * The notices a resident's account received, newest first, titled in the reader's language: what an
 * officer sees in the resident's whole file (the bodies stay in the resident's inbox).
 */
export async function noticesOfResident(db: Db, residentId: number, locale: Locale, limit = 50) {
  const rows = await db
    .selectFrom('notifications as n')
    .innerJoin('users as u', 'u.id', 'n.user_id')
    .select(['n.id', 'n.title', 'n.template', 'n.params', 'n.created_at', 'n.read_at'])
    .where('u.resident_id', '=', residentId)
    .orderBy('n.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((n) => ({
    id: n.id,
    title:
      n.template && isNoticeTemplate(n.template)
        ? renderNotice({ template: n.template, params: (n.params ?? {}) as NoticeText['params'] }, locale).title
        : n.title,
    createdAt: n.created_at.toISOString(),
    read: n.read_at !== null,
  }));
}
