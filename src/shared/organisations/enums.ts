/** Organisations (扩充微组织): its closed lists, re-exported by ../enums.ts (free of zod, like it). */
/** 零工驿站, 创业联盟, 家政联盟, 志愿服务队, 党组织 (a party branch). */
export const ORGANISATION_KINDS = [
  'gig_station',
  'entrepreneur_alliance',
  'housekeeping_alliance',
  'volunteer_team',
  'party_branch',
] as const;
export const MEMBER_KINDS = ['resident', 'enterprise'] as const;
