/**
 * Every error the API can answer, with its HTTP status, in one table.
 * The server sends `{ error: { code, message, details } }`; the message is
 * rendered from this table in the caller's language.
 */
export type Locale = 'zh-CN' | 'en';

export const ERRORS = {
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

  // ── piecework ──
  SETTLEMENT_STEP_REFUSED: {
    status: 409,
    'zh-CN': '结算单当前为“{status}”，不能{action}',
    en: 'The settlement is {status}; it cannot be {action} now',
  },
  NOTHING_TO_SETTLE: {
    status: 409,
    'zh-CN': '这一天没有可结算的计件',
    en: 'There are no pieces to settle on this day',
  },
  RECORD_ALREADY_REVERSED: {
    status: 409,
    'zh-CN': '计件记录 {id} 已冲正过',
    en: 'Piece record {id} has already been reversed',
  },
  RECORD_NOT_PENDING: { status: 409, 'zh-CN': '这条计件已处理过', en: 'This record has already been decided' },
  PRESENCE_OUT_OF_ORDER: {
    status: 409,
    'zh-CN': '当前状态下不能这样打卡',
    en: 'That presence step does not follow the current one',
  },
  VENUE_TAKEN: { status: 409, 'zh-CN': '该场地已有微工厂在使用', en: 'Another micro-factory uses this venue' },
  IDEMPOTENCY_KEY_REUSED: {
    status: 409,
    'zh-CN': '提交编号 {key} 已用于另一条不同的内容，本次提交未保存',
    en: 'The submission key {key} was already used for something different; nothing was saved',
  },
  // ── end piecework ──

  // ── jobs ──
  EMPLOYER_BLACKLISTED: {
    status: 403,
    'zh-CN': '该用人单位已被列入黑名单，暂不能发布岗位',
    en: 'This employer is on the black list and cannot post jobs',
  },
  JOB_POST_LOCKED: {
    status: 409,
    'zh-CN': '该岗位已下架或未通过审核，不能修改',
    en: 'This post was taken down or refused and cannot be changed',
  },
  JOB_POST_NOT_PENDING: { status: 409, 'zh-CN': '该岗位不在待审核状态', en: 'This post is not waiting for review' },
  JOB_POST_NOT_OPEN: { status: 409, 'zh-CN': '该岗位未发布或已过期', en: 'This post is not published or has expired' },
  MOTHER_NOT_REQUESTED: {
    status: 409,
    'zh-CN': '该岗位没有申请妈妈岗认证',
    en: 'This post has not asked for the mother-friendly label',
  },
  MOTHER_SCHEDULE_OUTSIDE_SCHOOL_HOURS: {
    status: 409,
    'zh-CN': '工作时间须在上学时间（{from}–{to}）内，才能认证为妈妈岗',
    en: 'The hours must lie within school hours ({from}–{to}) for the mother-friendly label',
  },
  MOTHER_TERMS_MISSING: {
    status: 409,
    'zh-CN': '须声明签订劳动合同并缴纳社会保险，才能认证为妈妈岗',
    en: 'A contract and social insurance must be declared for the mother-friendly label',
  },
  REPORT_ALREADY_HANDLED: { status: 409, 'zh-CN': '该举报已处理', en: 'This report has already been handled' },
  ALREADY_ON_WATCHLIST: {
    status: 409,
    'zh-CN': '该单位已在红黑名单中，请先移出',
    en: 'This employer is already listed; remove the entry first',
  },
  APPLICATION_TRANSITION_REFUSED: {
    status: 409,
    'zh-CN': '申请当前状态不允许此操作',
    en: 'The application cannot move this way from its current state',
  },
  APPLICATION_CLOSED: {
    status: 409,
    'zh-CN': '该申请已结束，不能再次申请',
    en: 'This application has ended and cannot be made again',
  },
  INVITATION_NOT_ACCEPTED: {
    status: 409,
    'zh-CN': '求职者尚未接受邀请',
    en: 'The candidate has not accepted the invitation yet',
  },
  // ── end jobs ──

  // ── benefits ──
  DUPLICATE_POLICY_CODE: { status: 409, 'zh-CN': '该政策编码已存在', en: 'This policy code is already used' },
  POLICY_NOT_PUBLISHED: { status: 409, 'zh-CN': '该政策尚未发布', en: 'This policy is not published' },
  POLICY_AUTOMATIC: {
    status: 409,
    'zh-CN': '该政策免申即享，无需申请',
    en: 'This policy is granted without an application',
  },
  POLICY_NOT_AUTOMATIC: {
    status: 409,
    'zh-CN': '该政策为申请制，不能直接发放',
    en: 'This policy needs an application; it cannot be granted in a batch',
  },
  NOT_ELIGIBLE: { status: 409, 'zh-CN': '不符合该政策的条件：{reasons}', en: 'Not eligible: {reasons}' },
  DUPLICATE_APPLICATION: {
    status: 409,
    'zh-CN': '已有一份进行中的申请或已享受该政策',
    en: 'There is already a live application or an award for this policy',
  },
  INVALID_TRANSITION: {
    status: 409,
    'zh-CN': '申请当前状态为“{status}”，不能进行此操作',
    en: 'The application is {status}; this step is not possible now',
  },
  SELF_REVIEW: { status: 403, 'zh-CN': '不能审核自己提交的申请', en: 'You cannot review an application you submitted' },
  SAME_REVIEWER: {
    status: 403,
    'zh-CN': '您已做过该申请的社区审核，街道审核须由另一位工作人员办理',
    en: 'You took the community review of this application; another officer must take the street review',
  },
  APPROVAL_BLOCKED: {
    status: 409,
    'zh-CN': '暂不能通过：{problems}。如确需通过，请填写放行理由',
    en: 'It cannot be approved yet: {problems}. To approve anyway, give a reason for the override',
  },
  BATCH_SELF_CONFIRM: {
    status: 403,
    'zh-CN': '发放批次须由另一位街道工作人员确认，准备人不能确认自己准备的批次',
    en: 'Another street officer must confirm this batch; whoever prepared it cannot confirm it',
  },
  BATCH_CONFIRMED: {
    status: 409,
    'zh-CN': '该发放批次已确认，名单不能再修改',
    en: 'This batch is already confirmed; its recipients cannot change',
  },
  NOTHING_TO_PAY: { status: 409, 'zh-CN': '没有可发放的对象', en: 'There is nobody to pay in this batch' },
  CAMPAIGN_CLOSED: { status: 409, 'zh-CN': '该活动已结束', en: 'This campaign is closed' },
  // ── end benefits ──

  DATABASE_UNAVAILABLE: {
    status: 503,
    'zh-CN': '数据库暂时无法访问，请稍后再试',
    en: 'The database is unavailable for a moment, please try again shortly',
  },
  INTERNAL: { status: 500, 'zh-CN': '系统繁忙，请稍后再试', en: 'Something went wrong on our side, please try again' },
} as const satisfies Record<string, { status: number; 'zh-CN': string; en: string }>;

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
