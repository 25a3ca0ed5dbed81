/** The words for a loan's stages and holders in each language: notices, errors and the screens say them alike. */
import type { Words } from '../parts';
import type { LoanStatus } from './enums';
import type { LoanHolder } from './workflow';

export const LOAN_STATUS_WORDS: Record<LoanStatus, Words> = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  submitted: { 'zh-CN': '已提交，待驿站受理', en: 'Submitted, awaiting the station' },
  station_review: { 'zh-CN': '驿站审核', en: 'Station review' },
  street_review: { 'zh-CN': '街道人社审核', en: 'Street (HR) review' },
  guarantee_review: { 'zh-CN': '担保机构审核', en: 'Guarantee review' },
  bank_review: { 'zh-CN': '银行审批', en: 'Bank review' },
  bank_approved: { 'zh-CN': '银行已批准，待放款', en: 'Approved by the bank, awaiting disbursement' },
  repaying: { 'zh-CN': '已放款，还款中', en: 'Disbursed, repaying' },
  overdue: { 'zh-CN': '逾期', en: 'Overdue' },
  settled: { 'zh-CN': '已结清', en: 'Settled' },
  returned: { 'zh-CN': '退回补充材料', en: 'Returned for materials' },
  rejected: { 'zh-CN': '未通过', en: 'Rejected' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
};

export const LOAN_HOLDER_WORDS: Record<LoanHolder, Words> = {
  applicant: { 'zh-CN': '申请人', en: 'The applicant' },
  station: { 'zh-CN': '创贷驿站', en: 'The loan station' },
  street: { 'zh-CN': '街道人社中心', en: 'The street HR centre' },
  guarantee: { 'zh-CN': '担保机构', en: 'The guarantee institution' },
  bank: { 'zh-CN': '合作银行', en: 'The bank' },
  nobody: { 'zh-CN': '—', en: '—' },
};
