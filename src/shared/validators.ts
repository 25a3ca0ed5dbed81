/**
 * Chinese identifiers checked the way the issuing standards define them.
 * Pure functions: the server validates with them, the web form reuses them.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK = '10X98765432';

export type IdNumberProblem = 'length' | 'format' | 'birth_date' | 'checksum';

/** 居民身份证号码 per GB 11643-1999: 17 digits + ISO 7064 MOD 11-2 check character. */
export function checkIdNumber(raw: string): IdNumberProblem | null {
  const value = raw.trim().toUpperCase();
  if (value.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(value)) return 'format';
  const y = Number(value.slice(6, 10));
  const m = Number(value.slice(10, 12));
  const d = Number(value.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return 'birth_date';
  }
  if (date.getTime() > Date.now()) return 'birth_date';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11] === value[17] ? null : 'checksum';
}

export function idNumberCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

/** Birth date (YYYY-MM-DD) and gender encoded in a valid 身份证 number. */
export function idNumberFacts(value: string): { birthDate: string; gender: 'male' | 'female' } {
  const v = value.toUpperCase();
  return {
    birthDate: `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`,
    gender: Number(v[16]) % 2 === 1 ? 'male' : 'female',
  };
}

// 统一社会信用代码 (GB 32100-2015): 18 characters over this alphabet (no I, O, Z, S, V).
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeProblem = 'length' | 'format' | 'checksum';

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_ALPHABET.indexOf(first17[i]!) * CREDIT_WEIGHTS[i]!;
  return CREDIT_ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function checkCreditCode(raw: string): CreditCodeProblem | null {
  const value = raw.trim().toUpperCase();
  if (value.length !== 18) return 'length';
  for (const ch of value) if (!CREDIT_ALPHABET.includes(ch)) return 'format';
  return creditCodeCheckChar(value.slice(0, 17)) === value[17] ? null : 'checksum';
}

/** Mainland mobile numbers: 11 digits starting 13–19. */
export function checkMobile(raw: string): 'format' | null {
  return /^1[3-9]\d{9}$/.test(raw.trim()) ? null : 'format';
}

export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****';
}

/** 陈鹏飞 → 陈**, 张丽 → 张*: the family name alone, where a list or a public page names a person. */
export function maskName(name: string): string {
  return name.length <= 1 ? name : `${name.slice(0, 1)}${'*'.repeat(Math.min(2, name.length - 1))}`;
}

export function maskIdNumber(idNumber: string): string {
  return idNumber.length === 18 ? `${idNumber.slice(0, 4)}**********${idNumber.slice(14)}` : '****';
}
