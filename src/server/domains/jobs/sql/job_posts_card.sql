-- job_posts.card (ADR 0044): the post as a list shows it, one JSON array in the order of JobPostCard
-- (src/server/db/types.ts). Only triggers write it: every insert or update of a post builds it from
-- the row, and renaming an employer or an area rebuilds the cards of its posts.
create or replace function job_posts_card() returns trigger language plpgsql as $fn$
begin
  new.card := json_build_array(
    new.id, new.enterprise_id, (select e.name from enterprises e where e.id = new.enterprise_id),
    new.area_id, (select a.name from areas a where a.id = new.area_id),
    new.title, new.category, new.type, new.pay_min_fen, new.pay_max_fen, new.pay_unit, new.flexible,
    new.windows, new.slot_count, new.skills, new.mother_status, new.valid_until);
  return new;
end
$fn$;

create or replace trigger job_posts_card before insert or update on job_posts
  for each row execute function job_posts_card();
