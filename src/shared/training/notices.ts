/**
 * Training: what its notices say in each language, joined by server/platform/notice-texts.ts, and
 * its SMS, joined by server/platform/sms.ts (texts only: the server renders them).
 */
import type { NoticePart, SmsPart } from '../parts';

export const TRAINING_NOTICES = {
  'training.waitlist.promoted': {
    'zh-CN': ['候补转正：{course}', '“{course}”空出一个名额，您已由候补转为正式学员，请按课程安排参加培训。'],
    en: ['You have a seat: {course}', 'A seat on “{course}” came free and is yours: please attend its sessions.'],
  },
} as const satisfies NoticePart;

export const TRAINING_SMS = {
  training_promoted: (p: Record<string, string>) =>
    `【社区微业】${p.name}您好，您报名的“${p.course}”已由候补转为正式学员，请按课程安排参加培训。`,
} as const satisfies SmsPart;
