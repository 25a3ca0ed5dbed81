-- person_facts follows the facts an officer records (resident_facts), in the writer's transaction.
create or replace function person_facts_from_recorded() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    update person_facts p set unemployed_registered_on = null, youngest_child_birth_date = null, business_stage = null
      from old_rows o where p.resident_id = o.resident_id;
  else
    update person_facts p
       set unemployed_registered_on = n.unemployed_registered_on, youngest_child_birth_date = n.youngest_child_birth_date,
           business_stage = n.business_stage
      from new_rows n
     where p.resident_id = n.resident_id
       and (p.unemployed_registered_on, p.youngest_child_birth_date, p.business_stage)
           is distinct from (n.unemployed_registered_on, n.youngest_child_birth_date, n.business_stage);
  end if;
  return null;
end $$;

create or replace trigger resident_facts_person_facts_insert after insert on resident_facts referencing new table as new_rows
  for each statement execute function person_facts_from_recorded();
create or replace trigger resident_facts_person_facts_update after update on resident_facts referencing new table as new_rows
  for each statement execute function person_facts_from_recorded();
create or replace trigger resident_facts_person_facts_delete after delete on resident_facts referencing old table as old_rows
  for each statement execute function person_facts_from_recorded();
