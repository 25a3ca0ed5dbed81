/**
 * The training certificate as a PDF (ADR 0063): pdfmake lays it out with Noto Sans SC, which
 * pdfkit embeds as a subset of the glyphs the page uses, and draws a QR code whose payload is
 * the public verification page of the certificate's serial. `certificateDocument` is the pure
 * layout (what the unit test reads); `renderCertificatePdf` turns it into bytes.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { woffToSfnt } from './woff';

const require = createRequire(import.meta.url);
const REGULAR = 'NotoSansSC-Regular.otf';
const BOLD = 'NotoSansSC-Bold.otf';

// pdfmake's in-memory file system (its typings name it for browsers only; on Node it is the same store).
const vfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, data: Buffer): void } }).virtualfs;
// The layout names no URL and no file on disk: refuse both.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);

let fontsLoaded: Promise<void> | null = null;
/** The two weights, unwrapped from WOFF once per process, on the first certificate. */
function loadFonts(): Promise<void> {
  fontsLoaded ??= (async () => {
    const [regular, bold] = await Promise.all(
      ['400', '700'].map((w) =>
        readFile(require.resolve(`@openfonts/noto-sans-sc_all/files/noto-sans-sc-all-${w}.woff`)),
      ),
    );
    vfs.writeFileSync(REGULAR, woffToSfnt(regular!));
    vfs.writeFileSync(BOLD, woffToSfnt(bold!));
    pdfmake.setFonts({ NotoSansSC: { normal: REGULAR, bold: BOLD, italics: REGULAR, bolditalics: BOLD } });
  })();
  return fontsLoaded;
}

export interface CertificateData {
  serial: string;
  holderName: string;
  courseName: string;
  hours: number;
  /** The business day it was issued, YYYY-MM-DD. */
  issuedOn: string;
  stationName: string;
  /** The absolute address of the verification page, which the QR code carries. */
  verifyUrl: string;
}

/** The page the QR code opens: /verify/<serial> on the platform's own origin. */
export function verificationUrl(origin: string, serial: string): string {
  return `${origin.replace(/\/$/, '')}/verify/${encodeURIComponent(serial)}`;
}

function chineseDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export function certificateDocument(c: CertificateData): TDocumentDefinitions {
  return {
    info: { title: `结业证书 ${c.serial}`, author: '社区微业', subject: c.courseName },
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [60, 50, 60, 50],
    defaultStyle: { font: 'NotoSansSC', fontSize: 14, lineHeight: 1.4 },
    content: [
      { text: '结业证书', fontSize: 34, bold: true, alignment: 'center', margin: [0, 10, 0, 4] },
      { text: 'CERTIFICATE OF COMPLETION', fontSize: 11, alignment: 'center', color: '#555555', margin: [0, 0, 0, 24] },
      {
        columns: [
          {
            width: '*',
            stack: [
              { text: [{ text: c.holderName, bold: true, fontSize: 20 }, ' 同志：'] },
              {
                text: `参加「${c.courseName}」培训，共 ${c.hours} 学时，经考核合格，准予结业，特发此证。`,
                margin: [28, 12, 0, 0],
              },
              { text: `培训地点：${c.stationName}`, margin: [0, 24, 0, 0] },
              { text: `发证日期：${chineseDate(c.issuedOn)}` },
              { text: `证书编号：${c.serial}` },
            ],
          },
          {
            width: 170,
            stack: [
              { qr: c.verifyUrl, fit: 150, alignment: 'center' },
              { text: '扫码查验证书真伪', fontSize: 10, alignment: 'center', margin: [0, 6, 0, 0] },
            ],
          },
        ],
        columnGap: 24,
      },
      { text: '社区微业 · 街道就业服务', alignment: 'right', margin: [0, 36, 0, 0], color: '#555555' },
    ],
  };
}

export async function renderCertificatePdf(c: CertificateData): Promise<Buffer> {
  await loadFonts();
  return pdfmake.createPdf(certificateDocument(c)).getBuffer();
}
