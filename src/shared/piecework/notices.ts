/**
 * Piecework (计件, 微工厂, 日结): what its notices say in each language, joined by server/platform/notice-texts.ts
 * (texts only: the server renders them; the web never imports this file).
 */
import type { NoticePart } from '../parts';

export const PIECEWORK_NOTICES = {
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
} as const satisfies NoticePart;
