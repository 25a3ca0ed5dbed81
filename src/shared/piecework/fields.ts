/** Piecework (计件, 微工厂, 日结): its field labels and problem words, joined by ../fields.ts. */
import type { WordsPart } from '../parts';

export const PIECEWORK_FIELD_LABELS = {
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
  kind: { 'zh-CN': '类型', en: 'Kind' },
  inviteCode: { 'zh-CN': '邀请码', en: 'Invite code' },
  month: { 'zh-CN': '月份', en: 'Month' },
  date: { 'zh-CN': '日期', en: 'Date' },
} as const satisfies WordsPart;

export const PIECEWORK_PROBLEMS = {
  rate_format: {
    'zh-CN': '应为大于0的金额（元），最多4位小数',
    en: 'must be an amount in yuan above 0 with at most 4 decimals',
  },
  month_format: { 'zh-CN': '应为 年-月', en: 'must be YYYY-MM' },
  client_key_format: { 'zh-CN': '应为UUID', en: 'must be a UUID' },
  invite_format: { 'zh-CN': '不正确', en: 'is not a valid invite code' },
  no_rate_on_date: { 'zh-CN': '该日期还没有生效的计件单价', en: 'has no piece rate in force on that date' },
  not_of_factory: { 'zh-CN': '不属于该微工厂', en: 'does not belong to this micro-factory' },
  not_member: { 'zh-CN': '您不是该主体的成员', en: 'is not an enterprise you act for' },
  not_micro_factory: { 'zh-CN': '不是微工厂类型的主体', en: 'is not a micro-factory enterprise' },
  future_date: { 'zh-CN': '不能是将来的日期', en: 'cannot be in the future' },
  before_factory_opened: {
    'zh-CN': '不能早于微工厂在平台登记的日期',
    en: 'cannot be before the micro-factory was registered',
  },
  before_2000: { 'zh-CN': '不能早于2000年1月1日', en: 'cannot be before 1 January 2000' },
  rate_exists: { 'zh-CN': '该日期已有单价', en: 'already has a rate from that date' },
  venue_not_idle: {
    'zh-CN': '该场地已有人使用或已匹配，请选其他场地',
    en: 'is already matched or in use; pick another venue',
  },
} as const satisfies WordsPart;
