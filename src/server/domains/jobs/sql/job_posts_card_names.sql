-- job_posts.card (job_posts_card.sql) names the employer and the area: renaming either rebuilds its posts' cards.
create or replace function job_posts_card_names() returns trigger language plpgsql as $fn$
begin
  if tg_table_name = 'enterprises' then
    update job_posts set card = null where enterprise_id = new.id;
  else
    update job_posts set card = null where area_id = new.id;
  end if;
  return null;
end
$fn$;

create or replace trigger enterprises_post_cards after update of name on enterprises
  for each row when (old.name is distinct from new.name) execute function job_posts_card_names();
create or replace trigger areas_post_cards after update of name on areas
  for each row when (old.name is distinct from new.name) execute function job_posts_card_names();
