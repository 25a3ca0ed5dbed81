import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { certificateDocument, renderCertificatePdf, verificationUrl, type CertificateData } from './certificate';

const data: CertificateData = {
  serial: 'K7Q2MZ4XPA3RT6WB',
  holderName: '陈鹏飞',
  courseName: '创业培训（SYB）',
  hours: 40,
  issuedOn: '2026-11-20',
  stationName: '铁橛山路社区创贷驿站',
  verifyUrl: verificationUrl('https://weiye.example.cn/', 'K7Q2MZ4XPA3RT6WB'),
};

/** Every string the layout draws, and every QR payload, walking the document definition. */
function collect(node: unknown, texts: string[], qrs: string[]) {
  if (typeof node === 'string') texts.push(node);
  else if (Array.isArray(node)) for (const n of node) collect(n, texts, qrs);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.qr === 'string') qrs.push(o.qr);
    for (const key of ['text', 'stack', 'columns', 'content']) if (key in o) collect(o[key], texts, qrs);
  }
}

describe('the training certificate', () => {
  it('names the holder, the course, the hours, the date and the serial, and its QR opens the verification page', () => {
    const texts: string[] = [];
    const qrs: string[] = [];
    collect(certificateDocument(data).content, texts, qrs);
    const all = texts.join('');
    expect(all).toContain('结业证书');
    expect(all).toContain('陈鹏飞');
    expect(all).toContain('创业培训（SYB）');
    expect(all).toContain('共 40 学时');
    expect(all).toContain('2026年11月20日');
    expect(all).toContain('K7Q2MZ4XPA3RT6WB');
    expect(qrs).toEqual(['https://weiye.example.cn/verify/K7Q2MZ4XPA3RT6WB']);
  });

  it('renders a PDF with the Chinese font embedded as a subset', async () => {
    const pdf = await renderCertificatePdf(data);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const raw = pdf.toString('latin1');
    // pdfkit names an embedded subset font "ABCDEF+<PostScript name>"
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC/);
    expect(raw).toContain('/FontFile');
    // the text is drawn from the embedded font's ToUnicode map: the holder's name is in it
    const cmaps = [...raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)]
      .map((m) => {
        try {
          return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
        } catch {
          return '';
        }
      })
      .filter((s) => s.includes('beginbfrange') || s.includes('beginbfchar'))
      .join('');
    for (const ch of '陈鹏飞结业证书') expect(cmaps).toContain(ch.codePointAt(0)!.toString(16).padStart(4, '0'));
    expect(pdf.length).toBeLessThan(400_000);
  }, 30_000);
});
