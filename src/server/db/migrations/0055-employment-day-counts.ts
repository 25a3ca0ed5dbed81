/**
 * Hires by area and day (ADR 0076): the dashboard's "hires" figure read from a rollup kept by a
 * trigger on employments (jobs/sql/employment_day_counts_apply.sql), instead of counting every
 * employment of the period on each request. Filled here from the employments on file.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table employment_day_counts (
      area_id bigint not null references areas(id),
      start_date date not null,
      hires int not null check (hires >= 0),
      primary key (area_id, start_date)
    );
    insert into employment_day_counts (area_id, start_date, hires)
    select area_id, start_date, count(*) from employments group by area_id, start_date;
  `.execute(db);
}
