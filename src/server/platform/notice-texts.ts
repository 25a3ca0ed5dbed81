/**
 * What each notice says, in each language, in one table (as ERRORS is for
 * errors). A notice is stored with its template and parameters, and its title
 * and body are written in the reader's language when the inbox is read, so an
 * officer who reads in English gets English titles for alerts raised before
 * she switched. `{name}` is replaced by the parameter; a parameter may itself
 * be a word in both languages (a status). Names, titles and notes that people
 * typed are parameters, shown as typed.
 */
import { fillPlaceholders, type Locale } from '../../shared/errors';

type Texts = Readonly<Record<Locale, readonly [title: string, body: string]>>;

export const NOTICE_TEXTS = {
  // ── piecework ──
  'piecework.paid': {
    'zh-CN': ['{factory} {date} 工资已支付', '请在“计件工资”中核对并确认收款'],
    en: ['{factory}: your pay for {date} has been paid', 'Check it under Piecework pay and confirm you received it'],
  },
  'piecework.dispute': {
    'zh-CN': ['{worker} 对 {date} 的工资有异议', '{reason}'],
    en: ['{worker} disputes the pay for {date}', '{reason}'],
  },
  'piecework.arrears.staff': {
    'zh-CN': ['欠薪预警：{factory} {date} 工资未支付', '应付 {amount} 元，已逾期 {days} 天'],
    en: ['Unpaid wages: {factory} has not paid for {date}', '¥{amount} due, {days} days overdue'],
  },
  'piecework.arrears.owner': {
    'zh-CN': ['{date} 的工资尚未支付', '应付 {amount} 元，请尽快支付'],
    en: ['The pay for {date} is still unpaid', '¥{amount} due; please pay it soon'],
  },
  'piecework.wage_floor': {
    'zh-CN': ['{factory} {date} 有 {count} 人时薪低于最低小时工资', ''],
    en: ['{factory} {date}: {count} earned less than the minimum hourly wage', ''],
  },
  // ── end piecework ──

  // ── jobs ──
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
  // ── end jobs ──

  // ── benefits ──
  'benefits.application': { 'zh-CN': ['{policy}：{status}', ''], en: ['{policy}: {status}', ''] },
  'benefits.review.community': {
    'zh-CN': ['待审核：{subject} 申请 {policy}', ''],
    en: ['To review: {subject} applies for {policy}', ''],
  },
  'benefits.review.street': {
    'zh-CN': ['待街道审核：{subject} 申请 {policy}', ''],
    en: ['For street review: {subject} applies for {policy}', ''],
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
  // ── end benefits ──
} as const satisfies Record<string, Texts>;

export type NoticeTemplate = keyof typeof NOTICE_TEXTS;

/** A parameter: a value shown as it is, or a word given in each language. */
export type NoticeParam = string | number | Readonly<Record<Locale, string>>;

/** What a notice says: its template and the values for its `{names}`. */
export interface NoticeText {
  template: NoticeTemplate;
  params: Readonly<Record<string, NoticeParam>>;
}

export function isNoticeTemplate(template: string): template is NoticeTemplate {
  return Object.hasOwn(NOTICE_TEXTS, template);
}

/** The title and body in the reader's language. */
export function renderNotice(text: NoticeText, locale: Locale): { title: string; body: string } {
  const [title, body] = NOTICE_TEXTS[text.template][locale];
  const valueOf = (name: string) => {
    const v = text.params[name];
    return typeof v === 'object' ? v[locale] : v;
  };
  return { title: fillPlaceholders(title, valueOf), body: fillPlaceholders(body, valueOf) };
}
