/** The auditor's routes; writing to the chain is platform/audit.ts, which every domain calls. */
import type { DomainModule } from '../../core/domain-module';
import { auditRoutes } from './audit.routes';

export const auditDomain: DomainModule = { name: 'audit', routes: auditRoutes };
