import { sqlFilesBeside } from '../../../db/sql-files';

/** The jobs' functions (src/server/db/functions.ts applies them after the migrations, in this order). */
export const jobsSqlFiles = sqlFilesBeside(import.meta.url, [
  'job_posts_card.sql',
  'job_posts_card_names.sql',
  'jobs_ranked_posts.sql',
  'employment_day_counts_apply.sql',
]);
