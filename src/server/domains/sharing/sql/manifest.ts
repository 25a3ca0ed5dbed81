import { sqlFilesBeside } from '../../../db/sql-files';

/** Shared employment's functions (src/server/db/functions.ts applies them after the migrations, in this order). */
export const sharingSqlFiles = sqlFilesBeside(import.meta.url, ['sharing_ranked_counterparts.sql']);
