/**
 * Residents and enterprises per area, kept current by statement-level
 * triggers, so an unfiltered list's total is a sum over the areas in scope
 * instead of a count over every row (SPEC: dashboards read rollups, not scans).
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table area_counts (
      area_id bigint primary key references areas(id),
      residents int not null default 0 check (residents >= 0),
      enterprises int not null default 0 check (enterprises >= 0)
    );

    -- Kept current by triggers on residents and enterprises
    -- (src/server/domains/areas/sql/area_counts_track.sql).

    insert into area_counts (area_id, residents, enterprises)
    select a.id,
           (select count(*) from residents r where r.area_id = a.id),
           (select count(*) from enterprises e where e.area_id = a.id)
    from areas a;
  `.execute(db);
}
