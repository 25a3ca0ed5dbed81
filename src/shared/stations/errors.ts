/** Service stations and appointments: their errors, joined into ERRORS by ../errors.ts. */
import type { ErrorPart } from '../parts';

export const STATIONS_ERRORS = {
  SLOT_FULL: {
    status: 409,
    'zh-CN': '该时段已约满，请选择其他时段',
    en: 'This time is fully booked; please pick another',
  },
  SLOT_PAST: { status: 409, 'zh-CN': '该时段已过，不能预约', en: 'This time has passed and cannot be booked' },
  SLOT_SERVICE_NOT_OFFERED: {
    status: 409,
    'zh-CN': '该服务站不提供此项服务',
    en: 'This station does not offer this service',
  },
  SLOT_OUTSIDE_HOURS: {
    status: 409,
    'zh-CN': '该时段不在服务站开放时间内',
    en: 'This time is outside the station’s opening hours',
  },
  SLOT_EXISTS: { status: 409, 'zh-CN': '该服务在此时间已有时段', en: 'This service already has a slot at this time' },
  ALREADY_BOOKED: {
    status: 409,
    'zh-CN': '您已预约该时段',
    en: 'You have already booked this time',
  },
  APPOINTMENT_CUT_OFF: {
    status: 409,
    'zh-CN': '距开始不足 {hours} 小时，不能再取消或改约，请直接联系服务站',
    en: 'Less than {hours} hours before the start: it can no longer be cancelled or moved; please call the station',
  },
  APPOINTMENT_NOT_OPEN: {
    status: 409,
    'zh-CN': '该预约已取消、已签到或已结束',
    en: 'This appointment is cancelled, checked in or closed',
  },
  APPOINTMENT_NOT_CHECKED_IN: {
    status: 409,
    'zh-CN': '请先为居民签到，再填写服务记录',
    en: 'Check the resident in before writing the service record',
  },
  CHECK_IN_CODE_UNKNOWN: {
    status: 404,
    'zh-CN': '签到码不正确，或不是本站今天的预约',
    en: 'No booking of this station today has this check-in code',
  },
  NO_SHOW_TOO_EARLY: {
    status: 409,
    'zh-CN': '时段结束后才能标记为未到',
    en: 'An appointment is marked missed only after its time has ended',
  },
  ALREADY_RATED: {
    status: 409,
    'zh-CN': '您已评价过，每项只能评价一次',
    en: 'You have already rated this; each is rated once',
  },
  NOT_RATABLE_YET: {
    status: 409,
    'zh-CN': '服务完成、活动签到、申请有结果或培训结业后才能评价',
    en: 'It can be rated once the service is given, the event attended, the application decided or the training completed',
  },
  FOLLOW_UP_CLOSED: { status: 409, 'zh-CN': '该回访已完成', en: 'This follow-up is already closed' },
  CONSENT_REQUIRED: {
    status: 400,
    'zh-CN': '代办预约须取得居民同意',
    en: 'Booking for a resident needs their consent',
  },
  EVENT_CLOSED: {
    status: 409,
    'zh-CN': '活动已开始，不能再报名或取消',
    en: 'The event has started; registration and cancelling are closed',
  },
  EVENT_PAST: { status: 409, 'zh-CN': '活动时间已过', en: 'This event’s time has passed' },
  ALREADY_REGISTERED: { status: 409, 'zh-CN': '您已报名该活动', en: 'You have already registered for this event' },
  REGISTRATION_NOT_OPEN: {
    status: 409,
    'zh-CN': '该报名已取消、已失效或已签到',
    en: 'This registration is cancelled, lapsed or checked in',
  },
  OFFER_LAPSED: {
    status: 409,
    'zh-CN': '确认时间已过，名额已让给下一位',
    en: 'The time to confirm has passed; the seat went to the next person',
  },
  EVENT_NOT_TODAY: { status: 409, 'zh-CN': '只能在活动当天签到', en: 'Check-in is open on the event’s day only' },
  REGISTRATION_NO_SEAT: {
    status: 409,
    'zh-CN': '该居民尚无确认的名额（候补中或待确认），或已签到',
    en: 'This resident holds no confirmed seat (waiting or to confirm), or is already checked in',
  },
  QUEUE_EMPTY: { status: 409, 'zh-CN': '当前没有排队的人', en: 'Nobody is waiting' },
  TICKET_NOT_CALLED: {
    status: 409,
    'zh-CN': '请先叫号，再填写服务记录',
    en: 'Call the number before writing the service record',
  },
  BOOTHS_FULL: { status: 409, 'zh-CN': '展位已满', en: 'Every booth is taken' },
} as const satisfies ErrorPart;
