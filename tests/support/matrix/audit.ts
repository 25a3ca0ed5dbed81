/** The audit log: the auditor's alone (三员分立). */
import { allowed, type MatrixRow } from '../authorisation-matrix';
import type { World } from './world';

export async function auditRows(_w: World): Promise<MatrixRow[]> {
  return [
    { method: 'GET', path: '/api/v1/audit-events', expect: allowed(['auditor']) },
    { method: 'GET', path: '/api/v1/audit-events/verify', expect: allowed(['auditor']) },
  ];
}
