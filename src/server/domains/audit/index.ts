/** The auditor's routes; writing to the chain is platform/audit.ts, which every domain calls. */
export { auditRoutes } from './audit.routes';
