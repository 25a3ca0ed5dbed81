import { sqlFilesBeside } from '../../../db/sql-files';

/** Piecework's functions (src/server/db/functions.ts applies them after the migrations, in this order). */
export const pieceworkSqlFiles = sqlFilesBeside(import.meta.url, [
  'piece_records_append_only.sql',
  'settlements_append_only.sql',
  'settlement_lines_append_only.sql',
  'piece_adjustments_append_only.sql',
  'piecework_settle.sql',
  'piecework_close_day.sql',
]);
