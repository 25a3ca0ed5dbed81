/**
 * Benefits (政策: policies, applications, campaigns): what its notices say in each language, joined by server/platform/notice-texts.ts
 * (texts only: the server renders them; the web never imports this file).
 */
import type { NoticePart, SmsPart } from '../parts';

export const BENEFITS_NOTICES = {
  'benefits.application': { 'zh-CN': ['{policy}：{status}', ''], en: ['{policy}: {status}', ''] },
  'benefits.review.community': {
    'zh-CN': ['待审核：{subject} 申请 {policy}', ''],
    en: ['To review: {subject} applies for {policy}', ''],
  },
  'benefits.review.street': {
    'zh-CN': ['待街道审核：{subject} 申请 {policy}', ''],
    en: ['For street review: {subject} applies for {policy}', ''],
  },
  'benefits.batch.review': {
    'zh-CN': ['待确认发放：{policy}，{count}人（免申即享）', '请核对名单，可排除并注明理由，确认后发放'],
    en: [
      'To confirm: {policy}, {count} recipients (no application)',
      'Check the list, leave people out with a reason, then confirm',
    ],
  },
  'benefits.award': {
    'zh-CN': ['{policy}：{amount}元已为您发放（免申即享）', ''],
    en: ['{policy}: ¥{amount} has been paid to you, no application needed', ''],
  },
  'benefits.outreach': {
    'zh-CN': ['您可能符合“{policy}”', '{summary}'],
    en: ['You may qualify for “{policy}”', '{summary}'],
  },
  'benefits.tasks': {
    'zh-CN': ['政策找人：{policy}，{count}项入户任务', ''],
    en: ['Policy outreach: {policy}, {count} home visits', ''],
  },
  'benefits.suggestion.person': {
    'zh-CN': ['您可申请“{policy}”', '{reason}'],
    en: ['You can apply for “{policy}”', '{reason}'],
  },
  'benefits.suggestion.enterprise': {
    'zh-CN': ['{enterprise}可申请“{policy}”', '{reason}'],
    en: ['{enterprise} can apply for “{policy}”', '{reason}'],
  },
} as const satisfies NoticePart;

/** Texts sent by SMS, joined by server/platform/sms.ts. */
export const BENEFITS_SMS = {
  benefit_outreach: (p: Record<string, string>) =>
    `【社区微业】${p.name}您好，您可能符合“${p.policy}”政策，可在社区微业“政策找人”查看并申请，或咨询${p.community}。`,
  benefit_award: (p: Record<string, string>) =>
    `【社区微业】${p.name}您好，“${p.policy}”${p.amount}元已为您办理发放（免申即享），详情请在社区微业查看。`,
} as const satisfies SmsPart;
