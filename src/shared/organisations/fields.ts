/** Organisations and rosters: their field labels and problem words, joined by ../fields.ts. */
import type { WordsPart } from '../parts';

export const ORGANISATIONS_FIELD_LABELS = {
  organisationName: { 'zh-CN': '组织名称', en: 'Organisation name' },
  introduction: { 'zh-CN': '组织简介', en: 'About' },
  serviceDuties: { 'zh-CN': '工作职责', en: 'Duties' },
  joinedOn: { 'zh-CN': '加入日期', en: 'Joined on' },
  userId: { 'zh-CN': '工作人员', en: 'Staff member' },
  heldOn: { 'zh-CN': '活动日期', en: 'Date' },
} as const satisfies WordsPart;

export const ORGANISATIONS_PROBLEMS = {
  member_one_of: { 'zh-CN': '请选择一位居民或一家企业（只选一项）', en: 'choose one resident or one enterprise' },
  specialist_not_staff: {
    'zh-CN': '应为服务该社区的社区干部或驿站工作人员',
    en: 'must be an officer or station agent serving the community',
  },
  not_a_community: { 'zh-CN': '应为一个社区', en: 'must be a community' },
} as const satisfies WordsPart;
