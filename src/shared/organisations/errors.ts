/** Organisations and the rosters of 就业服务专员: their errors, joined into ERRORS by ../errors.ts. */
import type { ErrorPart } from '../parts';

export const ORGANISATIONS_ERRORS = {
  ORGANISATION_NAME_TAKEN: {
    status: 409,
    'zh-CN': '该区域已有同名组织',
    en: 'An organisation of that name is already registered in this area',
  },
  SPECIALIST_NOT_IN_COMMUNITY: {
    status: 409,
    'zh-CN': '该居民不住在这位专员服务的社区',
    en: 'This resident does not live in the community this specialist serves',
  },
} as const satisfies ErrorPart;
