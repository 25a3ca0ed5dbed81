/**
 * Every error the API can answer, with its HTTP status, in one table: the
 * platform's own below and each domain's part (src/shared/<domain>/errors.ts).
 * The server sends `{ error: { code, message, details } }`; the message is
 * rendered from this table in the caller's language.
 */
import { BENEFITS_ERRORS } from './benefits/errors';
import { JOBS_ERRORS } from './jobs/errors';
import { LOANS_ERRORS } from './loans/errors';
import { type ErrorPart, mergeParts } from './parts';
import { PIECEWORK_ERRORS } from './piecework/errors';
import { STATIONS_ERRORS } from './stations/errors';
import { SHARING_ERRORS } from './sharing/errors';
import { TRAINING_ERRORS } from './training/errors';
import { ORGANISATIONS_ERRORS } from './organisations/errors';

export type Locale = 'zh-CN' | 'en';

const PLATFORM_ERRORS = {
  VALIDATION_FAILED: { status: 400, 'zh-CN': '输入有误：{fields}', en: 'Please check: {fields}' },
  BAD_REQUEST: { status: 400, 'zh-CN': '请求格式不正确', en: 'The request is malformed' },
  UNAUTHENTICATED: { status: 401, 'zh-CN': '请先登录', en: 'Please sign in' },
  LOGIN_FAILED: { status: 401, 'zh-CN': '用户名或密码不正确', en: 'Wrong username or password' },
  SMS_CODE_INVALID: { status: 401, 'zh-CN': '验证码不正确或已过期', en: 'The code is wrong or has expired' },
  SESSION_EXPIRED: {
    status: 401,
    'zh-CN': '登录已过期，请重新登录',
    en: 'Your session has expired, please sign in again',
  },
  CSRF_INVALID: {
    status: 403,
    'zh-CN': '页面已过期，请刷新后重试',
    en: 'The page has expired, please reload and retry',
  },
  FORBIDDEN: { status: 403, 'zh-CN': '您没有权限进行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { status: 404, 'zh-CN': '未找到', en: 'Not found' },
  ROUTE_NOT_FOUND: { status: 404, 'zh-CN': '接口不存在', en: 'No such endpoint' },
  DUPLICATE_ID_NUMBER: { status: 409, 'zh-CN': '该身份证号码已登记', en: 'This ID number is already registered' },
  DUPLICATE_PHONE: {
    status: 409,
    'zh-CN': '该手机号码已被其他居民使用',
    en: 'This mobile number is used by another resident',
  },
  DUPLICATE_CREDIT_CODE: {
    status: 409,
    'zh-CN': '该统一社会信用代码已登记',
    en: 'This credit code is already registered',
  },
  // A phone, 身份证 or credit code held by a record outside the officer's areas: she learns that it
  // cannot be registered here, never where it is held (a DUPLICATE_* answer is for her own areas).
  NOT_REGISTRABLE_HERE: {
    status: 409,
    'zh-CN': '{field}不能在您的辖区登记，如有疑问请联系街道核实',
    en: '{field} cannot be registered in your areas; ask the street office to check',
  },
  DUPLICATE_USERNAME: { status: 409, 'zh-CN': '用户名已存在', en: 'This username is taken' },
  ADMIN_ACCOUNT_PROTECTED: {
    status: 403,
    'zh-CN': '管理员账号只能在安装时创建和维护',
    en: 'Administrator accounts are managed at installation only',
  },
  ACCOUNT_NOT_ASSIGNED: {
    status: 401,
    'zh-CN': '账号尚未授权，请联系安全管理员',
    en: 'This account has no role yet; ask the security administrator',
  },
  DUPLICATE_AREA_CODE: { status: 409, 'zh-CN': '区划代码已存在', en: 'This area code is already used' },
  TOTP_REQUIRED: {
    status: 401,
    'zh-CN': '请输入身份验证器上的6位动态码',
    en: 'Enter the 6-digit code from your authenticator app',
  },
  TOTP_INVALID: { status: 401, 'zh-CN': '动态码不正确或已使用', en: 'The authenticator code is wrong or already used' },
  TOTP_ENROLLMENT_REQUIRED: {
    status: 403,
    'zh-CN': '请先绑定身份验证器（双因素认证）',
    en: 'Set up your authenticator app (two-factor sign-in) first',
  },
  CONFLICT: { status: 409, 'zh-CN': '数据已被他人修改，请刷新后重试', en: 'Someone else changed this, please reload' },
  ACCOUNT_LOCKED: {
    status: 423,
    'zh-CN': '尝试次数过多，账号已临时锁定，请{minutes}分钟后再试',
    en: 'Too many attempts; try again in {minutes} minutes',
  },
  SMS_TOO_FREQUENT: {
    status: 429,
    'zh-CN': '发送过于频繁，请{seconds}秒后再试',
    en: 'Please wait {seconds} seconds before asking again',
  },
  SMS_DAILY_LIMIT: {
    status: 429,
    'zh-CN': '今日验证码次数已用完，请明天再试',
    en: 'No more codes today, please try tomorrow',
  },
  SMS_SEND_FAILED: {
    status: 503,
    'zh-CN': '短信暂时无法发送，请稍后再试',
    en: 'Text messages cannot be sent just now, please try again later',
  },
  RATE_LIMITED: { status: 429, 'zh-CN': '请求过于频繁，请稍后再试', en: 'Too many requests, please slow down' },
  PAYLOAD_TOO_LARGE: { status: 413, 'zh-CN': '内容过大', en: 'The upload is too large' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    'zh-CN': '不支持该内容类型的请求',
    en: 'This kind of request body is not accepted here',
  },
  DEMO_DISABLED: { status: 404, 'zh-CN': '演示功能在正式环境不可用', en: 'Demo features are off in production' },

  DATABASE_UNAVAILABLE: {
    status: 503,
    'zh-CN': '数据库暂时无法访问，请稍后再试',
    en: 'The database is unavailable for a moment, please try again shortly',
  },
  INTERNAL: { status: 500, 'zh-CN': '系统繁忙，请稍后再试', en: 'Something went wrong on our side, please try again' },
} as const satisfies ErrorPart;

export const ERRORS = mergeParts('ERRORS', [
  PLATFORM_ERRORS,
  PIECEWORK_ERRORS,
  JOBS_ERRORS,
  BENEFITS_ERRORS,
  LOANS_ERRORS,
  STATIONS_ERRORS,
  SHARING_ERRORS,
  TRAINING_ERRORS,
  ORGANISATIONS_ERRORS,
]);

export type ErrorCode = keyof typeof ERRORS;

export interface FieldProblem {
  field: string;
  message: string;
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: FieldProblem[] | Record<string, unknown> };
}

/** Puts each `{name}` of a template's text in its place; a name without a value leaves nothing. */
export function fillPlaceholders(template: string, valueOf: (name: string) => string | number | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(valueOf(name) ?? ''));
}

export function renderMessage(code: ErrorCode, locale: Locale, params: Record<string, string | number> = {}): string {
  return fillPlaceholders(ERRORS[code][locale], (name) => params[name]);
}
