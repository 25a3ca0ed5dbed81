/**
 * Human names of fields and the words for each kind of problem, so a bad
 * input is answered with "身份证号码：校验位不正确" rather than a path.
 */
import { BENEFITS_FIELD_LABELS, BENEFITS_PROBLEMS } from './benefits/fields';
import { DASHBOARD_FIELD_LABELS, DASHBOARD_PROBLEMS } from './dashboard/fields';
import type { Locale } from './errors';
import { IMPORTS_FIELD_LABELS, IMPORTS_PROBLEMS } from './imports/fields';
import { JOBS_FIELD_LABELS, JOBS_PROBLEMS } from './jobs/fields';
import { LOANS_FIELD_LABELS, LOANS_PROBLEMS } from './loans/fields';
import { mergeParts, type WordsPart } from './parts';
import { PIECEWORK_FIELD_LABELS, PIECEWORK_PROBLEMS } from './piecework/fields';
import { STATIONS_FIELD_LABELS, STATIONS_PROBLEMS } from './stations/fields';
import { SHARING_FIELD_LABELS, SHARING_PROBLEMS } from './sharing/fields';
import { TRAINING_FIELD_LABELS, TRAINING_PROBLEMS } from './training/fields';
import { ORGANISATIONS_FIELD_LABELS, ORGANISATIONS_PROBLEMS } from './organisations/fields';

const PLATFORM_FIELD_LABELS = {
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
  actor: { 'zh-CN': '操作人', en: 'Actor' },
  ownerName: { 'zh-CN': '负责人', en: 'Owner' },
  ownerPhone: { 'zh-CN': '负责人电话', en: "Owner's mobile" },
  reason: { 'zh-CN': '原因', en: 'Reason' },
  fields: { 'zh-CN': '调阅项', en: 'Fields' },
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
} as const satisfies WordsPart;

/** The label of each field by its name, the platform's and each domain's (src/shared/<domain>/fields.ts). */
export const FIELD_LABELS: WordsPart = mergeParts('FIELD_LABELS', [
  PLATFORM_FIELD_LABELS,
  PIECEWORK_FIELD_LABELS,
  JOBS_FIELD_LABELS,
  BENEFITS_FIELD_LABELS,
  DASHBOARD_FIELD_LABELS,
  LOANS_FIELD_LABELS,
  STATIONS_FIELD_LABELS,
  SHARING_FIELD_LABELS,
  IMPORTS_FIELD_LABELS,
  TRAINING_FIELD_LABELS,
  ORGANISATIONS_FIELD_LABELS,
]);

/** Problem words keyed by our own issue codes (see schemas.ts) and zod's. */
const PLATFORM_PROBLEMS = {
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
  id_birth_date: { 'zh-CN': '中的出生日期不存在', en: 'contains an impossible date of birth' },
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
  username_format: {
    'zh-CN': '应为3-32位小写字母、数字或 _ . -，以字母开头',
    en: 'must be 3–32 lower-case letters, digits or _ . -, starting with a letter',
  },
  level_not_allowed: { 'zh-CN': '不能设在该上级区域之下', en: 'cannot sit under that parent area' },
  scope_required: { 'zh-CN': '请为该角色选择服务区域', en: 'is needed for this role' },
  station_required: { 'zh-CN': '须为驿站工作人员指定', en: 'is needed for a station agent' },
  institution_required: { 'zh-CN': '担保或银行人员需要指定机构', en: 'is needed for a lender' },
  file_empty: { 'zh-CN': '是空的', en: 'is empty' },
  file_too_large: { 'zh-CN': '不能超过10MB', en: 'must be 10 MB or smaller' },
  file_type: { 'zh-CN': '只能上传PDF、JPG或PNG文件', en: 'must be a PDF, JPEG or PNG file' },
  nul_character: { 'zh-CN': '含有不允许的空字符', en: 'contains a NUL character, which is not allowed' },
  broken_text: { 'zh-CN': '含有无法识别的字符', en: 'contains characters that cannot be read' },
  too_deep: { 'zh-CN': '嵌套层级过多', en: 'is nested too deeply' },
  date_impossible: { 'zh-CN': '不是存在的日期', en: 'is not a date of the calendar' },
  date_out_of_range: { 'zh-CN': '应在1900年至2099年之间', en: 'must be between 1900 and 2099' },

  login_shape: {
    'zh-CN': '请填写手机号和验证码，或用户名和密码',
    en: 'give a mobile number and code, or a username and password',
  },
} as const satisfies WordsPart;

export const PROBLEMS: WordsPart = mergeParts('PROBLEMS', [
  PLATFORM_PROBLEMS,
  PIECEWORK_PROBLEMS,
  JOBS_PROBLEMS,
  BENEFITS_PROBLEMS,
  DASHBOARD_PROBLEMS,
  LOANS_PROBLEMS,
  STATIONS_PROBLEMS,
  SHARING_PROBLEMS,
  IMPORTS_PROBLEMS,
  TRAINING_PROBLEMS,
  ORGANISATIONS_PROBLEMS,
]);

export function fieldLabel(path: readonly PropertyKey[], locale: Locale): string {
  const named = [...path].reverse().find((p): p is string => typeof p === 'string');
  if (!named) return locale === 'zh-CN' ? '请求' : 'Request';
  return FIELD_LABELS[named]?.[locale] ?? named;
}

export function problemText(key: string, locale: Locale): string {
  return PROBLEMS[key]?.[locale] ?? PROBLEMS.invalid![locale];
}
