/**
 * Every background job the server runs (SPEC §4: expiry, arrears alerts,
 * nightly re-evaluation, reminders, SMS delivery), in one list.
 */
import { benefitsNightlyJob } from './domains/benefits';
import { smsDeliveryJob } from './platform/notifications';
import { housekeeping, type Job } from './platform/scheduler';
import type { SmsProvider } from './platform/sms';

export function backgroundJobs(deps: { sms: SmsProvider }): Job[] {
  return [
    housekeeping,
    smsDeliveryJob(deps.sms),

    // ── piecework ──
    // ── end piecework ──

    // ── jobs ──
    // ── end jobs ──

    // ── benefits ──
    benefitsNightlyJob,
    // ── end benefits ──
  ];
}
