/**
 * Form rules that check with the same validators the server uses
 * (src/shared/validators) and word the problem with the field's name.
 */
import type { ParseKeys } from 'i18next';
import { checkCreditCode, checkIdNumber, checkMobile, parseYuanToFen } from './contracts';
import i18n from './i18n';
import type messages from './i18n/zh-CN';

/** Structurally both antd's and antd-mobile's custom rule. */
export interface FieldRule {
  required?: boolean;
  message?: string;
  whitespace?: boolean;
  validator?: (rule: unknown, value: unknown) => Promise<void>;
}

export type FieldName = keyof typeof messages.fields;
type Check = 'mobile' | 'idNumber' | 'creditCode' | 'smsCode' | 'password' | 'username' | 'areaCode';

const label = (field: FieldName) => i18n.t(`fields.${field}`);

export function required(field: FieldName): FieldRule {
  return { required: true, whitespace: true, message: i18n.t('validation.required', { field: label(field) }) };
}

function rule(kind: Check, field: FieldName, test: (value: string) => string | null): FieldRule {
  return {
    validator: async (_rule, value) => {
      if (typeof value !== 'string' || value.trim() === '') return;
      const problem = test(value);
      if (problem) throw new Error(i18n.t(`validation.${kind}.${problem}` as ParseKeys, { field: label(field) }));
    },
  };
}

export const mobileRule = (field: 'phone' | 'ownerPhone' = 'phone') => rule('mobile', field, checkMobile);
export const idNumberRule = () => rule('idNumber', 'idNumber', checkIdNumber);
export const creditCodeRule = () => rule('creditCode', 'creditCode', checkCreditCode);
const sixDigits = (v: string) => (/^\d{6}$/.test(v.trim()) ? null : 'format');
export const smsCodeRule = () => rule('smsCode', 'code', sixDigits);
/** The authenticator app's 6-digit code (动态码). */
export const totpRule = () => rule('smsCode', 'totp', sixDigits);
/** As the server's createStaffAccount: lower-case, starting with a letter, 3–32 long. */
export const usernameRule = () =>
  rule('username', 'username', (v) => (/^[a-z][a-z0-9_.-]{2,31}$/.test(v.trim()) ? null : 'format'));
export const areaCodeRule = () => rule('areaCode', 'areaCode', (v) => (/^\d{6,15}$/.test(v.trim()) ? null : 'format'));

/** Staff passwords (GB/T 22239 practice, as the server's staffPassword): at least 10, letters and digits. */
export const STAFF_PASSWORD_MIN = 10;
export function staffPasswordRule(field: 'initialPassword' | 'newPassword'): FieldRule {
  return {
    validator: async (_rule, value) => {
      if (typeof value !== 'string' || value === '') return;
      if (value.length < STAFF_PASSWORD_MIN) {
        throw new Error(i18n.t('validation.password.length', { field: label(field), min: STAFF_PASSWORD_MIN }));
      }
      if (!/[A-Za-z]/.test(value) || !/\d/.test(value))
        throw new Error(i18n.t('validation.password.weak', { field: label(field) }));
    },
  };
}

export function minLengthRule(field: FieldName, min: number): FieldRule {
  return {
    validator: async (_rule, value) => {
      if (typeof value === 'string' && value.trim().length > 0 && value.trim().length < min) {
        throw new Error(i18n.t('validation.minLength', { field: label(field), min }));
      }
    },
  };
}

/**
 * An amount typed in yuan, read by the one exact parser (src/shared/money.ts): up to
 * two decimals, no sign, no exponent. Empty passes; pair it with required() when needed.
 */
export function yuanRule(field: FieldName): FieldRule {
  return {
    validator: async (_rule, value) => {
      if (value === undefined || value === null || String(value).trim() === '') return;
      fenOfYuan(String(value), field);
    },
  };
}

/** The fen of an amount typed in yuan; anything else throws a message that names the field. */
export function fenOfYuan(text: string, field: FieldName): number {
  const parsed = parseYuanToFen(text);
  if (!parsed.ok) throw new Error(i18n.t(`validation.money.${parsed.problem}`, { field: label(field) }));
  return parsed.value;
}
