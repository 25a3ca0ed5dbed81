-- The loan settings an app process keeps in memory for the tracker (the rules, the dated LPR, the stage targets)
-- are stale once any of them changes: every statement that writes one raises the loans topic's version in its own
-- transaction, so the change and the version commit together, however the change was made (ADR 0071).
create or replace function loan_settings_changed() returns trigger language plpgsql as $$
begin
  update settings_versions set version = version + 1 where topic = 'loans';
  return null;
end $$;
create or replace trigger loan_rules_changed after insert or update or delete or truncate on loan_rules
  for each statement execute function loan_settings_changed();
create or replace trigger loan_lpr_rates_changed after insert or update or delete or truncate on loan_lpr_rates
  for each statement execute function loan_settings_changed();
create or replace trigger loan_stage_targets_changed after insert or update or delete or truncate on loan_stage_targets
  for each statement execute function loan_settings_changed();
