/**
 * Human names of fields and the words for each kind of problem, so a bad
 * input is answered with "身份证号码：校验位不正确" rather than a path.
 */
import type { Locale } from './errors';

export const FIELD_LABELS: Record<string, Record<Locale, string>> = {
  phone: { 'zh-CN': '手机号码', en: 'Mobile number' },
  code: { 'zh-CN': '验证码', en: 'Verification code' },
  username: { 'zh-CN': '用户名', en: 'Username' },
  password: { 'zh-CN': '密码', en: 'Password' },
  name: { 'zh-CN': '姓名', en: 'Name' },
  idNumber: { 'zh-CN': '身份证号码', en: 'ID number' },
  gender: { 'zh-CN': '性别', en: 'Gender' },
  birthDate: { 'zh-CN': '出生日期', en: 'Date of birth' },
  compoundId: { 'zh-CN': '居住小区', en: 'Home compound' },
  areaId: { 'zh-CN': '所属区域', en: 'Area' },
  labels: { 'zh-CN': '人员标签', en: 'Labels' },
  hukouArea: { 'zh-CN': '户籍地', en: 'Household registration' },
  creditCode: { 'zh-CN': '统一社会信用代码', en: 'Unified social credit code' },
  type: { 'zh-CN': '类型', en: 'Type' },
  ownerName: { 'zh-CN': '负责人', en: 'Owner' },
  ownerPhone: { 'zh-CN': '负责人电话', en: "Owner's mobile" },
  reason: { 'zh-CN': '查看原因', en: 'Reason' },
  fields: { 'zh-CN': '查看项', en: 'Fields' },
  locale: { 'zh-CN': '语言', en: 'Language' },
  elderMode: { 'zh-CN': '长辈模式', en: 'Elder mode' },
  page: { 'zh-CN': '页码', en: 'Page' },
  pageSize: { 'zh-CN': '每页条数', en: 'Page size' },
  q: { 'zh-CN': '搜索词', en: 'Search' },
  id: { 'zh-CN': '编号', en: 'ID' },
  from: { 'zh-CN': '开始时间', en: 'From' },
  to: { 'zh-CN': '结束时间', en: 'To' },
  consent: { 'zh-CN': '同意书', en: 'Consent' },
  displayName: { 'zh-CN': '姓名', en: 'Name' },
  role: { 'zh-CN': '角色', en: 'Role' },
  areaIds: { 'zh-CN': '服务区域', en: 'Areas served' },
  stationId: { 'zh-CN': '所属驿站', en: 'Station' },
  institutionId: { 'zh-CN': '所属机构', en: 'Institution' },
  parentId: { 'zh-CN': '上级区域', en: 'Parent area' },
  level: { 'zh-CN': '区域级别', en: 'Level' },
  lat: { 'zh-CN': '纬度', en: 'Latitude' },
  lng: { 'zh-CN': '经度', en: 'Longitude' },
  totp: { 'zh-CN': '动态码', en: 'Authenticator code' },
  staffTotpRequired: { 'zh-CN': '工作人员必须使用双因素认证', en: 'Two-factor sign-in required for staff' },
  labelsConsent: { 'zh-CN': '标签使用同意', en: 'Consent to use labels' },
  establishedOn: { 'zh-CN': '成立日期', en: 'Established on' },
  verified: { 'zh-CN': '认证状态', en: 'Verified' },
  file: { 'zh-CN': '文件', en: 'File' },
  value: { 'zh-CN': '设置值', en: 'Value' },
  key: { 'zh-CN': '设置项', en: 'Setting' },

  // ── piecework ──
  address: { 'zh-CN': '地址', en: 'Address' },
  areaSqm: { 'zh-CN': '面积（平方米）', en: 'Floor area (m²)' },
  industry: { 'zh-CN': '行业', en: 'Industry' },
  workstations: { 'zh-CN': '工位数', en: 'Workstations' },
  openingHours: { 'zh-CN': '营业时间', en: 'Opening hours' },
  status: { 'zh-CN': '状态', en: 'Status' },
  enterpriseId: { 'zh-CN': '所属单位', en: 'Enterprise' },
  venueId: { 'zh-CN': '场地', en: 'Venue' },
  unit: { 'zh-CN': '计量单位', en: 'Unit' },
  rate: { 'zh-CN': '计件单价', en: 'Piece rate' },
  effectiveFrom: { 'zh-CN': '生效日期', en: 'Effective from' },
  workerId: { 'zh-CN': '工人', en: 'Worker' },
  productId: { 'zh-CN': '产品', en: 'Product' },
  workDate: { 'zh-CN': '工作日期', en: 'Work date' },
  quantity: { 'zh-CN': '数量', en: 'Quantity' },
  reversesId: { 'zh-CN': '冲正的记录', en: 'Record reversed' },
  clientKey: { 'zh-CN': '提交编号', en: 'Submission key' },
  records: { 'zh-CN': '计件记录', en: 'Piece records' },
  payMethod: { 'zh-CN': '支付方式', en: 'Payment method' },
  payReference: { 'zh-CN': '支付凭证号', en: 'Payment reference' },
  disputeReason: { 'zh-CN': '异议原因', en: 'Reason for dispute' },
  resolutionNote: { 'zh-CN': '处理说明', en: 'Resolution' },
  factoryId: { 'zh-CN': '微工厂', en: 'Micro-factory' },
  kind: { 'zh-CN': '打卡类型', en: 'Step' },
  inviteCode: { 'zh-CN': '邀请码', en: 'Invite code' },
  month: { 'zh-CN': '月份', en: 'Month' },
  date: { 'zh-CN': '日期', en: 'Date' },
  // ── end piecework ──

  // ── jobs ──
  skills: { 'zh-CN': '技能', en: 'Skills' },
  jobTypes: { 'zh-CN': '期望岗位类型', en: 'Job types wanted' },
  minPayFen: { 'zh-CN': '最低期望工资', en: 'Minimum pay' },
  minPayUnit: { 'zh-CN': '工资单位', en: 'Pay unit' },
  windows: { 'zh-CN': '时间段', en: 'Time windows' },
  days: { 'zh-CN': '星期', en: 'Weekdays' },
  schoolHoursPreset: { 'zh-CN': '接送孩子时间', en: 'School hours' },
  homeAreaId: { 'zh-CN': '居住小区', en: 'Home compound' },
  maxWalkMinutes: { 'zh-CN': '最长步行时间', en: 'Longest walk' },
  discoverable: { 'zh-CN': '允许用人单位找到我', en: 'Employers may find me' },
  title: { 'zh-CN': '岗位名称', en: 'Job title' },
  category: { 'zh-CN': '岗位类别', en: 'Category' },
  payMinFen: { 'zh-CN': '最低工资', en: 'Lowest pay' },
  payMaxFen: { 'zh-CN': '最高工资', en: 'Highest pay' },
  payUnit: { 'zh-CN': '工资单位', en: 'Pay unit' },
  flexible: { 'zh-CN': '弹性时间', en: 'Flexible hours' },
  workAreaId: { 'zh-CN': '工作地点', en: 'Workplace' },
  headcount: { 'zh-CN': '招聘人数', en: 'Openings' },
  requirements: { 'zh-CN': '岗位要求', en: 'Requirements' },
  description: { 'zh-CN': '岗位介绍', en: 'Description' },
  contract: { 'zh-CN': '签订劳动合同', en: 'Labour contract' },
  socialInsurance: { 'zh-CN': '缴纳社会保险', en: 'Social insurance' },
  validUntil: { 'zh-CN': '有效期至', en: 'Valid until' },
  residentId: { 'zh-CN': '求职者', en: 'Candidate' },
  startDate: { 'zh-CN': '入职日期', en: 'Start date' },
  place: { 'zh-CN': '地点', en: 'Place' },
  at: { 'zh-CN': '时间', en: 'Time' },
  body: { 'zh-CN': '消息内容', en: 'Message' },
  witness: { 'zh-CN': '见证人', en: 'Witness' },
  consentMethod: { 'zh-CN': '同意方式', en: 'How consent was given' },
  postId: { 'zh-CN': '岗位', en: 'Post' },
  note: { 'zh-CN': '说明', en: 'Note' },
  // ── end jobs ──

  // ── benefits ──
  // ── end benefits ──
};

/** Problem words keyed by our own issue codes (see schemas.ts) and zod's. */
export const PROBLEMS: Record<string, Record<Locale, string>> = {
  required: { 'zh-CN': '必填', en: 'is required' },
  invalid: { 'zh-CN': '格式不正确', en: 'is not valid' },
  too_short: { 'zh-CN': '太短', en: 'is too short' },
  too_long: { 'zh-CN': '太长', en: 'is too long' },
  too_small: { 'zh-CN': '太小', en: 'is too small' },
  too_big: { 'zh-CN': '太大', en: 'is too large' },
  not_option: { 'zh-CN': '不是可选的值', en: 'is not one of the choices' },
  unknown_field: { 'zh-CN': '不是可接受的字段', en: 'is not an accepted field' },
  id_length: { 'zh-CN': '应为18位', en: 'must be 18 characters' },
  id_format: { 'zh-CN': '只能是17位数字加数字或X', en: 'must be 17 digits and a digit or X' },
  id_birth_date: { 'zh-CN': '出生日期不存在', en: 'contains an impossible date of birth' },
  id_checksum: { 'zh-CN': '校验位不正确', en: 'has a wrong check character' },
  credit_length: { 'zh-CN': '应为18位', en: 'must be 18 characters' },
  credit_format: { 'zh-CN': '含有不允许的字符', en: 'contains characters that are not allowed' },
  credit_checksum: { 'zh-CN': '校验位不正确', en: 'has a wrong check character' },
  mobile_format: { 'zh-CN': '应为11位手机号码', en: 'must be an 11-digit mainland mobile number' },
  sms_code_format: { 'zh-CN': '应为6位数字', en: 'must be 6 digits' },
  date_format: { 'zh-CN': '应为 年-月-日', en: 'must be YYYY-MM-DD' },
  not_in_scope: { 'zh-CN': '不在您的服务范围内', en: 'is outside the areas you serve' },
  not_compound: { 'zh-CN': '请选择一个小区或社区', en: 'must be a compound or a community' },
  consent_required: { 'zh-CN': '需要您同意后才能保存', en: 'needs your consent before it is saved' },
  labels_staff_only: { 'zh-CN': '只能由工作人员设置', en: 'can only be set by staff' },
  password_weak: { 'zh-CN': '需同时包含字母和数字', en: 'must contain letters and digits' },
  username_format: { 'zh-CN': '应为3-32位小写字母、数字或 _ . -，以字母开头', en: 'must be 3–32 lower-case letters, digits or _ . -, starting with a letter' },
  level_not_allowed: { 'zh-CN': '不能设在该上级区域之下', en: 'cannot sit under that parent area' },
  scope_required: { 'zh-CN': '请为该角色选择服务区域', en: 'is needed for this role' },
  station_required: { 'zh-CN': '驿站工作人员需要指定驿站', en: 'is needed for a station agent' },
  institution_required: { 'zh-CN': '担保或银行人员需要指定机构', en: 'is needed for a lender' },
  file_empty: { 'zh-CN': '文件是空的', en: 'is empty' },
  file_too_large: { 'zh-CN': '不能超过10MB', en: 'must be 10 MB or smaller' },
  file_type: { 'zh-CN': '只能上传PDF、JPG或PNG文件', en: 'must be a PDF, JPEG or PNG file' },
  // ── piecework ──
  rate_format: { 'zh-CN': '应为大于0的金额（元），最多4位小数', en: 'must be an amount in yuan above 0 with at most 4 decimals' },
  month_format: { 'zh-CN': '应为 年-月', en: 'must be YYYY-MM' },
  client_key_format: { 'zh-CN': '应为UUID', en: 'must be a UUID' },
  invite_format: { 'zh-CN': '邀请码不正确', en: 'is not a valid invite code' },
  no_rate_on_date: { 'zh-CN': '该日期还没有生效的计件单价', en: 'has no piece rate in force on that date' },
  not_of_factory: { 'zh-CN': '不属于该微工厂', en: 'does not belong to this micro-factory' },
  not_member: { 'zh-CN': '您不是该主体的成员', en: 'is not an enterprise you act for' },
  not_micro_factory: { 'zh-CN': '不是微工厂类型的主体', en: 'is not a micro-factory enterprise' },
  future_date: { 'zh-CN': '不能是将来的日期', en: 'cannot be in the future' },
  rate_exists: { 'zh-CN': '该日期已有单价', en: 'already has a rate from that date' },
  // ── end piecework ──

  // ── jobs ──
  asks_fee: { 'zh-CN': '不得向求职者收取押金、培训费、服装费等任何费用', en: 'must not ask job seekers for a deposit or any fee' },
  not_workplace: { 'zh-CN': '请选择社区、小区或园区等具体地点', en: 'must be a community, compound or site' },
  in_past: { 'zh-CN': '不能早于今天', en: 'cannot be before today' },
  half_hour: { 'zh-CN': '应为整点或半点，如 08:30', en: 'must be on the hour or half hour, e.g. 08:30' },
  window_order: { 'zh-CN': '结束时间应晚于开始时间', en: 'must be after the start' },
  window_days: { 'zh-CN': '请至少选择一天', en: 'needs at least one day' },
  pay_range: { 'zh-CN': '不能低于最低工资', en: 'cannot be below the lowest pay' },
  windows_required: { 'zh-CN': '固定时间的岗位请填写工作时间段', en: 'are needed unless the hours are flexible' },
  pay_unit_required: { 'zh-CN': '请同时填写工资和单位', en: 'goes together with the pay' },
  not_discoverable: { 'zh-CN': '该求职者未开放被用人单位查找', en: 'has not chosen to be found by employers' },
  // ── end jobs ──

  // ── benefits ──
  // ── end benefits ──

  login_shape: { 'zh-CN': '请填写手机号和验证码，或用户名和密码', en: 'give a mobile number and code, or a username and password' },
};

export function fieldLabel(path: readonly PropertyKey[], locale: Locale): string {
  const named = [...path].reverse().find((p): p is string => typeof p === 'string');
  if (!named) return locale === 'zh-CN' ? '请求' : 'Request';
  return FIELD_LABELS[named]?.[locale] ?? named;
}

export function problemText(key: string, locale: Locale): string {
  return PROBLEMS[key]?.[locale] ?? PROBLEMS.invalid![locale];
}
