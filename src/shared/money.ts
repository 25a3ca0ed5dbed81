/**
 * Money typed by a person, read exactly: "12.50"元 → 1250 fen, by the digits, never
 * through a floating-point × 100 (0.29 × 100 is 28.999999999999996). Every screen that
 * takes an amount in yuan parses it here; fen and 0.0001-yuan piece rates stay integers
 * from then on (CONVENTIONS §7, ADR 0020).
 */

/** Why a typed amount is not money, for a message that names the field. */
export type YuanProblem = 'format' | 'decimals' | 'negative' | 'tooLarge';

export type YuanParse = { ok: true; value: number } | { ok: false; problem: YuanProblem };

/** At most 999,999,999 yuan: far above any wage, award or loan, and exact in a double. */
const MAX_WHOLE_DIGITS = 9;

// Chinese input methods type full-width digits and points; they mean the same number.
const FULL_WIDTH = /[０-９．]/g;
const toHalfWidth = (text: string) =>
  text.replace(FULL_WIDTH, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

/**
 * A decimal amount in yuan as an integer count of 10^-decimals yuan: decimals = 2 gives fen,
 * decimals = 4 gives a piece rate's 0.0001 yuan. Plain digits with an optional point only —
 * no sign, exponent, separators or spaces inside.
 */
export function parseYuan(text: string, decimals: 2 | 4): YuanParse {
  const plain = toHalfWidth(text.trim());
  if (plain.startsWith('-')) return { ok: false, problem: 'negative' };
  const m = /^(\d+)(?:\.(\d+))?$/.exec(plain);
  if (!m) return { ok: false, problem: 'format' };
  const whole = m[1] ?? '';
  const fraction = m[2] ?? '';
  if (fraction.length > decimals) return { ok: false, problem: 'decimals' };
  if (whole.replace(/^0+(?=\d)/, '').length > MAX_WHOLE_DIGITS) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: Number(whole + fraction.padEnd(decimals, '0')) };
}

/** "12.5" → 1250 fen. */
export function parseYuanToFen(text: string): YuanParse {
  return parseYuan(text, 2);
}

/** 12345 → "123.45" */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
