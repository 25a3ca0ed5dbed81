/**
 * A local stand-in for Alibaba Cloud's SMS endpoint (dysmsapi SendSms). It
 * checks each request as the vendor does — re-computing the ACS3-HMAC-SHA256
 * signature from what actually arrived (method, path, query, the signed headers,
 * the body), the body hash, the clock and the nonce — and answers in the
 * vendor's shapes: `{Code:"OK",BizId,RequestId,Message}` on success, the same
 * shape with an `isv.*`/`isp.*` code on a business failure, and gateway errors
 * (`SignatureDoesNotMatch`, `InvalidTimeStamp.Expired`, …) with a 4xx status.
 * Its encoder and canonicaliser are written apart from the adapter's on purpose.
 */
import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedSms {
  phone: string;
  signName: string;
  templateCode: string;
  params: Record<string, string>;
  nonce: string;
}

export type FakeAnswer = { status: number; body: Record<string, unknown> } | { hangMs: number };

export interface FakeAliyunSms {
  url: string;
  accessKeyId: string;
  accessKeySecret: string;
  /** Requests that passed the signature check and reached SendSms. */
  received: ReceivedSms[];
  /** Requests the gateway refused before SendSms (bad signature, clock, nonce). */
  refused: { code: string }[];
  /** Answers for the next requests to this phone, in order; afterwards it succeeds. */
  script(phone: string, answers: FakeAnswer[]): void;
  close(): Promise<void>;
}

/** RFC 3986: every byte but A–Z a–z 0–9 - _ . ~ as %XX (upper-case hex). */
function rfc3986(value: string): string {
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function gatewayError(status: number, code: string, message: string) {
  return {
    status,
    body: { RequestId: randomUUID().toUpperCase(), HostId: 'dysmsapi.aliyuncs.com', Code: code, Message: message },
  };
}

export async function startFakeAliyunSms(
  options: { accessKeyId?: string; accessKeySecret?: string } = {},
): Promise<FakeAliyunSms> {
  const accessKeyId = options.accessKeyId ?? 'LTAI-test-key';
  const accessKeySecret = options.accessKeySecret ?? 'test-secret-9f2c';
  const received: ReceivedSms[] = [];
  const refused: { code: string }[] = [];
  const scripts = new Map<string, FakeAnswer[]>();
  const nonces = new Set<string>();

  function check(req: IncomingMessage, body: Buffer): { status: number; body: Record<string, unknown> } | ReceivedSms {
    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v.join(',') : v;
    };
    const auth = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([^,]+),Signature=([0-9a-f]{64})$/.exec(
      header('authorization') ?? '',
    );
    if (!auth) return gatewayError(400, 'IncompleteSignature', 'The request signature does not conform to standards.');
    const [, keyId, signedHeaders, signature] = auth as unknown as [string, string, string, string];
    if (keyId !== accessKeyId)
      return gatewayError(404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
    if (header('x-acs-action') !== 'SendSms' || header('x-acs-version') !== '2017-05-25')
      return gatewayError(
        400,
        'InvalidAction.NotFound',
        'Specified api is not found, please check your url and method.',
      );
    const names = signedHeaders.split(';');
    const unsigned = Object.keys(req.headers).filter((n) => n.startsWith('x-acs-') && !names.includes(n));
    if (!names.includes('host') || unsigned.length > 0 || names.some((n) => header(n) === undefined))
      return gatewayError(400, 'IncompleteSignature', 'The request signature does not conform to standards.');
    if (header('x-acs-content-sha256') !== sha256(body))
      return gatewayError(400, 'SignatureDoesNotMatch', 'The content hash does not match the body.');
    const date = Date.parse(header('x-acs-date') ?? '');
    if (
      !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(header('x-acs-date') ?? '') ||
      Math.abs(Date.now() - date) > 15 * 60_000
    )
      return gatewayError(400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');

    const [path = '', rawQuery = ''] = (req.url ?? '').split('?', 2);
    const pairs = rawQuery
      .split('&')
      .filter(Boolean)
      .map((p) => {
        const i = p.indexOf('=');
        return i < 0
          ? [decodeURIComponent(p), '']
          : [decodeURIComponent(p.slice(0, i)), decodeURIComponent(p.slice(i + 1))];
      }) as [string, string][];
    const canonicalQuery = [...pairs]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`)
      .join('&');
    const canonicalHeaders = names.map((n) => `${n}:${header(n)!.trim()}\n`).join('');
    const canonicalRequest = [req.method, path, canonicalQuery, canonicalHeaders, signedHeaders, sha256(body)].join(
      '\n',
    );
    const stringToSign = `ACS3-HMAC-SHA256\n${sha256(canonicalRequest)}`;
    const expected = createHmac('sha256', accessKeySecret).update(stringToSign).digest();
    if (!timingSafeEqual(expected, Buffer.from(signature, 'hex')))
      return gatewayError(
        400,
        'SignatureDoesNotMatch',
        `Specified signature is not matched with our calculation. server string to sign is:${canonicalRequest}`,
      );
    const nonce = header('x-acs-signature-nonce')!;
    if (nonces.has(nonce))
      return gatewayError(400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
    nonces.add(nonce);

    const q = Object.fromEntries(pairs);
    let params: Record<string, string>;
    try {
      params = JSON.parse(q.TemplateParam ?? '') as Record<string, string>;
    } catch {
      return {
        status: 200,
        body: { Code: 'isv.INVALID_JSON_PARAM', Message: 'JSON参数不合法，只接受字符串值', RequestId: randomUUID() },
      };
    }
    if (!q.PhoneNumbers || !q.SignName || !q.TemplateCode)
      return { status: 200, body: { Code: 'isv.INVALID_PARAMETERS', Message: '参数异常', RequestId: randomUUID() } };
    return { phone: q.PhoneNumbers, signName: q.SignName, templateCode: q.TemplateCode, params, nonce };
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const answer = (status: number, body: Record<string, unknown>) => {
        res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
        res.end(JSON.stringify(body));
      };
      const result = check(req, Buffer.concat(chunks));
      if ('status' in result) {
        refused.push({ code: String(result.body.Code) });
        return answer(result.status, result.body);
      }
      received.push(result);
      const next = scripts.get(result.phone)?.shift();
      if (next && 'hangMs' in next) {
        const timer = setTimeout(
          () => answer(200, { Code: 'OK', Message: 'OK', BizId: 'late', RequestId: randomUUID() }),
          next.hangMs,
        );
        res.on('close', () => clearTimeout(timer));
        return;
      }
      if (next) return answer(next.status, { RequestId: randomUUID().toUpperCase(), ...next.body });
      answer(200, {
        Code: 'OK',
        Message: 'OK',
        BizId: `${Date.now()}^0`,
        RequestId: randomUUID().toUpperCase(),
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accessKeyId,
    accessKeySecret,
    received,
    refused,
    script: (phone, answers) => scripts.set(phone, [...(scripts.get(phone) ?? []), ...answers]),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
