-- employments.resident_hard_to_employ (ADR 0030): whether the employed resident carries the
-- 就业困难人员 label now, set on insert and when an employment changes resident.
create or replace function employments_resident_hard_to_employ() returns trigger language plpgsql as $$
begin
  new.resident_hard_to_employ := coalesce((select 'hard_to_employ' = any(r.labels) from residents r where r.id = new.resident_id), false);
  return new;
end $$;
create or replace trigger employments_resident_hard_to_employ before insert or update of resident_id, resident_hard_to_employ on employments
  for each row execute function employments_resident_hard_to_employ();
