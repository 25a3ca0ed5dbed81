/** Guarantee loans (创业担保贷款): its field labels and problem words, joined by ../fields.ts. */
import type { WordsPart } from '../parts';

export const LOANS_FIELD_LABELS = {
  productCode: { 'zh-CN': '贷款产品', en: 'Loan product' },
  termMonths: { 'zh-CN': '贷款期限', en: 'Term' },
  // One label for every `purpose` field: a loan's use and what a station appointment is about.
  purpose: { 'zh-CN': '用途', en: 'Purpose' },
  jobsPromised: { 'zh-CN': '带动就业人数', en: 'Jobs it will create' },
  jobsCreated: { 'zh-CN': '实际带动就业人数', en: 'Jobs created' },
  guaranteeMode: { 'zh-CN': '担保方式', en: 'Guarantee mode' },
  shareConsent: { 'zh-CN': '信息共享授权', en: 'Consent to share' },
  rateBp: { 'zh-CN': '贷款利率', en: 'Interest rate' },
  interestFrequency: { 'zh-CN': '付息方式', en: 'Interest payments' },
  principalMode: { 'zh-CN': '还本方式', en: 'Principal repayment' },
  disbursedOn: { 'zh-CN': '放款日期', en: 'Disbursed on' },
  maxAmountFen: { 'zh-CN': '最高额度', en: 'Maximum amount' },
  maxTermMonths: { 'zh-CN': '最长期限', en: 'Longest term' },
  workingDays: { 'zh-CN': '目标工作日', en: 'Target working days' },
  loanId: { 'zh-CN': '贷款编号', en: 'Loan number' },
  periodNo: { 'zh-CN': '期次', en: 'Period' },
  paidOn: { 'zh-CN': '还款日期', en: 'Paid on' },
  reference: { 'zh-CN': '银行流水号', en: 'Bank reference' },
  quarter: { 'zh-CN': '季度', en: 'Quarter' },
} as const satisfies WordsPart;

export const LOANS_PROBLEMS = {
  future: { 'zh-CN': '不能晚于今天', en: 'cannot be after today' },
  loan_not_found: { 'zh-CN': '不存在', en: 'does not exist' },
  period_not_found: { 'zh-CN': '不在该笔贷款的还款计划中', en: "is not in the loan's schedule" },
  period_paid: { 'zh-CN': '该期已还清', en: 'is paid in full already' },
  before_disbursement: { 'zh-CN': '早于放款日期', en: 'is before the disbursement' },
  over_due: { 'zh-CN': '超过该期尚未归还的金额', en: 'is more than the period still owes' },
  not_amount: { 'zh-CN': '应为大于0、最多两位小数的金额', en: 'must be an amount above 0 with at most two decimals' },
  not_date: { 'zh-CN': '应为日期（年-月-日）', en: 'must be a date (YYYY-MM-DD)' },
  reference_used: { 'zh-CN': '已用于该笔贷款的另一笔还款', en: 'is used by another repayment of this loan' },
  repeated_in_file: { 'zh-CN': '在文件中重复', en: 'appears twice in the file' },
  quarter_not_ended: {
    'zh-CN': '尚未结束，季度结束后才能计算贴息',
    en: 'has not ended; 贴息 is recorded after it ends',
  },
  not_xlsx: { 'zh-CN': '应为Excel文件（.xlsx）', en: 'must be an Excel file (.xlsx)' },
  column_missing: { 'zh-CN': '列缺失，请使用导入模板', en: 'column is missing; use the template' },
  too_many_rows: { 'zh-CN': '行数过多，一次最多导入5000行', en: 'has too many rows; at most 5,000 at a time' },
  jobs_too_early: {
    'zh-CN': '须在贷款结清或放款满一年后登记',
    en: 'can be recorded once the loan is settled or a year after disbursement',
  },
} as const satisfies WordsPart;
