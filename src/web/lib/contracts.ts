/**
 * The one seam between the web app and src/shared: every contract type and
 * enum the screens use comes through here, so the server and the web agree
 * by construction rather than by copy.
 */
import type { z } from 'zod';
import type { auditEvent, auditVerify } from '../../shared/schemas/audit';
import type { createEnterprise, updateEnterprise } from '../../shared/schemas/enterprises';
import type {
  createResident,
  revealResponse,
  updateOwnProfile,
  updateResident,
} from '../../shared/schemas/residents';

import { AREA_LEVELS, ENTERPRISE_TYPES, RESIDENT_LABELS, ROLES, type Role } from '../../shared/enums';

export { AREA_LEVELS, ENTERPRISE_TYPES, RESIDENT_LABELS, ROLES };
export type { Area } from '../../shared/schemas/areas';
export type { Me } from '../../shared/schemas/auth';
export type { Role };
export type { Enterprise } from '../../shared/schemas/enterprises';
export type { ResidentDetail, ResidentListItem } from '../../shared/schemas/residents';
export type { ErrorCode } from '../../shared/errors';
export { checkCreditCode, checkIdNumber, checkMobile, idNumberFacts } from '../../shared/validators';

export type Locale = 'zh-CN' | 'en';
export type AreaLevel = (typeof AREA_LEVELS)[number];
export type ResidentLabel = (typeof RESIDENT_LABELS)[number];
export type EnterpriseType = (typeof ENTERPRISE_TYPES)[number];
export type Gender = 'female' | 'male';
export type RevealField = 'phone' | 'idNumber';

export type AuditEvent = z.infer<typeof auditEvent>;
export type AuditVerifyResult = z.infer<typeof auditVerify>;
export type RevealResult = z.infer<typeof revealResponse>;
export type CreateResidentInput = z.input<typeof createResident>;
export type UpdateResidentInput = z.input<typeof updateResident>;
export type UpdateOwnProfileInput = z.input<typeof updateOwnProfile>;
export type CreateEnterpriseInput = z.input<typeof createEnterprise>;
export type UpdateEnterpriseInput = z.input<typeof updateEnterprise>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
