import type { Role } from '../../../shared/schemas/auth';

/** 三员分立: only the auditor reads the audit log and checks its chain. */
export const AUDIT_ROLES = ['auditor'] as const satisfies readonly Role[];
