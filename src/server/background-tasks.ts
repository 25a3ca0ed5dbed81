/**
 * Every background task the server runs (SPEC §4: expiry, arrears alerts,
 * nightly re-evaluation, reminders, SMS delivery): the platform's own, then
 * each domain's as its index.ts declares them (domains/registry.ts).
 */
import { DOMAINS } from './domains/registry';
import { smsDeliveryTask } from './platform/notifications';
import { housekeeping, type BackgroundTask } from './platform/scheduler';
import type { SmsProvider } from './platform/sms';

export function backgroundTasks(deps: { sms: SmsProvider }): BackgroundTask[] {
  return [housekeeping, smsDeliveryTask(deps.sms), ...DOMAINS.flatMap((d) => d.backgroundTasks ?? [])];
}
