import { sqlFilesBeside } from '../../../db/sql-files';

/** The audit log's functions (src/server/db/functions.ts applies them after the migrations, in this order). */
export const auditSqlFiles = sqlFilesBeside(import.meta.url, ['audit_events_append_only.sql', 'audit_chain_head.sql']);
