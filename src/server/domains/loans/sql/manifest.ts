import { sqlFilesBeside } from '../../../db/sql-files';

/** Guarantee loans' functions (src/server/db/functions.ts applies them after the migrations, in this order). */
export const loansSqlFiles = sqlFilesBeside(import.meta.url, [
  'loans_quarter_money.sql',
  'loans_record_quarter.sql',
  'loan_settings_changed.sql',
]);
