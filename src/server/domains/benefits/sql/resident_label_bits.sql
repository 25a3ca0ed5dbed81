-- person_facts.label_bits: bit i is the i-th of RESIDENT_LABELS (shared/enums.ts), in the same order;
-- a new label is appended to both (eligibility-sql.ts reads the bits, person-facts.db.test.ts holds them equal).
create or replace function resident_label_bits(labels text[]) returns int language sql immutable strict parallel safe as $$
  select coalesce(bit_or(1 << (array_position(
    array['mother','hard_to_employ','veteran','disabled','graduate','registered_unemployed','older_worker'], l) - 1)), 0)::int
  from unnest(labels) l
$$;
