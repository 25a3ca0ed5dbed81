/** Training (培训微技能): its closed lists, re-exported by ../enums.ts (free of zod, like it). */
/** 创业培训 SYB, 育婴员, 电商直播, 缝纫工, or another course. */
export const COURSE_KINDS = ['entrepreneurship', 'childcare', 'ecommerce_live', 'sewing', 'other'] as const;
/** A basic course (基础培训) or a skill course that ends in a skill certificate (技能培训). */
export const COURSE_LEVELS = ['basic', 'skill'] as const;
export const ENROLMENT_STATUSES = ['enrolled', 'waitlisted', 'cancelled'] as const;
export const ASSESSMENT_RESULTS = ['passed', 'failed'] as const;
