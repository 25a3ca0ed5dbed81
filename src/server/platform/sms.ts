/**
 * SMS goes through this interface: the console provider prints in development,
 * the memory provider keeps an outbox for tests and the demo, and a vendor is
 * one more adapter implementing `send` (Alibaba Cloud: `sms-aliyun.ts`). Only a
 * vendor may run in production (`env.ts` refuses the others there).
 */
import { BENEFITS_SMS } from '../../shared/benefits/notices';
import { LOANS_SMS } from '../../shared/loans/notices';
import { JOBS_SMS } from '../../shared/jobs/notices';
import { TRAINING_SMS } from '../../shared/training/notices';
import { mergeParts, type SmsPart } from '../../shared/parts';
import { tellOtherWorkers } from './cluster';

export interface SmsMessage {
  phone: string;
  template: string;
  params: Record<string, string>;
  text: string;
}

export interface SmsProvider {
  readonly name: string;
  send(message: SmsMessage): Promise<void>;
}

/**
 * Why a message was not sent, in our words; each vendor adapter maps its own
 * codes to these. Whether trying again later can help is decided here, once.
 */
export const SMS_FAILURES = {
  /** The vendor says the number cannot receive messages. */
  invalid_number: { retryable: false },
  /** The vendor's per-number or per-account flow control: later may work. */
  rate_limited: { retryable: true },
  /** Balance, suspension, quota, permission: a person has to act. */
  account: { retryable: false },
  /** Sign name, template or parameters refused, or a credential error: our configuration is wrong. */
  rejected: { retryable: false },
  /** Timeout, network failure, the vendor's own error: try again. */
  unavailable: { retryable: true },
} as const;

export type SmsFailureKind = keyof typeof SMS_FAILURES;

/** A failed send. Its message names the vendor's code and request id, never the phone or the text. */
export class SmsSendError extends Error {
  constructor(
    readonly kind: SmsFailureKind,
    message: string,
    readonly vendorCode: string | null = null,
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = 'SmsSendError';
  }
  get retryable(): boolean {
    return SMS_FAILURES[this.kind].retryable;
  }
}

export interface OutboxEntry extends SmsMessage {
  at: Date;
}

/** The platform's own texts; each domain's are in src/shared/<domain>/notices.ts. */
const PLATFORM_SMS = {
  login_code: (p: Record<string, string>) => `【社区微业】您的登录验证码为${p.code}，5分钟内有效。如非本人操作请忽略。`,
} as const satisfies SmsPart;

export const SMS_TEMPLATES = mergeParts('SMS_TEMPLATES', [
  PLATFORM_SMS,
  JOBS_SMS,
  BENEFITS_SMS,
  LOANS_SMS,
  TRAINING_SMS,
]);

export type SmsTemplate = keyof typeof SMS_TEMPLATES;

export const SMS_OUTBOX_TOPIC = 'sms-outbox';

export class MemorySmsProvider implements SmsProvider {
  readonly name: string = 'memory';
  readonly outbox: OutboxEntry[] = [];
  async send(message: SmsMessage): Promise<void> {
    const entry = { ...message, at: new Date() };
    this.keep(entry);
    // One outbox per server: the other app processes keep the entry too (ADR 0060).
    tellOtherWorkers(SMS_OUTBOX_TOPIC, entry);
  }
  /** An entry this process or another app process of the server sent. */
  keep(entry: OutboxEntry): void {
    this.outbox.unshift({ ...entry, at: new Date(entry.at) });
    this.outbox.length = Math.min(this.outbox.length, 500);
  }
  latest(phone: string): OutboxEntry | undefined {
    return this.outbox.find((m) => m.phone === phone);
  }
}

/** Prints each message; also keeps the outbox so the demo screens can show codes. */
export class ConsoleSmsProvider extends MemorySmsProvider {
  override readonly name = 'console';
  override async send(message: SmsMessage): Promise<void> {
    await super.send(message);
    process.stdout.write(`[sms → ${message.phone}] ${message.text}\n`);
  }
}

export function renderSms(template: SmsTemplate, params: Record<string, string>): string {
  return SMS_TEMPLATES[template](params);
}
