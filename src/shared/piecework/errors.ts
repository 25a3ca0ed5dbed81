/** Piecework (计件, 微工厂, 日结): its errors, joined into ERRORS by ../errors.ts. */
import type { ErrorPart } from '../parts';

export const PIECEWORK_ERRORS = {
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
} as const satisfies ErrorPart;
