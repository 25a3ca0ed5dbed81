/**
 * Every background task the server runs (SPEC §4: expiry, arrears alerts,
 * nightly re-evaluation, reminders, SMS delivery), in one list.
 */
import { raisePieceworkAlerts } from './domains/piecework';
import { benefitsNightlyTask } from './domains/benefits';
import { smsDeliveryTask } from './platform/notifications';
import { housekeeping, type BackgroundTask } from './platform/scheduler';
import type { SmsProvider } from './platform/sms';

export function backgroundTasks(deps: { sms: SmsProvider }): BackgroundTask[] {
  return [
    housekeeping,
    smsDeliveryTask(deps.sms),

    // ── piecework ──
    {
      // 根治欠薪: unpaid settlements past the area's days, and days below the wage floor, alert once each.
      name: 'piecework-alerts',
      everyMs: 15 * 60 * 1000,
      async run(db) {
        await raisePieceworkAlerts(db, new Date());
      },
    },
    // ── end piecework ──

    // ── jobs ──
    // ── end jobs ──

    // ── benefits ──
    benefitsNightlyTask,
    // ── end benefits ──
  ];
}
