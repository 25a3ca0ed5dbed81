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
  ALREADY_RATED: { status: 409, 'zh-CN': '您已评价过这次服务', en: 'You have already rated this service' },
  NOT_RATABLE_YET: {
    status: 409,
    'zh-CN': '服务完成后才能评价',
    en: 'A service can be rated once it has been given',
  },
  CONSENT_REQUIRED: {
    status: 400,
    'zh-CN': '代办预约须取得居民同意',
    en: 'Booking for a resident needs their consent',
  },
} as const satisfies ErrorPart;
