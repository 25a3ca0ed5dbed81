/**
 * SMS goes through this interface: the console provider prints in development,
 * the memory provider keeps an outbox for tests and the demo, and a real
 * vendor is one more adapter implementing `send`.
 */
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

export interface OutboxEntry extends SmsMessage {
  at: Date;
}

export const SMS_TEMPLATES = {
  login_code: (p: Record<string, string>) => `【社区微业】您的登录验证码为${p.code}，5分钟内有效。如非本人操作请忽略。`,

  // ── piecework ──
  // ── end piecework ──

  // ── jobs ──
  /** To a resident without the app (often one helped by 代办): what happened to their application. */
  jobs_application_update: (p: Record<string, string>) =>
    `【社区微业】${p.name}您好，${p.text}。详情请咨询社区就业服务专员。`,
  // ── end jobs ──

  // ── benefits ──
  benefit_outreach: (p: Record<string, string>) =>
    `【社区微业】${p.name}您好，您可能符合“${p.policy}”政策，可在社区微业“政策找人”查看并申请，或咨询${p.community}。`,
  benefit_award: (p: Record<string, string>) =>
    `【社区微业】${p.name}您好，“${p.policy}”${p.amount}元已为您办理发放（免申即享），详情请在社区微业查看。`,
  // ── end benefits ──
} as const;

export type SmsTemplate = keyof typeof SMS_TEMPLATES;

export class MemorySmsProvider implements SmsProvider {
  readonly name: string = 'memory';
  readonly outbox: OutboxEntry[] = [];
  async send(message: SmsMessage): Promise<void> {
    this.outbox.unshift({ ...message, at: new Date() });
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
