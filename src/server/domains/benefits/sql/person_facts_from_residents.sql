-- person_facts (ADR 0029) follows residents in the writer's transaction: a new resident gets a row,
-- a changed one its row rewritten; employments.resident_hard_to_employ (ADR 0030) follows the labels.
create or replace function person_facts_from_residents() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    -- a new resident has no recorded facts yet (resident_facts references residents)
    insert into person_facts (resident_id, area_id, label_bits, birth_date, hukou_area, gender)
    select n.id, n.area_id, resident_label_bits(n.labels), n.birth_date, n.hukou_area, n.gender from new_rows n;
  else
    update person_facts p
       set area_id = n.area_id, label_bits = resident_label_bits(n.labels), birth_date = n.birth_date, hukou_area = n.hukou_area, gender = n.gender
      from new_rows n
     where p.resident_id = n.id
       and (p.area_id, p.label_bits, p.birth_date, p.hukou_area, p.gender)
           is distinct from (n.area_id, resident_label_bits(n.labels), n.birth_date, n.hukou_area, n.gender);
    update employments m
       set resident_hard_to_employ = 'hard_to_employ' = any(n.labels)
      from new_rows n
     where m.resident_id = n.id and m.resident_hard_to_employ <> ('hard_to_employ' = any(n.labels));
  end if;
  return null;
end $$;

create or replace trigger residents_person_facts_insert after insert on residents referencing new table as new_rows
  for each statement execute function person_facts_from_residents();
create or replace trigger residents_person_facts_update after update on residents referencing new table as new_rows
  for each statement execute function person_facts_from_residents();
