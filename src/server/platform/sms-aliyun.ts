/**
 * Alibaba Cloud SMS (dysmsapi `SendSms`, API version 2017-05-25) behind the
 * `SmsProvider` interface, signed with the vendor's V3 signature
 * (ACS3-HMAC-SHA256) with node's crypto and sent with node's fetch: no SDK.
 *
 * Signature (vendor document "V3 request structure and signature"):
 *   CanonicalRequest = METHOD \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n SignedHeaders \n hex(sha256(body))
 *   StringToSign     = "ACS3-HMAC-SHA256" \n hex(sha256(CanonicalRequest))
 *   Signature        = hex(hmac-sha256(AccessKeySecret, StringToSign))
 *   Authorization: ACS3-HMAC-SHA256 Credential=<AccessKeyId>,SignedHeaders=<names>,Signature=<hex>
 * SendSms is an RPC-style API: its parameters travel in the query string, the
 * canonical URI is "/" and the body is empty.
 */
import { createHash, createHmac, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { redactText } from '../http/redact';
import {
  SMS_TEMPLATES,
  SmsSendError,
  type SmsFailureKind,
  type SmsMessage,
  type SmsProvider,
  type SmsTemplate,
} from './sms';

export const ALIYUN_SMS_ENDPOINT = 'https://dysmsapi.aliyuncs.com';
const API_VERSION = '2017-05-25';

export interface AliyunSmsConfig {
  accessKeyId: string;
  accessKeySecret: string;
  /** The approved sign name (短信签名), e.g. 社区微业. */
  signName: string;
  /** The approved template code (模板CODE) of each kind of message; a kind without one is never sent. */
  templates: Partial<Record<SmsTemplate, string>>;
  endpoint: string;
  /** Per request. */
  timeoutMs: number;
  /** Further tries after a timeout, a network failure or the vendor's own error. */
  retries: number;
}

/** The variable that holds a kind's template code: login_code → ALIYUN_SMS_TEMPLATE_LOGIN_CODE. */
export function templateVariable(template: SmsTemplate): string {
  return `ALIYUN_SMS_TEMPLATE_${template.toUpperCase()}`;
}

const configSchema = z.object({
  ALIYUN_SMS_ACCESS_KEY_ID: z.string({ error: 'required with SMS_PROVIDER=aliyun' }).min(1),
  ALIYUN_SMS_ACCESS_KEY_SECRET: z.string({ error: 'required with SMS_PROVIDER=aliyun' }).min(1),
  ALIYUN_SMS_SIGN_NAME: z.string({ error: 'required with SMS_PROVIDER=aliyun' }).min(1),
  ALIYUN_SMS_TEMPLATE_LOGIN_CODE: z.string({ error: 'required with SMS_PROVIDER=aliyun: the sign-in code template' }),
  ALIYUN_SMS_ENDPOINT: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .default(ALIYUN_SMS_ENDPOINT)
    .transform((u) => u.replace(/\/+$/, '')),
  ALIYUN_SMS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  ALIYUN_SMS_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
});

/** Reads the adapter's variables; a missing or malformed one stops start-up with its name. */
export function readAliyunSmsConfig(source: Record<string, string | undefined>): AliyunSmsConfig {
  const parsed = configSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const templates: Partial<Record<SmsTemplate, string>> = {};
  for (const template of Object.keys(SMS_TEMPLATES) as SmsTemplate[]) {
    const code = source[templateVariable(template)];
    if (code) templates[template] = code;
  }
  const v = parsed.data;
  return {
    accessKeyId: v.ALIYUN_SMS_ACCESS_KEY_ID,
    accessKeySecret: v.ALIYUN_SMS_ACCESS_KEY_SECRET,
    signName: v.ALIYUN_SMS_SIGN_NAME,
    templates,
    endpoint: v.ALIYUN_SMS_ENDPOINT,
    timeoutMs: v.ALIYUN_SMS_TIMEOUT_MS,
    retries: v.ALIYUN_SMS_RETRIES,
  };
}

/**
 * The vendor's codes in our words (its "API error codes" page and the gateway's
 * common codes). A code not listed is the vendor's failure when the HTTP status
 * is 5xx, and a refusal of our request otherwise.
 */
export const ALIYUN_ERROR_KINDS: Record<string, SmsFailureKind> = {
  'isv.MOBILE_NUMBER_ILLEGAL': 'invalid_number',
  'isv.BUSINESS_LIMIT_CONTROL': 'rate_limited',
  'isv.DAY_LIMIT_CONTROL': 'account',
  'isv.MONTH_LIMIT_CONTROL': 'account',
  'isv.AMOUNT_NOT_ENOUGH': 'account',
  'isv.OUT_OF_SERVICE': 'account',
  'isv.ACCOUNT_NOT_EXISTS': 'account',
  'isv.ACCOUNT_ABNORMAL': 'account',
  'isv.PRODUCT_UN_SUBSCRIPT': 'account',
  'isv.PRODUCT_UNSUBSCRIBE': 'account',
  'isv.BILLING_DEDUCTION_ERROR': 'account',
  'isp.RAM_PERMISSION_DENY': 'account',
  'isv.SMS_TEMPLATE_ILLEGAL': 'rejected',
  'isv.SMS_SIGNATURE_ILLEGAL': 'rejected',
  'isv.SMS_SIGNATURE_SCENE_ILLEGAL': 'rejected',
  'isv.SMS_SIGN_ILLEGAL': 'rejected',
  'isv.SIGN_STATE_ILLEGAL': 'rejected',
  'isv.TEMPLATE_MISSING_PARAMETERS': 'rejected',
  'isv.TEMPLATE_PARAMS_ILLEGAL': 'rejected',
  'isv.INVALID_JSON_PARAM': 'rejected',
  'isv.INVALID_PARAMETERS': 'rejected',
  'isv.PARAM_LENGTH_LIMIT': 'rejected',
  'isv.PARAM_NOT_SUPPORT_URL': 'rejected',
  'isv.BLACK_KEY_CONTROL_LIMIT': 'rejected',
  'isv.SMS_CONTENT_ILLEGAL': 'rejected',
  'isv.MOBILE_COUNT_OVER_LIMIT': 'rejected',
  'isv.EXTEND_CODE_ERROR': 'rejected',
  'isv.DOMESTIC_NUMBER_NOT_SUPPORTED': 'rejected',
  'isv.DENY_IP_RANGE': 'rejected',
  SignatureDoesNotMatch: 'rejected',
  IncompleteSignature: 'rejected',
  'InvalidAccessKeyId.NotFound': 'rejected',
  'InvalidAccessKeyId.Inactive': 'rejected',
  'InvalidTimeStamp.Expired': 'rejected',
  'isp.SYSTEM_ERROR': 'unavailable',
  'isp.GATEWAY_ERROR': 'unavailable',
  'isp.UNKNOWN': 'unavailable',
  Throttling: 'unavailable',
  'Throttling.User': 'unavailable',
  'Throttling.Api': 'unavailable',
  ServiceUnavailable: 'unavailable',
  InternalError: 'unavailable',
  // A nonce seen before: the next try carries a new one.
  SignatureNonceUsed: 'unavailable',
};

function kindOf(code: string, status: number): SmsFailureKind {
  return ALIYUN_ERROR_KINDS[code] ?? (status >= 500 ? 'unavailable' : 'rejected');
}

/** RFC 3986 percent-encoding, as the vendor canonicalises names and values. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export interface SignedRequest {
  url: string;
  headers: Record<string, string>;
}

/** Signs a POST with the parameters in the query string and an empty body. */
export function signAliyunRequest(
  config: Pick<AliyunSmsConfig, 'accessKeyId' | 'accessKeySecret' | 'endpoint'>,
  action: string,
  params: Record<string, string>,
  now: Date,
  nonce: string,
): SignedRequest {
  const query = Object.keys(params)
    .sort()
    .map((k) => `${percentEncode(k)}=${percentEncode(params[k]!)}`)
    .join('&');
  const body = '';
  const hashedBody = createHash('sha256').update(body).digest('hex');
  const signed: Record<string, string> = {
    host: new URL(config.endpoint).host,
    'x-acs-action': action,
    'x-acs-content-sha256': hashedBody,
    'x-acs-date': now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    'x-acs-signature-nonce': nonce,
    'x-acs-version': API_VERSION,
  };
  const names = Object.keys(signed).sort();
  const canonicalHeaders = names.map((n) => `${n}:${signed[n]!.trim()}\n`).join('');
  const signedHeaders = names.join(';');
  const canonicalRequest = ['POST', '/', query, canonicalHeaders, signedHeaders, hashedBody].join('\n');
  const stringToSign = `ACS3-HMAC-SHA256\n${createHash('sha256').update(canonicalRequest).digest('hex')}`;
  const signature = createHmac('sha256', config.accessKeySecret).update(stringToSign).digest('hex');
  const { host: _host, ...headers } = signed;
  return {
    url: `${config.endpoint}/?${query}`,
    headers: {
      ...headers,
      accept: 'application/json',
      authorization: `ACS3-HMAC-SHA256 Credential=${config.accessKeyId},SignedHeaders=${signedHeaders},Signature=${signature}`,
    },
  };
}

/** What operators see of a failed try: never the phone, the parameters or the text. */
export interface SmsFailureReport {
  template: SmsTemplate;
  attempt: number;
  kind: SmsFailureKind;
  vendorCode: string | null;
  requestId: string | null;
  willRetry: boolean;
}

export interface AliyunSmsOptions {
  /** The pause before the n-th further try is retryDelayMs·2^(n-1). */
  retryDelayMs?: number;
  fetch?: typeof fetch;
  now?: () => Date;
}

export class AliyunSmsProvider implements SmsProvider {
  readonly name = 'aliyun';
  /** Set by main.ts to the server's logger. */
  onFailure: (report: SmsFailureReport) => void = () => undefined;
  private readonly retryDelayMs: number;
  private readonly fetch: typeof fetch;
  private readonly now: () => Date;

  constructor(
    private readonly config: AliyunSmsConfig,
    options: AliyunSmsOptions = {},
  ) {
    this.retryDelayMs = options.retryDelayMs ?? 300;
    this.fetch = options.fetch ?? fetch;
    this.now = options.now ?? (() => new Date());
  }

  async send(message: SmsMessage): Promise<void> {
    const template = message.template as SmsTemplate;
    const templateCode = this.config.templates[template];
    if (!templateCode) {
      throw new SmsSendError(
        'rejected',
        `no Alibaba Cloud template code for ${template}: set ${templateVariable(template)}`,
      );
    }
    const params = {
      PhoneNumbers: message.phone,
      SignName: this.config.signName,
      TemplateCode: templateCode,
      TemplateParam: JSON.stringify(message.params),
    };
    for (let attempt = 1; ; attempt++) {
      try {
        await this.sendOnce(params);
        return;
      } catch (err) {
        const failure =
          err instanceof SmsSendError ? err : new SmsSendError('unavailable', 'Alibaba Cloud SMS: request failed');
        const willRetry = failure.kind === 'unavailable' && attempt <= this.config.retries;
        this.onFailure({
          template,
          attempt,
          kind: failure.kind,
          vendorCode: failure.vendorCode,
          requestId: failure.requestId,
          willRetry,
        });
        if (!willRetry) throw failure;
        await new Promise((r) => setTimeout(r, this.retryDelayMs * 2 ** (attempt - 1)));
      }
    }
  }

  private async sendOnce(params: Record<string, string>): Promise<void> {
    const request = signAliyunRequest(this.config, 'SendSms', params, this.now(), randomUUID());
    let res: Response;
    try {
      res = await this.fetch(request.url, {
        method: 'POST',
        headers: request.headers,
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
    } catch (err) {
      const what = err instanceof Error && err.name === 'TimeoutError' ? 'timed out' : 'could not connect';
      throw new SmsSendError('unavailable', `Alibaba Cloud SMS ${what}`);
    }
    const text = await res.text().catch(() => '');
    let body: { Code?: unknown; Message?: unknown; RequestId?: unknown } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // not JSON: judged by the status alone
    }
    const code = typeof body.Code === 'string' ? body.Code : null;
    if (res.ok && code === 'OK') return;
    const requestId = typeof body.RequestId === 'string' ? body.RequestId : null;
    // The vendor's words may echo the request (a signature error quotes what it signed): no number of 4+
    // digits of it is kept, so neither a phone nor a code reaches a log or the outbox's last_error.
    const vendorMessage =
      typeof body.Message === 'string'
        ? redactText(body.Message)
            .replace(/\d{4,}/g, '…')
            .slice(0, 200)
        : '';
    const kind = code ? kindOf(code, res.status) : res.status >= 500 || res.ok ? 'unavailable' : 'rejected';
    throw new SmsSendError(
      kind,
      `Alibaba Cloud SMS ${code ?? `HTTP ${res.status}`}${vendorMessage ? `: ${vendorMessage}` : ''}` +
        (requestId ? ` (request ${requestId})` : ''),
      code,
      requestId,
    );
  }
}

/** Reports each failed try on the server's log, as warnings. */
export function logSmsFailures(provider: AliyunSmsProvider, log: { warn(obj: object, msg: string): void }): void {
  provider.onFailure = (report) => log.warn({ sms: report }, 'SMS not sent');
}
