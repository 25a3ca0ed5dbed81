/**
 * The one seam between the web app and src/shared: every contract type and
 * enum the screens use comes through here, so the server and the web agree
 * by construction rather than by copy.
 */
import type { z } from 'zod';
import type { auditEvent, auditVerify } from '../../shared/schemas/audit';
import type { createArea, updateArea } from '../../shared/schemas/areas';
import type { securitySettings, totpSetupResponse } from '../../shared/schemas/auth';
import type { createEnterprise, updateEnterprise } from '../../shared/schemas/enterprises';
import type {
  consent,
  createResident,
  revealResponse,
  updateOwnProfile,
  updateResident,
} from '../../shared/schemas/residents';
import type { createStaffAccount, grantStaffAccount, staffAccountOptions } from '../../shared/schemas/staff-accounts';

import {
  ADMIN_ROLES,
  AREA_LEVELS,
  CHILD_LEVELS,
  ENTERPRISE_TYPES,
  GRANTABLE_ROLES,
  RESIDENT_LABELS,
  ROLES,
  STAFF_ROLES,
  type Role,
} from '../../shared/enums';

export { ADMIN_ROLES, AREA_LEVELS, ENTERPRISE_TYPES, RESIDENT_LABELS, ROLES, STAFF_ROLES };
export type { Area } from '../../shared/schemas/areas';
export type { Me } from '../../shared/schemas/auth';
export type { Role };
export type { Enterprise } from '../../shared/schemas/enterprises';
export type { ResidentDetail, ResidentListItem } from '../../shared/schemas/residents';
export type { StaffAccount } from '../../shared/schemas/staff-accounts';
export type { Notification } from '../../shared/schemas/notifications';
export type { ErrorCode } from '../../shared/errors';
export { checkCreditCode, checkIdNumber, checkMobile, idNumberFacts } from '../../shared/validators';
export { parseYuanToFen } from '../../shared/money';

export type Locale = 'zh-CN' | 'en';
export type AreaLevel = (typeof AREA_LEVELS)[number];
export type ResidentLabel = (typeof RESIDENT_LABELS)[number];
export type EnterpriseType = (typeof ENTERPRISE_TYPES)[number];
export type Gender = 'female' | 'male';
export type RevealField = 'phone' | 'idNumber';

export type AuditEvent = z.infer<typeof auditEvent>;
export type AuditVerifyResult = z.infer<typeof auditVerify>;
export type RevealResult = z.infer<typeof revealResponse>;
export type Consent = z.infer<typeof consent>;
export type CreateResidentInput = z.input<typeof createResident>;
export type UpdateResidentInput = z.input<typeof updateResident>;
export type UpdateOwnProfileInput = z.input<typeof updateOwnProfile>;
export type CreateEnterpriseInput = z.input<typeof createEnterprise>;
export type UpdateEnterpriseInput = z.input<typeof updateEnterprise>;
export type CreateStaffAccountInput = z.input<typeof createStaffAccount>;
export type GrantStaffAccountInput = z.input<typeof grantStaffAccount>;
export type StaffAccountOptions = z.infer<typeof staffAccountOptions>;
export type SecuritySettings = z.infer<typeof securitySettings>;
export type TotpSetup = z.infer<typeof totpSetupResponse>;
export type CreateAreaInput = z.input<typeof createArea>;
export type UpdateAreaInput = z.input<typeof updateArea>;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];
/** A staff account's role, or none yet (created by the system administrator, not yet granted). */
export type StaffAccountRole = (typeof STAFF_ROLES)[number] | 'unassigned';

export { CHILD_LEVELS, GRANTABLE_ROLES };

export function isAdminRole(role: string): boolean {
  return (ADMIN_ROLES as readonly string[]).includes(role);
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

// ── whole files (一人一档) ──
export type { EnterpriseFile, ResidentFile } from '../../shared/schemas/person-file';

// ── jobs ──
export type {
  Application,
  CreateJobPostInput,
  JobMatch,
  JobPostDetail,
  JobPostSummary,
  JobProfile,
  JobProfileInput,
  MatchOrder,
  ReasonItem,
} from '../../shared/schemas/jobs';
export {
  INVITATION_KINDS,
  JOB_CATEGORIES,
  MATCH_ORDERS,
  JOB_SKILLS,
  JOB_TYPES,
  PAY_UNITS,
  REPORT_REASONS,
  SHARED_FIELDS,
} from '../../shared/enums';
export { findFeeDemand } from '../../shared/job-fees';
export { yuan } from '../../shared/job-words';
// ── end jobs ──

// ── piecework ──
export type {
  AvailableVenue,
  DayGrid,
  Factory,
  LedgerCheckResult,
  MyWork,
  NearbyFactory,
  OwnedFactory,
  Product,
  Settlement,
  SettlementDetail,
  SettlementLine,
  Statement,
  Venue,
  WagesReport,
  Worker,
} from '../../shared/schemas/piecework';
export { FACTORY_INDUSTRIES, FACTORY_STATUSES, PAY_METHODS, PRODUCT_UNITS, VENUE_STATUSES } from '../../shared/enums';
export {
  canSettlement,
  formatE4,
  formatFen,
  nextPresenceKinds,
  roundE4ToFen,
  type PresenceState,
} from '../../shared/schemas/piecework-rules';
// ── end piecework ──

// ── sharing ──
export type {
  MySharing,
  SharingAgreement,
  SharingAgreementDraft,
  SharingAgreementList,
  SharingBoard,
  SharingEmployeeList,
  SharingMatchList,
  SharingPost,
  SharingPostDraft,
} from '../../shared/schemas/sharing';
export { SHARING_POST_KINDS } from '../../shared/enums';
export { costFenPerDay } from '../../shared/sharing/agreement-rules';
export { businessDay } from '../../shared/dates';
// ── end sharing ──
// ── dashboard ──
export type { Dashboard, FigureRecords } from '../../shared/schemas/dashboard';
export { LEDGERS } from '../../shared/schemas/dashboard';
export type { ImportJob, ImportKind } from '../../shared/schemas/imports';
export { IMPORT_KINDS } from '../../shared/schemas/imports';
// ── end dashboard ──
