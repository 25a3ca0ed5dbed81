/**
 * Every background task the server runs (SPEC §4: expiry, arrears alerts,
 * nightly re-evaluation, reminders, SMS delivery): the platform's own, then
 * each domain's as its index.ts declares them (domains/registry.ts).
 */
import { nightlyBackupTask } from './db/backup';
import { DOMAINS } from './domains/registry';
import { smsDeliveryTask } from './platform/notifications';
import { housekeeping, type BackgroundTask } from './platform/scheduler';
import type { SmsProvider } from './platform/sms';

export function backgroundTasks(deps: {
  sms: SmsProvider;
  /** The nightly backup, when BACKUP_NIGHTLY is on (ADR 0061). */
  backup?: { url: string; dir: string; keep: number } | null;
}): BackgroundTask[] {
  return [
    housekeeping,
    smsDeliveryTask(deps.sms),
    ...(deps.backup ? [nightlyBackupTask(deps.backup)] : []),
    ...DOMAINS.flatMap((d) => d.backgroundTasks ?? []),
  ];
}
