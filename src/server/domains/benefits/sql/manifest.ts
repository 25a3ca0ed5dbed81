import { sqlFilesBeside } from '../../../db/sql-files';

/** The benefits' functions (src/server/db/functions.ts applies them after the migrations, in this order). */
export const benefitsSqlFiles = sqlFilesBeside(import.meta.url, [
  'resident_label_bits.sql',
  'person_facts_from_residents.sql',
  'person_facts_from_recorded.sql',
  'employments_resident_hard_to_employ.sql',
]);
