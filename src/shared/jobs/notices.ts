/**
 * Jobs (就业: posts, profiles, applications, trust): what its notices say in each language, joined by server/platform/notice-texts.ts
 * (texts only: the server renders them; the web never imports this file).
 */
import type { NoticePart, SmsPart } from '../parts';

export const JOBS_NOTICES = {
  'jobs.review.post': { 'zh-CN': ['待审核岗位：{post}', ''], en: ['Post to review: {post}', ''] },
  'jobs.review.mother': {
    'zh-CN': ['妈妈岗认证申请：{post}', ''],
    en: ['Mother-friendly certification requested: {post}', ''],
  },
  'jobs.post.approved': { 'zh-CN': ['岗位已通过审核：{post}', '{note}'], en: ['Post approved: {post}', '{note}'] },
  'jobs.post.refused': { 'zh-CN': ['岗位未通过审核：{post}', '{note}'], en: ['Post not approved: {post}', '{note}'] },
  'jobs.post.certified': {
    'zh-CN': ['妈妈岗认证通过：{post}', '{note}'],
    en: ['Certified mother-friendly: {post}', '{note}'],
  },
  'jobs.post.not_certified': {
    'zh-CN': ['妈妈岗认证未通过：{post}', '{note}'],
    en: ['Mother-friendly certification refused: {post}', '{note}'],
  },
  'jobs.post.taken_down': { 'zh-CN': ['岗位已被下架：{post}', '{note}'], en: ['Post taken down: {post}', '{note}'] },
  'jobs.employer.blacklisted': {
    'zh-CN': ['{employer}已被列入黑名单', '{count}个在招或待审核的岗位已下架。原因：{reason}'],
    en: [
      '{employer} has been put on the black list',
      '{count} open or pending posts were taken down. Reason: {reason}',
    ],
  },
  'jobs.report': { 'zh-CN': ['岗位被举报：{post}', ''], en: ['Post reported: {post}', ''] },
  'jobs.application.new': { 'zh-CN': ['新的求职申请：{post}', ''], en: ['New application: {post}', ''] },
  'jobs.application.assisted': {
    'zh-CN': ['{officer}已为您代办申请：{post}', ''],
    en: ['{officer} applied for you: {post}', ''],
  },
  'jobs.application.withdrawn': {
    'zh-CN': ['求职者已撤回申请：{post}', ''],
    en: ['The applicant withdrew: {post}', ''],
  },
  'jobs.application.accepted': {
    'zh-CN': ['求职者已接受邀请：{post}', ''],
    en: ['The applicant accepted your invitation: {post}', ''],
  },
  'jobs.application.invited': {
    'zh-CN': ['您收到了{employer}的邀请：{post}', ''],
    en: ['{employer} has invited you: {post}', ''],
  },
  'jobs.application.hired': {
    'zh-CN': ['恭喜！{employer}已录用您：{post}', ''],
    en: ['Congratulations! {employer} has hired you: {post}', ''],
  },
  'jobs.application.rejected': {
    'zh-CN': ['{employer}暂未录用您：{post}', ''],
    en: ['{employer} has not hired you this time: {post}', ''],
  },
  'jobs.application.invitation': {
    'zh-CN': ['{employer}邀请您：{post}', ''],
    en: ['{employer} invites you: {post}', ''],
  },
  'jobs.message': { 'zh-CN': ['新消息：{post}', ''], en: ['New message: {post}', ''] },
} as const satisfies NoticePart;

/** Texts sent by SMS, joined by server/platform/sms.ts. */
export const JOBS_SMS = {
  /** To a resident without the app (often one helped by 代办): what happened to their application. */
  jobs_application_update: (p: Record<string, string>) =>
    `【社区微业】${p.name}您好，${p.text}。详情请咨询社区就业服务专员。`,
} as const satisfies SmsPart;
