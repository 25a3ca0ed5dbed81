import { sqlFilesBeside } from '../../../db/sql-files';

/** The areas' functions (src/server/db/functions.ts applies them after the migrations, in this order). */
export const areasSqlFiles = sqlFilesBeside(import.meta.url, ['area_counts_apply.sql', 'area_counts_track.sql']);
