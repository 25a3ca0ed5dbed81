-- The schema of a freshly migrated database: npm run db:schema writes it, schema.db.test.ts
-- compares it with the migrated test database (ADR 0049). Do not edit by hand.

create extension btree_gist;
create extension pg_trgm;
create extension plpgsql;

create table area_counts (
  area_id bigint not null,
  residents integer default 0 not null,
  enterprises integer default 0 not null
);
alter table area_counts add constraint area_counts_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table area_counts add constraint area_counts_enterprises_check CHECK ((enterprises >= 0));
alter table area_counts add constraint area_counts_pkey PRIMARY KEY (area_id);
alter table area_counts add constraint area_counts_residents_check CHECK ((residents >= 0));

create table area_settings (
  area_id bigint not null,
  key text not null,
  value jsonb not null,
  updated_by_user_id bigint,
  updated_at timestamp with time zone default now() not null
);
alter table area_settings add constraint area_settings_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table area_settings add constraint area_settings_pkey PRIMARY KEY (area_id, key);
alter table area_settings add constraint area_settings_updated_by_user_id_fkey FOREIGN KEY (updated_by_user_id) REFERENCES users(id);

create table areas (
  id bigint generated always as identity not null,
  parent_id bigint,
  code text not null,
  name text not null,
  level text not null,
  path text not null,
  lat double precision,
  lng double precision,
  created_at timestamp with time zone default now() not null
);
alter table areas add constraint areas_check CHECK (((parent_id IS NULL) = (level = 'district'::text)));
alter table areas add constraint areas_code_key UNIQUE (code);
alter table areas add constraint areas_lat_check CHECK (((lat >= ('-90'::integer)::double precision) AND (lat <= (90)::double precision)));
alter table areas add constraint areas_level_check CHECK ((level = ANY (ARRAY['district'::text, 'street'::text, 'community'::text, 'compound'::text, 'place'::text])));
alter table areas add constraint areas_lng_check CHECK (((lng >= ('-180'::integer)::double precision) AND (lng <= (180)::double precision)));
alter table areas add constraint areas_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES areas(id);
alter table areas add constraint areas_path_key UNIQUE (path);
alter table areas add constraint areas_pkey PRIMARY KEY (id);
CREATE INDEX areas_path_idx ON public.areas USING btree (path text_pattern_ops);
CREATE TRIGGER areas_post_cards AFTER UPDATE OF name ON public.areas FOR EACH ROW WHEN ((old.name IS DISTINCT FROM new.name)) EXECUTE FUNCTION job_posts_card_names();

create table audit_events (
  id bigint generated always as identity not null,
  at timestamp with time zone default now() not null,
  actor_user_id bigint,
  actor_name text,
  actor_role text,
  action text not null,
  target_type text not null,
  target_id text,
  ip text,
  before jsonb,
  after jsonb,
  prev_hash text not null,
  hash text not null
);
alter table audit_events add constraint audit_events_hash_key UNIQUE (hash);
alter table audit_events add constraint audit_events_pkey PRIMARY KEY (id);
CREATE INDEX audit_events_actor_idx ON public.audit_events USING btree (actor_user_id, at DESC);
CREATE INDEX audit_events_at_idx ON public.audit_events USING btree (at DESC);
CREATE INDEX audit_events_target_idx ON public.audit_events USING btree (target_type, target_id);
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON public.audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_update BEFORE DELETE OR UPDATE ON public.audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();

create table background_task_runs (
  name text not null,
  last_started_at timestamp with time zone not null,
  runs bigint default 1 not null
);
alter table background_task_runs add constraint background_task_runs_pkey PRIMARY KEY (name);
alter table background_task_runs add constraint background_task_runs_runs_check CHECK ((runs >= 0));

create table benefit_application_events (
  id bigint generated always as identity not null,
  application_id bigint not null,
  action text not null,
  from_status text,
  to_status text not null,
  actor_user_id bigint not null,
  note text,
  at timestamp with time zone default now() not null
);
alter table benefit_application_events add constraint benefit_application_events_actor_user_id_fkey FOREIGN KEY (actor_user_id) REFERENCES users(id);
alter table benefit_application_events add constraint benefit_application_events_application_id_fkey FOREIGN KEY (application_id) REFERENCES benefit_applications(id);
alter table benefit_application_events add constraint benefit_application_events_pkey PRIMARY KEY (id);
CREATE INDEX benefit_application_events_idx ON public.benefit_application_events USING btree (application_id, id);

create table benefit_application_materials (
  id bigint generated always as identity not null,
  application_id bigint not null,
  file_id bigint not null,
  material text not null,
  uploaded_by_user_id bigint not null,
  at timestamp with time zone default now() not null
);
alter table benefit_application_materials add constraint benefit_application_materials_application_id_fkey FOREIGN KEY (application_id) REFERENCES benefit_applications(id);
alter table benefit_application_materials add constraint benefit_application_materials_file_id_fkey FOREIGN KEY (file_id) REFERENCES files(id);
alter table benefit_application_materials add constraint benefit_application_materials_file_id_key UNIQUE (file_id);
alter table benefit_application_materials add constraint benefit_application_materials_material_check CHECK (((length(material) >= 1) AND (length(material) <= 100)));
alter table benefit_application_materials add constraint benefit_application_materials_pkey PRIMARY KEY (id);
alter table benefit_application_materials add constraint benefit_application_materials_uploaded_by_user_id_fkey FOREIGN KEY (uploaded_by_user_id) REFERENCES users(id);
CREATE INDEX benefit_application_materials_idx ON public.benefit_application_materials USING btree (application_id);

create table benefit_applications (
  id bigint generated always as identity not null,
  policy_id bigint not null,
  policy_version integer not null,
  resident_id bigint,
  enterprise_id bigint,
  area_id bigint not null,
  status text default 'submitted'::text not null,
  submitted_by_user_id bigint not null,
  on_behalf boolean default false not null,
  facts jsonb not null,
  eligibility jsonb not null,
  suggested_amount_fen bigint,
  amount_fen bigint,
  reason text,
  community_reviewer_user_id bigint,
  street_reviewer_user_id bigint,
  batch_id bigint,
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null,
  consent_id bigint
);
alter table benefit_applications add constraint benefit_applications_amount_fen_check CHECK ((amount_fen >= 0));
alter table benefit_applications add constraint benefit_applications_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table benefit_applications add constraint benefit_applications_batch_id_fkey FOREIGN KEY (batch_id) REFERENCES benefit_payment_batches(id);
alter table benefit_applications add constraint benefit_applications_check CHECK (((resident_id IS NULL) <> (enterprise_id IS NULL)));
alter table benefit_applications add constraint benefit_applications_check1 CHECK (((community_reviewer_user_id IS NULL) OR (community_reviewer_user_id <> submitted_by_user_id)));
alter table benefit_applications add constraint benefit_applications_check2 CHECK (((street_reviewer_user_id IS NULL) OR (street_reviewer_user_id <> submitted_by_user_id)));
alter table benefit_applications add constraint benefit_applications_check3 CHECK (((status <> ALL (ARRAY['approved'::text, 'disbursed'::text])) OR ((street_reviewer_user_id IS NOT NULL) AND (amount_fen IS NOT NULL))));
alter table benefit_applications add constraint benefit_applications_check4 CHECK (((status = 'disbursed'::text) = (batch_id IS NOT NULL)));
alter table benefit_applications add constraint benefit_applications_check5 CHECK (((status <> ALL (ARRAY['rejected'::text, 'returned'::text])) OR (reason IS NOT NULL)));
alter table benefit_applications add constraint benefit_applications_community_reviewer_user_id_fkey FOREIGN KEY (community_reviewer_user_id) REFERENCES users(id);
alter table benefit_applications add constraint benefit_applications_consent_id_fkey FOREIGN KEY (consent_id) REFERENCES consents(id);
alter table benefit_applications add constraint benefit_applications_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
alter table benefit_applications add constraint benefit_applications_pkey PRIMARY KEY (id);
alter table benefit_applications add constraint benefit_applications_policy_id_fkey FOREIGN KEY (policy_id) REFERENCES benefit_policies(id);
alter table benefit_applications add constraint benefit_applications_policy_id_policy_version_fkey FOREIGN KEY (policy_id, policy_version) REFERENCES benefit_policy_versions(policy_id, version);
alter table benefit_applications add constraint benefit_applications_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
alter table benefit_applications add constraint benefit_applications_status_check CHECK ((status = ANY (ARRAY['submitted'::text, 'community_approved'::text, 'approved'::text, 'disbursed'::text, 'rejected'::text, 'returned'::text])));
alter table benefit_applications add constraint benefit_applications_street_reviewer_user_id_fkey FOREIGN KEY (street_reviewer_user_id) REFERENCES users(id);
alter table benefit_applications add constraint benefit_applications_submitted_by_user_id_fkey FOREIGN KEY (submitted_by_user_id) REFERENCES users(id);
alter table benefit_applications add constraint benefit_applications_suggested_amount_fen_check CHECK ((suggested_amount_fen >= 0));
alter table benefit_applications add constraint benefit_applications_two_reviewers CHECK (((community_reviewer_user_id IS NULL) OR (street_reviewer_user_id IS NULL) OR (community_reviewer_user_id <> street_reviewer_user_id)));
CREATE INDEX benefit_applications_queue_idx ON public.benefit_applications USING btree (status, area_id, id);
CREATE UNIQUE INDEX benefit_applications_enterprise_uq ON public.benefit_applications USING btree (policy_id, enterprise_id) WHERE ((enterprise_id IS NOT NULL) AND (status <> 'rejected'::text));
CREATE UNIQUE INDEX benefit_applications_resident_uq ON public.benefit_applications USING btree (policy_id, resident_id) WHERE ((resident_id IS NOT NULL) AND (status <> 'rejected'::text));

create table benefit_awards (
  id bigint generated always as identity not null,
  policy_id bigint not null,
  policy_version integer not null,
  resident_id bigint,
  enterprise_id bigint,
  area_id bigint not null,
  amount_fen bigint not null,
  application_id bigint,
  batch_id bigint not null,
  created_at timestamp with time zone default now() not null
);
alter table benefit_awards add constraint benefit_awards_amount_fen_check CHECK ((amount_fen >= 0));
alter table benefit_awards add constraint benefit_awards_application_id_fkey FOREIGN KEY (application_id) REFERENCES benefit_applications(id);
alter table benefit_awards add constraint benefit_awards_application_id_key UNIQUE (application_id);
alter table benefit_awards add constraint benefit_awards_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table benefit_awards add constraint benefit_awards_batch_id_fkey FOREIGN KEY (batch_id) REFERENCES benefit_payment_batches(id);
alter table benefit_awards add constraint benefit_awards_check CHECK (((resident_id IS NULL) <> (enterprise_id IS NULL)));
alter table benefit_awards add constraint benefit_awards_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
alter table benefit_awards add constraint benefit_awards_pkey PRIMARY KEY (id);
alter table benefit_awards add constraint benefit_awards_policy_id_fkey FOREIGN KEY (policy_id) REFERENCES benefit_policies(id);
alter table benefit_awards add constraint benefit_awards_policy_id_policy_version_fkey FOREIGN KEY (policy_id, policy_version) REFERENCES benefit_policy_versions(policy_id, version);
alter table benefit_awards add constraint benefit_awards_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
CREATE UNIQUE INDEX benefit_awards_enterprise_uq ON public.benefit_awards USING btree (policy_id, enterprise_id) WHERE (enterprise_id IS NOT NULL);
CREATE UNIQUE INDEX benefit_awards_resident_uq ON public.benefit_awards USING btree (policy_id, resident_id) WHERE (resident_id IS NOT NULL);

create table benefit_batch_items (
  id bigint generated always as identity not null,
  batch_id bigint not null,
  resident_id bigint,
  enterprise_id bigint,
  area_id bigint not null,
  community_id bigint,
  amount_fen bigint not null,
  facts jsonb not null,
  excluded_by_user_id bigint,
  excluded_at timestamp with time zone,
  exclusion_reason text
);
alter table benefit_batch_items add constraint benefit_batch_items_amount_fen_check CHECK ((amount_fen >= 0));
alter table benefit_batch_items add constraint benefit_batch_items_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table benefit_batch_items add constraint benefit_batch_items_batch_id_fkey FOREIGN KEY (batch_id) REFERENCES benefit_payment_batches(id);
alter table benefit_batch_items add constraint benefit_batch_items_check CHECK (((resident_id IS NULL) <> (enterprise_id IS NULL)));
alter table benefit_batch_items add constraint benefit_batch_items_check1 CHECK ((((excluded_by_user_id IS NULL) = (exclusion_reason IS NULL)) AND ((excluded_at IS NULL) = (exclusion_reason IS NULL))));
alter table benefit_batch_items add constraint benefit_batch_items_community_id_fkey FOREIGN KEY (community_id) REFERENCES areas(id);
alter table benefit_batch_items add constraint benefit_batch_items_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
alter table benefit_batch_items add constraint benefit_batch_items_excluded_by_user_id_fkey FOREIGN KEY (excluded_by_user_id) REFERENCES users(id);
alter table benefit_batch_items add constraint benefit_batch_items_exclusion_reason_check CHECK (((length(exclusion_reason) >= 2) AND (length(exclusion_reason) <= 500)));
alter table benefit_batch_items add constraint benefit_batch_items_pkey PRIMARY KEY (id);
alter table benefit_batch_items add constraint benefit_batch_items_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
CREATE INDEX benefit_batch_items_batch_idx ON public.benefit_batch_items USING btree (batch_id, id);
CREATE UNIQUE INDEX benefit_batch_items_enterprise_uq ON public.benefit_batch_items USING btree (batch_id, enterprise_id) WHERE (enterprise_id IS NOT NULL);
CREATE UNIQUE INDEX benefit_batch_items_resident_uq ON public.benefit_batch_items USING btree (batch_id, resident_id) WHERE (resident_id IS NOT NULL);

create table benefit_campaign_targets (
  id bigint generated always as identity not null,
  campaign_id bigint not null,
  resident_id bigint,
  enterprise_id bigint,
  area_id bigint not null,
  community_id bigint,
  kind text not null,
  missing jsonb default '[]'::jsonb not null,
  notified_at timestamp with time zone
);
alter table benefit_campaign_targets add constraint benefit_campaign_targets_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table benefit_campaign_targets add constraint benefit_campaign_targets_campaign_id_fkey FOREIGN KEY (campaign_id) REFERENCES benefit_campaigns(id);
alter table benefit_campaign_targets add constraint benefit_campaign_targets_check CHECK (((resident_id IS NULL) <> (enterprise_id IS NULL)));
alter table benefit_campaign_targets add constraint benefit_campaign_targets_community_id_fkey FOREIGN KEY (community_id) REFERENCES areas(id);
alter table benefit_campaign_targets add constraint benefit_campaign_targets_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
alter table benefit_campaign_targets add constraint benefit_campaign_targets_kind_check CHECK ((kind = ANY (ARRAY['visit'::text, 'collect_data'::text])));
alter table benefit_campaign_targets add constraint benefit_campaign_targets_pkey PRIMARY KEY (id);
alter table benefit_campaign_targets add constraint benefit_campaign_targets_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
CREATE INDEX benefit_campaign_targets_area_idx ON public.benefit_campaign_targets USING btree (area_id, campaign_id);
CREATE UNIQUE INDEX benefit_campaign_targets_enterprise_uq ON public.benefit_campaign_targets USING btree (campaign_id, enterprise_id) WHERE (enterprise_id IS NOT NULL);
CREATE UNIQUE INDEX benefit_campaign_targets_resident_uq ON public.benefit_campaign_targets USING btree (campaign_id, resident_id) WHERE (resident_id IS NOT NULL);

create table benefit_campaigns (
  id bigint generated always as identity not null,
  policy_id bigint not null,
  policy_version integer not null,
  area_id bigint not null,
  status text default 'open'::text not null,
  created_by_user_id bigint not null,
  created_at timestamp with time zone default now() not null,
  closed_at timestamp with time zone
);
alter table benefit_campaigns add constraint benefit_campaigns_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table benefit_campaigns add constraint benefit_campaigns_check CHECK (((status = 'closed'::text) = (closed_at IS NOT NULL)));
alter table benefit_campaigns add constraint benefit_campaigns_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table benefit_campaigns add constraint benefit_campaigns_pkey PRIMARY KEY (id);
alter table benefit_campaigns add constraint benefit_campaigns_policy_id_fkey FOREIGN KEY (policy_id) REFERENCES benefit_policies(id);
alter table benefit_campaigns add constraint benefit_campaigns_policy_id_policy_version_fkey FOREIGN KEY (policy_id, policy_version) REFERENCES benefit_policy_versions(policy_id, version);
alter table benefit_campaigns add constraint benefit_campaigns_status_check CHECK ((status = ANY (ARRAY['open'::text, 'closed'::text])));

create table benefit_payment_batches (
  id bigint generated always as identity not null,
  area_id bigint not null,
  kind text not null,
  policy_id bigint,
  item_count integer not null,
  total_fen bigint not null,
  confirmed_by_user_id bigint,
  confirmed_at timestamp with time zone,
  status text not null,
  policy_version integer,
  prepared_by_user_id bigint not null,
  prepared_at timestamp with time zone not null
);
alter table benefit_payment_batches add constraint benefit_payment_batches_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table benefit_payment_batches add constraint benefit_payment_batches_check CHECK (((kind = 'automatic'::text) = (policy_id IS NOT NULL)));
alter table benefit_payment_batches add constraint benefit_payment_batches_confirmed CHECK (((status = 'confirmed'::text) = ((confirmed_by_user_id IS NOT NULL) AND (confirmed_at IS NOT NULL))));
alter table benefit_payment_batches add constraint benefit_payment_batches_confirmed_by_user_id_fkey FOREIGN KEY (confirmed_by_user_id) REFERENCES users(id);
alter table benefit_payment_batches add constraint benefit_payment_batches_item_count_check CHECK ((item_count >= 0));
alter table benefit_payment_batches add constraint benefit_payment_batches_kind_check CHECK ((kind = ANY (ARRAY['applications'::text, 'automatic'::text])));
alter table benefit_payment_batches add constraint benefit_payment_batches_pkey PRIMARY KEY (id);
alter table benefit_payment_batches add constraint benefit_payment_batches_policy_id_fkey FOREIGN KEY (policy_id) REFERENCES benefit_policies(id);
alter table benefit_payment_batches add constraint benefit_payment_batches_prepared_by_user_id_fkey FOREIGN KEY (prepared_by_user_id) REFERENCES users(id);
alter table benefit_payment_batches add constraint benefit_payment_batches_status_check CHECK ((status = ANY (ARRAY['prepared'::text, 'confirmed'::text])));
alter table benefit_payment_batches add constraint benefit_payment_batches_total_fen_check CHECK ((total_fen >= 0));
alter table benefit_payment_batches add constraint benefit_payment_batches_two_officers CHECK (((kind <> 'automatic'::text) OR (confirmed_by_user_id IS NULL) OR (confirmed_by_user_id <> prepared_by_user_id))) NOT VALID;
alter table benefit_payment_batches add constraint benefit_payment_batches_version CHECK (((kind = 'automatic'::text) = (policy_version IS NOT NULL))) NOT VALID;
CREATE UNIQUE INDEX benefit_payment_batches_prepared_uq ON public.benefit_payment_batches USING btree (policy_id) WHERE (status = 'prepared'::text);

create table benefit_policies (
  id bigint generated always as identity not null,
  area_id bigint not null,
  code text not null,
  title text not null,
  category text not null,
  target text not null,
  summary text not null,
  benefit jsonb not null,
  legal_basis text default ''::text not null,
  valid_from date,
  valid_to date,
  mode text not null,
  materials jsonb default '[]'::jsonb not null,
  station_id bigint,
  faq jsonb default '[]'::jsonb not null,
  status text default 'draft'::text not null,
  draft_rule jsonb not null,
  current_version integer,
  created_by_user_id bigint not null,
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null
);
alter table benefit_policies add constraint benefit_policies_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table benefit_policies add constraint benefit_policies_category_check CHECK ((category = ANY (ARRAY['startup'::text, 'employment'::text, 'social_insurance'::text, 'training'::text, 'loan'::text])));
alter table benefit_policies add constraint benefit_policies_check CHECK (((valid_to IS NULL) OR (valid_from IS NULL) OR (valid_to >= valid_from)));
alter table benefit_policies add constraint benefit_policies_check1 CHECK ((((status = 'draft'::text) = (current_version IS NULL)) OR (status = 'withdrawn'::text)));
alter table benefit_policies add constraint benefit_policies_code_check CHECK ((code ~ '^[a-z0-9_-]{2,40}$'::text));
alter table benefit_policies add constraint benefit_policies_code_key UNIQUE (code);
alter table benefit_policies add constraint benefit_policies_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table benefit_policies add constraint benefit_policies_current_version_fk FOREIGN KEY (id, current_version) REFERENCES benefit_policy_versions(policy_id, version) DEFERRABLE INITIALLY DEFERRED;
alter table benefit_policies add constraint benefit_policies_mode_check CHECK ((mode = ANY (ARRAY['apply'::text, 'automatic'::text])));
alter table benefit_policies add constraint benefit_policies_pkey PRIMARY KEY (id);
alter table benefit_policies add constraint benefit_policies_station_id_fkey FOREIGN KEY (station_id) REFERENCES stations(id);
alter table benefit_policies add constraint benefit_policies_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'published'::text, 'withdrawn'::text])));
alter table benefit_policies add constraint benefit_policies_summary_check CHECK (((length(summary) >= 1) AND (length(summary) <= 1000)));
alter table benefit_policies add constraint benefit_policies_target_check CHECK ((target = ANY (ARRAY['person'::text, 'enterprise'::text])));
alter table benefit_policies add constraint benefit_policies_title_check CHECK (((length(title) >= 2) AND (length(title) <= 60)));

create table benefit_policy_versions (
  policy_id bigint not null,
  version integer not null,
  rule jsonb not null,
  eligible_count integer default 0 not null,
  unknown_count integer default 0 not null,
  published_by_user_id bigint not null,
  published_at timestamp with time zone default now() not null
);
alter table benefit_policy_versions add constraint benefit_policy_versions_pkey PRIMARY KEY (policy_id, version);
alter table benefit_policy_versions add constraint benefit_policy_versions_policy_id_fkey FOREIGN KEY (policy_id) REFERENCES benefit_policies(id);
alter table benefit_policy_versions add constraint benefit_policy_versions_published_by_user_id_fkey FOREIGN KEY (published_by_user_id) REFERENCES users(id);
alter table benefit_policy_versions add constraint benefit_policy_versions_version_check CHECK ((version >= 1));

create table benefit_suggestions (
  id bigint generated always as identity not null,
  policy_id bigint not null,
  policy_version integer not null,
  resident_id bigint,
  enterprise_id bigint,
  reason text not null,
  trigger text not null,
  created_at timestamp with time zone default now() not null
);
alter table benefit_suggestions add constraint benefit_suggestions_check CHECK (((resident_id IS NULL) <> (enterprise_id IS NULL)));
alter table benefit_suggestions add constraint benefit_suggestions_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
alter table benefit_suggestions add constraint benefit_suggestions_pkey PRIMARY KEY (id);
alter table benefit_suggestions add constraint benefit_suggestions_policy_id_fkey FOREIGN KEY (policy_id) REFERENCES benefit_policies(id);
alter table benefit_suggestions add constraint benefit_suggestions_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
alter table benefit_suggestions add constraint benefit_suggestions_trigger_check CHECK ((trigger = ANY (ARRAY['employment'::text, 'enterprise'::text, 'birthday'::text, 'nightly'::text, 'training'::text])));
CREATE UNIQUE INDEX benefit_suggestions_enterprise_uq ON public.benefit_suggestions USING btree (policy_id, enterprise_id) WHERE (enterprise_id IS NOT NULL);
CREATE UNIQUE INDEX benefit_suggestions_resident_uq ON public.benefit_suggestions USING btree (policy_id, resident_id) WHERE (resident_id IS NOT NULL);

create table benefit_visits (
  id bigint generated always as identity not null,
  target_id bigint not null,
  officer_user_id bigint not null,
  outcome text not null,
  note text default ''::text not null,
  at timestamp with time zone default now() not null,
  application_id bigint
);
alter table benefit_visits add constraint benefit_visits_application_id_fkey FOREIGN KEY (application_id) REFERENCES benefit_applications(id);
alter table benefit_visits add constraint benefit_visits_application_id_key UNIQUE (application_id);
alter table benefit_visits add constraint benefit_visits_note_check CHECK ((length(note) <= 500));
alter table benefit_visits add constraint benefit_visits_officer_user_id_fkey FOREIGN KEY (officer_user_id) REFERENCES users(id);
alter table benefit_visits add constraint benefit_visits_outcome_check CHECK ((outcome = ANY (ARRAY['interested'::text, 'applied_on_site'::text, 'declined'::text, 'not_home'::text, 'data_collected'::text])));
alter table benefit_visits add constraint benefit_visits_pkey PRIMARY KEY (id);
alter table benefit_visits add constraint benefit_visits_target_id_fkey FOREIGN KEY (target_id) REFERENCES benefit_campaign_targets(id);
CREATE INDEX benefit_visits_target_idx ON public.benefit_visits USING btree (target_id);

create table consents (
  id bigint generated always as identity not null,
  resident_id bigint not null,
  purpose text not null,
  scope jsonb default '{}'::jsonb not null,
  method text not null,
  recorded_by_user_id bigint not null,
  granted_at timestamp with time zone default now() not null,
  withdrawn_at timestamp with time zone
);
alter table consents add constraint consents_method_check CHECK ((method = ANY (ARRAY['in_app'::text, 'paper'::text, 'verbal_witnessed'::text])));
alter table consents add constraint consents_pkey PRIMARY KEY (id);
alter table consents add constraint consents_recorded_by_user_id_fkey FOREIGN KEY (recorded_by_user_id) REFERENCES users(id);
alter table consents add constraint consents_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
CREATE INDEX consents_resident_idx ON public.consents USING btree (resident_id);

create table employer_watchlist (
  id bigint generated always as identity not null,
  enterprise_id bigint not null,
  kind text not null,
  reason text not null,
  created_by_user_id bigint not null,
  created_at timestamp with time zone default now() not null,
  removed_by_user_id bigint,
  removed_at timestamp with time zone
);
alter table employer_watchlist add constraint employer_watchlist_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table employer_watchlist add constraint employer_watchlist_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
alter table employer_watchlist add constraint employer_watchlist_kind_check CHECK ((kind = ANY (ARRAY['red'::text, 'black'::text])));
alter table employer_watchlist add constraint employer_watchlist_pkey PRIMARY KEY (id);
alter table employer_watchlist add constraint employer_watchlist_reason_check CHECK (((length(reason) >= 2) AND (length(reason) <= 300)));
alter table employer_watchlist add constraint employer_watchlist_removed_by_user_id_fkey FOREIGN KEY (removed_by_user_id) REFERENCES users(id);
CREATE UNIQUE INDEX employer_watchlist_current_uq ON public.employer_watchlist USING btree (enterprise_id) WHERE (removed_at IS NULL);

create table employment_day_counts (
  area_id bigint not null,
  start_date date not null,
  hires integer not null
);
alter table employment_day_counts add constraint employment_day_counts_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table employment_day_counts add constraint employment_day_counts_hires_check CHECK ((hires >= 0));
alter table employment_day_counts add constraint employment_day_counts_pkey PRIMARY KEY (area_id, start_date);

create table employment_specialists (
  id bigint generated always as identity not null,
  area_id bigint not null,
  user_id bigint not null,
  duties text not null,
  created_at timestamp with time zone default now() not null
);
alter table employment_specialists add constraint employment_specialists_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table employment_specialists add constraint employment_specialists_area_id_user_id_key UNIQUE (area_id, user_id);
alter table employment_specialists add constraint employment_specialists_duties_check CHECK (((length(duties) >= 1) AND (length(duties) <= 300)));
alter table employment_specialists add constraint employment_specialists_pkey PRIMARY KEY (id);
alter table employment_specialists add constraint employment_specialists_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id);

create table employments (
  id bigint generated always as identity not null,
  resident_id bigint not null,
  enterprise_id bigint not null,
  area_id bigint not null,
  source text not null,
  job_post_id bigint,
  application_id bigint,
  title text default ''::text not null,
  start_date date not null,
  end_date date,
  created_by_user_id bigint not null,
  created_at timestamp with time zone default now() not null,
  resident_hard_to_employ boolean default false not null
);
alter table employments add constraint employments_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table employments add constraint employments_check CHECK (((end_date IS NULL) OR (end_date >= start_date)));
alter table employments add constraint employments_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table employments add constraint employments_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
alter table employments add constraint employments_pkey PRIMARY KEY (id);
alter table employments add constraint employments_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
alter table employments add constraint employments_source_check CHECK ((source = ANY (ARRAY['platform'::text, 'recorded'::text])));
CREATE INDEX employments_enterprise_idx ON public.employments USING btree (enterprise_id, start_date);
CREATE INDEX employments_hard_to_employ_hires_idx ON public.employments USING btree (enterprise_id) INCLUDE (start_date, end_date) WHERE ((source = 'platform'::text) AND resident_hard_to_employ);
CREATE INDEX employments_resident_idx ON public.employments USING btree (resident_id, start_date);
CREATE UNIQUE INDEX employments_application_uq ON public.employments USING btree (application_id) WHERE (application_id IS NOT NULL);
CREATE TRIGGER employment_day_counts_insert_delete AFTER INSERT OR DELETE ON public.employments FOR EACH ROW EXECUTE FUNCTION employment_day_counts_apply();
CREATE TRIGGER employment_day_counts_move AFTER UPDATE OF area_id, start_date ON public.employments FOR EACH ROW WHEN (((old.area_id IS DISTINCT FROM new.area_id) OR (old.start_date IS DISTINCT FROM new.start_date))) EXECUTE FUNCTION employment_day_counts_apply();
CREATE TRIGGER employments_resident_hard_to_employ BEFORE INSERT OR UPDATE OF resident_id, resident_hard_to_employ ON public.employments FOR EACH ROW EXECUTE FUNCTION employments_resident_hard_to_employ();

create table enterprise_members (
  enterprise_id bigint not null,
  user_id bigint not null,
  role text not null
);
alter table enterprise_members add constraint enterprise_members_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
alter table enterprise_members add constraint enterprise_members_pkey PRIMARY KEY (enterprise_id, user_id);
alter table enterprise_members add constraint enterprise_members_role_check CHECK ((role = ANY (ARRAY['owner'::text, 'manager'::text])));
alter table enterprise_members add constraint enterprise_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id);
CREATE INDEX enterprise_members_user_idx ON public.enterprise_members USING btree (user_id);

create table enterprises (
  id bigint generated always as identity not null,
  area_id bigint not null,
  name text not null,
  credit_code text not null,
  type text not null,
  owner_name text not null,
  owner_phone text not null,
  owner_resident_id bigint,
  established_on date,
  verified_at timestamp with time zone,
  verified_by_user_id bigint,
  created_by_user_id bigint,
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null
);
alter table enterprises add constraint enterprises_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table enterprises add constraint enterprises_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table enterprises add constraint enterprises_credit_code_check CHECK ((credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'::text));
alter table enterprises add constraint enterprises_credit_code_key UNIQUE (credit_code);
alter table enterprises add constraint enterprises_name_check CHECK (((length(name) >= 2) AND (length(name) <= 100)));
alter table enterprises add constraint enterprises_owner_phone_check CHECK ((owner_phone ~ '^1[3-9][0-9]{9}$'::text));
alter table enterprises add constraint enterprises_owner_resident_id_fkey FOREIGN KEY (owner_resident_id) REFERENCES residents(id);
alter table enterprises add constraint enterprises_pkey PRIMARY KEY (id);
alter table enterprises add constraint enterprises_type_check CHECK ((type = ANY (ARRAY['micro_factory'::text, 'company'::text, 'individual_business'::text, 'shop'::text, 'cooperative'::text])));
alter table enterprises add constraint enterprises_verified_by_user_id_fkey FOREIGN KEY (verified_by_user_id) REFERENCES users(id);
CREATE INDEX enterprises_area_idx ON public.enterprises USING btree (area_id, id);
CREATE INDEX enterprises_name_trgm_idx ON public.enterprises USING gin (name gin_trgm_ops);
CREATE TRIGGER enterprises_count_delete AFTER DELETE ON public.enterprises REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION area_counts_track('enterprises');
CREATE TRIGGER enterprises_count_insert AFTER INSERT ON public.enterprises REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION area_counts_track('enterprises');
CREATE TRIGGER enterprises_count_update AFTER UPDATE ON public.enterprises REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION area_counts_track('enterprises');
CREATE TRIGGER enterprises_post_cards AFTER UPDATE OF name ON public.enterprises FOR EACH ROW WHEN ((old.name IS DISTINCT FROM new.name)) EXECUTE FUNCTION job_posts_card_names();

create table factory_products (
  id bigint generated always as identity not null,
  factory_id bigint not null,
  name text not null,
  unit text not null,
  active boolean default true not null,
  created_at timestamp with time zone default now() not null
);
alter table factory_products add constraint factory_products_factory_id_fkey FOREIGN KEY (factory_id) REFERENCES micro_factories(id);
alter table factory_products add constraint factory_products_factory_id_name_key UNIQUE (factory_id, name);
alter table factory_products add constraint factory_products_name_check CHECK (((length(name) >= 1) AND (length(name) <= 60)));
alter table factory_products add constraint factory_products_pkey PRIMARY KEY (id);
alter table factory_products add constraint factory_products_unit_check CHECK ((unit = ANY (ARRAY['piece'::text, 'item'::text, 'dozen'::text, 'box'::text])));

create table factory_workers (
  id bigint generated always as identity not null,
  factory_id bigint not null,
  resident_id bigint not null,
  joined_on date not null,
  left_on date,
  created_at timestamp with time zone default now() not null
);
alter table factory_workers add constraint factory_workers_factory_id_fkey FOREIGN KEY (factory_id) REFERENCES micro_factories(id);
alter table factory_workers add constraint factory_workers_factory_id_resident_id_key UNIQUE (factory_id, resident_id);
alter table factory_workers add constraint factory_workers_pkey PRIMARY KEY (id);
alter table factory_workers add constraint factory_workers_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
CREATE INDEX factory_workers_resident_idx ON public.factory_workers USING btree (resident_id);

create table files (
  id bigint generated always as identity not null,
  owner_user_id bigint not null,
  purpose text not null,
  original_name text not null,
  mime text not null,
  size_bytes integer not null,
  sha256 text not null,
  storage_key text not null,
  created_at timestamp with time zone default now() not null
);
alter table files add constraint files_mime_check CHECK ((mime = ANY (ARRAY['application/pdf'::text, 'image/jpeg'::text, 'image/png'::text])));
alter table files add constraint files_original_name_check CHECK (((length(original_name) >= 1) AND (length(original_name) <= 200)));
alter table files add constraint files_owner_user_id_fkey FOREIGN KEY (owner_user_id) REFERENCES users(id);
alter table files add constraint files_pkey PRIMARY KEY (id);
alter table files add constraint files_sha256_check CHECK ((sha256 ~ '^[0-9a-f]{64}$'::text));
alter table files add constraint files_size_bytes_check CHECK ((size_bytes > 0));
alter table files add constraint files_storage_key_key UNIQUE (storage_key);
CREATE INDEX files_owner_idx ON public.files USING btree (owner_user_id, created_at DESC);

create table import_jobs (
  id bigint generated always as identity not null,
  kind text not null,
  file_name text not null,
  skip_bad boolean not null,
  status text not null,
  total_rows integer default 0 not null,
  processed_rows integer default 0 not null,
  imported integer default 0 not null,
  unchanged integer default 0 not null,
  skipped integer default 0 not null,
  problems jsonb default '[]'::jsonb not null,
  created_by_user_id bigint not null,
  client_key uuid not null,
  created_at timestamp with time zone default now() not null,
  finished_at timestamp with time zone,
  updated_at timestamp with time zone default now() not null
);
alter table import_jobs add constraint import_jobs_created_by_user_id_client_key_key UNIQUE (created_by_user_id, client_key);
alter table import_jobs add constraint import_jobs_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table import_jobs add constraint import_jobs_file_name_check CHECK (((length(file_name) >= 1) AND (length(file_name) <= 200)));
alter table import_jobs add constraint import_jobs_imported_check CHECK ((imported >= 0));
alter table import_jobs add constraint import_jobs_kind_check CHECK ((kind = ANY (ARRAY['residents'::text, 'enterprises'::text])));
alter table import_jobs add constraint import_jobs_pkey PRIMARY KEY (id);
alter table import_jobs add constraint import_jobs_processed_rows_check CHECK ((processed_rows >= 0));
alter table import_jobs add constraint import_jobs_skipped_check CHECK ((skipped >= 0));
alter table import_jobs add constraint import_jobs_status_check CHECK ((status = ANY (ARRAY['checking'::text, 'importing'::text, 'done'::text, 'rejected'::text, 'failed'::text])));
alter table import_jobs add constraint import_jobs_total_rows_check CHECK ((total_rows >= 0));
alter table import_jobs add constraint import_jobs_unchanged_check CHECK ((unchanged >= 0));
CREATE INDEX import_jobs_running_idx ON public.import_jobs USING btree (updated_at) WHERE (status = ANY (ARRAY['checking'::text, 'importing'::text]));

create table institutions (
  id bigint generated always as identity not null,
  area_id bigint not null,
  name text not null,
  kind text not null
);
alter table institutions add constraint institutions_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table institutions add constraint institutions_kind_check CHECK ((kind = ANY (ARRAY['guarantee'::text, 'bank'::text])));
alter table institutions add constraint institutions_name_key UNIQUE (name);
alter table institutions add constraint institutions_pkey PRIMARY KEY (id);

create table job_application_events (
  id bigint generated always as identity not null,
  application_id bigint not null,
  status text not null,
  by_user_id bigint not null,
  assisted_by_user_id bigint,
  note text,
  at timestamp with time zone default now() not null
);
alter table job_application_events add constraint job_application_events_application_id_fkey FOREIGN KEY (application_id) REFERENCES job_applications(id);
alter table job_application_events add constraint job_application_events_assisted_by_user_id_fkey FOREIGN KEY (assisted_by_user_id) REFERENCES users(id);
alter table job_application_events add constraint job_application_events_by_user_id_fkey FOREIGN KEY (by_user_id) REFERENCES users(id);
alter table job_application_events add constraint job_application_events_pkey PRIMARY KEY (id);
CREATE INDEX job_application_events_idx ON public.job_application_events USING btree (application_id, id);

create table job_application_messages (
  id bigint generated always as identity not null,
  application_id bigint not null,
  side text not null,
  author_user_id bigint not null,
  assisted_by_user_id bigint,
  body text not null,
  created_at timestamp with time zone default now() not null
);
alter table job_application_messages add constraint job_application_messages_application_id_fkey FOREIGN KEY (application_id) REFERENCES job_applications(id);
alter table job_application_messages add constraint job_application_messages_assisted_by_user_id_fkey FOREIGN KEY (assisted_by_user_id) REFERENCES users(id);
alter table job_application_messages add constraint job_application_messages_author_user_id_fkey FOREIGN KEY (author_user_id) REFERENCES users(id);
alter table job_application_messages add constraint job_application_messages_body_check CHECK (((length(body) >= 1) AND (length(body) <= 1000)));
alter table job_application_messages add constraint job_application_messages_pkey PRIMARY KEY (id);
alter table job_application_messages add constraint job_application_messages_side_check CHECK ((side = ANY (ARRAY['resident'::text, 'employer'::text])));
CREATE INDEX job_application_messages_idx ON public.job_application_messages USING btree (application_id, id);

create table job_applications (
  id bigint generated always as identity not null,
  post_id bigint not null,
  resident_id bigint not null,
  enterprise_id bigint not null,
  resident_area_id bigint not null,
  origin text not null,
  status text not null,
  shared_fields text[] default '{}'::text[] not null,
  consent_id bigint,
  accepted_at timestamp with time zone,
  invitation jsonb,
  reject_reason text,
  assisted_by_user_id bigint,
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null
);
alter table job_applications add constraint job_applications_assisted_by_user_id_fkey FOREIGN KEY (assisted_by_user_id) REFERENCES users(id);
alter table job_applications add constraint job_applications_check CHECK (((consent_id IS NULL) = (accepted_at IS NULL)));
alter table job_applications add constraint job_applications_check1 CHECK (((origin = 'employer'::text) OR (consent_id IS NOT NULL)));
alter table job_applications add constraint job_applications_check2 CHECK (((status <> 'hired'::text) OR (accepted_at IS NOT NULL)));
alter table job_applications add constraint job_applications_check3 CHECK (((status <> 'invited'::text) OR (invitation IS NOT NULL)));
alter table job_applications add constraint job_applications_check4 CHECK (((status <> 'rejected'::text) OR (reject_reason IS NOT NULL)));
alter table job_applications add constraint job_applications_consent_id_fkey FOREIGN KEY (consent_id) REFERENCES consents(id);
alter table job_applications add constraint job_applications_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
alter table job_applications add constraint job_applications_origin_check CHECK ((origin = ANY (ARRAY['resident'::text, 'employer'::text])));
alter table job_applications add constraint job_applications_pkey PRIMARY KEY (id);
alter table job_applications add constraint job_applications_post_id_fkey FOREIGN KEY (post_id) REFERENCES job_posts(id);
alter table job_applications add constraint job_applications_post_id_resident_id_key UNIQUE (post_id, resident_id);
alter table job_applications add constraint job_applications_resident_area_id_fkey FOREIGN KEY (resident_area_id) REFERENCES areas(id);
alter table job_applications add constraint job_applications_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
alter table job_applications add constraint job_applications_shared_fields_check CHECK ((shared_fields <@ ARRAY['name'::text, 'phone'::text, 'gender'::text, 'age'::text, 'skills'::text, 'availability'::text, 'community'::text]));
alter table job_applications add constraint job_applications_status_check CHECK ((status = ANY (ARRAY['applied'::text, 'viewed'::text, 'invited'::text, 'hired'::text, 'rejected'::text, 'withdrawn'::text])));
CREATE INDEX job_applications_post_idx ON public.job_applications USING btree (post_id, id DESC);
CREATE INDEX job_applications_resident_idx ON public.job_applications USING btree (resident_id, id DESC);

create table job_post_reports (
  id bigint generated always as identity not null,
  post_id bigint not null,
  area_id bigint not null,
  reporter_user_id bigint not null,
  reason text not null,
  detail text,
  status text default 'open'::text not null,
  handled_by_user_id bigint,
  handled_note text,
  handled_at timestamp with time zone,
  created_at timestamp with time zone default now() not null
);
alter table job_post_reports add constraint job_post_reports_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table job_post_reports add constraint job_post_reports_handled_by_user_id_fkey FOREIGN KEY (handled_by_user_id) REFERENCES users(id);
alter table job_post_reports add constraint job_post_reports_pkey PRIMARY KEY (id);
alter table job_post_reports add constraint job_post_reports_post_id_fkey FOREIGN KEY (post_id) REFERENCES job_posts(id);
alter table job_post_reports add constraint job_post_reports_post_id_reporter_user_id_key UNIQUE (post_id, reporter_user_id);
alter table job_post_reports add constraint job_post_reports_reason_check CHECK ((reason = ANY (ARRAY['fee'::text, 'false_info'::text, 'discrimination'::text, 'unsafe'::text, 'other'::text])));
alter table job_post_reports add constraint job_post_reports_reporter_user_id_fkey FOREIGN KEY (reporter_user_id) REFERENCES users(id);
alter table job_post_reports add constraint job_post_reports_status_check CHECK ((status = ANY (ARRAY['open'::text, 'upheld'::text, 'dismissed'::text])));
CREATE INDEX job_post_reports_open_idx ON public.job_post_reports USING btree (status, area_id, id DESC);

create table job_posts (
  id bigint generated always as identity not null,
  enterprise_id bigint not null,
  area_id bigint not null,
  loc point not null,
  title text not null,
  category text not null,
  type text not null,
  pay_min_fen integer not null,
  pay_max_fen integer not null,
  pay_unit text not null,
  flexible boolean not null,
  windows jsonb default '[]'::jsonb not null,
  slots bit(336) default (repeat('0'::text, 336))::bit(336) not null,
  slot_count integer default 0 not null,
  headcount integer not null,
  skills text[] default '{}'::text[] not null,
  requirements text default ''::text not null,
  description text default ''::text not null,
  contract boolean default false not null,
  social_insurance boolean default false not null,
  valid_until date not null,
  status text not null,
  review_note text,
  reviewed_by_user_id bigint,
  reviewed_at timestamp with time zone,
  mother_status text default 'none'::text not null,
  mother_note text,
  mother_by_user_id bigint,
  created_by_user_id bigint not null,
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null,
  card json not null
);
alter table job_posts add constraint job_posts_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table job_posts add constraint job_posts_category_check CHECK ((category = ANY (ARRAY['manufacturing'::text, 'catering'::text, 'retail'::text, 'services'::text, 'logistics'::text, 'care'::text, 'office'::text, 'other'::text])));
alter table job_posts add constraint job_posts_check CHECK ((pay_max_fen >= pay_min_fen));
alter table job_posts add constraint job_posts_check1 CHECK ((flexible OR (slot_count > 0)));
alter table job_posts add constraint job_posts_check2 CHECK (((mother_status <> 'certified'::text) OR (contract AND social_insurance AND (NOT flexible))));
alter table job_posts add constraint job_posts_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table job_posts add constraint job_posts_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
alter table job_posts add constraint job_posts_headcount_check CHECK (((headcount >= 1) AND (headcount <= 1000)));
alter table job_posts add constraint job_posts_mother_by_user_id_fkey FOREIGN KEY (mother_by_user_id) REFERENCES users(id);
alter table job_posts add constraint job_posts_mother_status_check CHECK ((mother_status = ANY (ARRAY['none'::text, 'requested'::text, 'certified'::text, 'refused'::text])));
alter table job_posts add constraint job_posts_pay_min_fen_check CHECK ((pay_min_fen >= 0));
alter table job_posts add constraint job_posts_pay_unit_check CHECK ((pay_unit = ANY (ARRAY['month'::text, 'day'::text, 'hour'::text, 'piece'::text])));
alter table job_posts add constraint job_posts_pkey PRIMARY KEY (id);
alter table job_posts add constraint job_posts_reviewed_by_user_id_fkey FOREIGN KEY (reviewed_by_user_id) REFERENCES users(id);
alter table job_posts add constraint job_posts_slot_count_check CHECK (((slot_count >= 0) AND (slot_count <= 336)));
alter table job_posts add constraint job_posts_status_check CHECK ((status = ANY (ARRAY['pending_review'::text, 'published'::text, 'rejected'::text, 'taken_down'::text, 'closed'::text])));
alter table job_posts add constraint job_posts_title_check CHECK (((length(title) >= 2) AND (length(title) <= 60)));
alter table job_posts add constraint job_posts_type_check CHECK ((type = ANY (ARRAY['full_time'::text, 'part_time'::text, 'piecework'::text, 'hourly'::text, 'gig'::text, 'shared'::text])));
CREATE INDEX job_posts_enterprise_idx ON public.job_posts USING btree (enterprise_id, id DESC);
CREATE INDEX job_posts_nearest_knn ON public.job_posts USING gist (loc, valid_until, mother_status) INCLUDE (id) WHERE (status = 'published'::text);
CREATE INDEX job_posts_review_idx ON public.job_posts USING btree (area_id, id) WHERE ((status = 'pending_review'::text) OR (mother_status = 'requested'::text));
CREATE TRIGGER job_posts_card BEFORE INSERT OR UPDATE ON public.job_posts FOR EACH ROW EXECUTE FUNCTION job_posts_card();

create table job_profiles (
  resident_id bigint not null,
  skills text[] default '{}'::text[] not null,
  job_types text[] default '{}'::text[] not null,
  min_pay_fen integer,
  min_pay_unit text,
  windows jsonb default '[]'::jsonb not null,
  slots bit(336) default (repeat('0'::text, 336))::bit(336) not null,
  slot_count integer default 0 not null,
  school_hours_preset boolean default false not null,
  home_area_id bigint not null,
  home_loc point not null,
  max_walk_minutes integer default 20 not null,
  discoverable boolean default false not null,
  updated_by_user_id bigint,
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null,
  match_order text default 'score'::text not null
);
alter table job_profiles add constraint job_profiles_check CHECK (((min_pay_fen IS NULL) = (min_pay_unit IS NULL)));
alter table job_profiles add constraint job_profiles_home_area_id_fkey FOREIGN KEY (home_area_id) REFERENCES areas(id);
alter table job_profiles add constraint job_profiles_job_types_check CHECK ((job_types <@ ARRAY['full_time'::text, 'part_time'::text, 'piecework'::text, 'hourly'::text, 'gig'::text, 'shared'::text]));
alter table job_profiles add constraint job_profiles_match_order_check CHECK ((match_order = ANY (ARRAY['score'::text, 'walk'::text])));
alter table job_profiles add constraint job_profiles_max_walk_minutes_check CHECK (((max_walk_minutes >= 5) AND (max_walk_minutes <= 120)));
alter table job_profiles add constraint job_profiles_min_pay_fen_check CHECK ((min_pay_fen >= 0));
alter table job_profiles add constraint job_profiles_min_pay_unit_check CHECK ((min_pay_unit = ANY (ARRAY['month'::text, 'day'::text, 'hour'::text, 'piece'::text])));
alter table job_profiles add constraint job_profiles_pkey PRIMARY KEY (resident_id);
alter table job_profiles add constraint job_profiles_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
alter table job_profiles add constraint job_profiles_slot_count_check CHECK (((slot_count >= 0) AND (slot_count <= 336)));
alter table job_profiles add constraint job_profiles_updated_by_user_id_fkey FOREIGN KEY (updated_by_user_id) REFERENCES users(id);
CREATE INDEX job_profiles_discoverable_knn ON public.job_profiles USING gist (home_loc) WHERE discoverable;

create table kysely_migration (
  name character varying(255) not null,
  timestamp character varying(255) not null
);
alter table kysely_migration add constraint kysely_migration_pkey PRIMARY KEY (name);

create table kysely_migration_lock (
  id character varying(255) not null,
  is_locked integer default 0 not null
);
alter table kysely_migration_lock add constraint kysely_migration_lock_pkey PRIMARY KEY (id);

create table loan_events (
  id bigint generated always as identity not null,
  loan_id bigint not null,
  action text not null,
  from_status text,
  to_status text not null,
  actor_user_id bigint,
  on_behalf boolean default false not null,
  note text default ''::text not null,
  client_key uuid,
  at timestamp with time zone default now() not null
);
alter table loan_events add constraint loan_events_actor_user_id_fkey FOREIGN KEY (actor_user_id) REFERENCES users(id);
alter table loan_events add constraint loan_events_loan_id_client_key_key UNIQUE (loan_id, client_key);
alter table loan_events add constraint loan_events_loan_id_fkey FOREIGN KEY (loan_id) REFERENCES loans(id);
alter table loan_events add constraint loan_events_note_check CHECK ((length(note) <= 1000));
alter table loan_events add constraint loan_events_pkey PRIMARY KEY (id);
CREATE INDEX loan_events_loan_idx ON public.loan_events USING btree (loan_id, id);

create table loan_lpr_rates (
  effective_from date not null,
  rate_bp integer not null,
  recorded_by_user_id bigint,
  recorded_at timestamp with time zone default now() not null
);
alter table loan_lpr_rates add constraint loan_lpr_rates_pkey PRIMARY KEY (effective_from);
alter table loan_lpr_rates add constraint loan_lpr_rates_rate_bp_check CHECK (((rate_bp >= 0) AND (rate_bp <= 2000)));
alter table loan_lpr_rates add constraint loan_lpr_rates_recorded_by_user_id_fkey FOREIGN KEY (recorded_by_user_id) REFERENCES users(id);
CREATE TRIGGER loan_lpr_rates_changed AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.loan_lpr_rates FOR EACH STATEMENT EXECUTE FUNCTION loan_settings_changed();

create table loan_materials (
  id bigint generated always as identity not null,
  loan_id bigint not null,
  file_id bigint not null,
  material text not null,
  uploaded_by_user_id bigint not null,
  at timestamp with time zone default now() not null
);
alter table loan_materials add constraint loan_materials_file_id_fkey FOREIGN KEY (file_id) REFERENCES files(id);
alter table loan_materials add constraint loan_materials_file_id_key UNIQUE (file_id);
alter table loan_materials add constraint loan_materials_loan_id_fkey FOREIGN KEY (loan_id) REFERENCES loans(id);
alter table loan_materials add constraint loan_materials_material_check CHECK (((length(material) >= 1) AND (length(material) <= 100)));
alter table loan_materials add constraint loan_materials_pkey PRIMARY KEY (id);
alter table loan_materials add constraint loan_materials_uploaded_by_user_id_fkey FOREIGN KEY (uploaded_by_user_id) REFERENCES users(id);
CREATE INDEX loan_materials_idx ON public.loan_materials USING btree (loan_id);

create table loan_products (
  code text not null,
  title text not null,
  applicant_kind text not null,
  max_amount_fen bigint not null,
  max_term_months integer not null,
  condition text default ''::text not null,
  min_new_hire_percent integer,
  materials jsonb default '[]'::jsonb not null,
  legal_basis text not null,
  active boolean default true not null,
  updated_by_user_id bigint,
  updated_at timestamp with time zone default now() not null
);
alter table loan_products add constraint loan_products_applicant_kind_check CHECK ((applicant_kind = ANY (ARRAY['person'::text, 'enterprise'::text])));
alter table loan_products add constraint loan_products_code_check CHECK ((code ~ '^[a-z_]{2,30}$'::text));
alter table loan_products add constraint loan_products_legal_basis_check CHECK (((length(legal_basis) >= 1) AND (length(legal_basis) <= 200)));
alter table loan_products add constraint loan_products_max_amount_fen_check CHECK ((max_amount_fen > 0));
alter table loan_products add constraint loan_products_max_term_months_check CHECK (((max_term_months >= 1) AND (max_term_months <= 120)));
alter table loan_products add constraint loan_products_min_new_hire_percent_check CHECK (((min_new_hire_percent >= 0) AND (min_new_hire_percent <= 100)));
alter table loan_products add constraint loan_products_pkey PRIMARY KEY (code);
alter table loan_products add constraint loan_products_title_check CHECK (((length(title) >= 2) AND (length(title) <= 40)));
alter table loan_products add constraint loan_products_updated_by_user_id_fkey FOREIGN KEY (updated_by_user_id) REFERENCES users(id);

create table loan_quarter_subsidies (
  quarter text not null,
  loan_id bigint not null,
  interest_fen bigint not null,
  subsidy_fen bigint not null
);
alter table loan_quarter_subsidies add constraint loan_quarter_subsidies_check CHECK (((subsidy_fen >= 0) AND (subsidy_fen <= interest_fen)));
alter table loan_quarter_subsidies add constraint loan_quarter_subsidies_interest_fen_check CHECK ((interest_fen >= 0));
alter table loan_quarter_subsidies add constraint loan_quarter_subsidies_loan_id_fkey FOREIGN KEY (loan_id) REFERENCES loans(id);
alter table loan_quarter_subsidies add constraint loan_quarter_subsidies_pkey PRIMARY KEY (quarter, loan_id);
alter table loan_quarter_subsidies add constraint loan_quarter_subsidies_quarter_fkey FOREIGN KEY (quarter) REFERENCES loan_subsidy_quarters(quarter);
CREATE INDEX loan_quarter_subsidies_loan_idx ON public.loan_quarter_subsidies USING btree (loan_id);

create table loan_repayments (
  id bigint generated always as identity not null,
  loan_id bigint not null,
  period_no integer not null,
  paid_on date not null,
  amount_fen bigint not null,
  reference text not null,
  source text not null,
  recorded_by_user_id bigint not null,
  recorded_at timestamp with time zone default now() not null
);
alter table loan_repayments add constraint loan_repayments_amount_fen_check CHECK ((amount_fen > 0));
alter table loan_repayments add constraint loan_repayments_loan_id_fkey FOREIGN KEY (loan_id) REFERENCES loans(id);
alter table loan_repayments add constraint loan_repayments_loan_id_period_no_fkey FOREIGN KEY (loan_id, period_no) REFERENCES loan_schedule_periods(loan_id, period_no);
alter table loan_repayments add constraint loan_repayments_loan_id_reference_key UNIQUE (loan_id, reference);
alter table loan_repayments add constraint loan_repayments_pkey PRIMARY KEY (id);
alter table loan_repayments add constraint loan_repayments_recorded_by_user_id_fkey FOREIGN KEY (recorded_by_user_id) REFERENCES users(id);
alter table loan_repayments add constraint loan_repayments_reference_check CHECK (((length(reference) >= 1) AND (length(reference) <= 64)));
alter table loan_repayments add constraint loan_repayments_source_check CHECK ((source = ANY (ARRAY['screen'::text, 'import'::text])));

create table loan_rules (
  id integer default 1 not null,
  rate_cap_spread_bp integer not null,
  borrower_spread_bp integer not null,
  subsidy_years integer not null,
  legal_basis text not null,
  updated_by_user_id bigint,
  updated_at timestamp with time zone default now() not null
);
alter table loan_rules add constraint loan_rules_borrower_spread_bp_check CHECK (((borrower_spread_bp >= '-1000'::integer) AND (borrower_spread_bp <= 1000)));
alter table loan_rules add constraint loan_rules_id_check CHECK ((id = 1));
alter table loan_rules add constraint loan_rules_pkey PRIMARY KEY (id);
alter table loan_rules add constraint loan_rules_rate_cap_spread_bp_check CHECK (((rate_cap_spread_bp >= 0) AND (rate_cap_spread_bp <= 1000)));
alter table loan_rules add constraint loan_rules_subsidy_years_check CHECK (((subsidy_years >= 0) AND (subsidy_years <= 10)));
alter table loan_rules add constraint loan_rules_updated_by_user_id_fkey FOREIGN KEY (updated_by_user_id) REFERENCES users(id);
CREATE TRIGGER loan_rules_changed AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.loan_rules FOR EACH STATEMENT EXECUTE FUNCTION loan_settings_changed();

create table loan_schedule_periods (
  loan_id bigint not null,
  period_no integer not null,
  starts_on date not null,
  due_on date not null,
  outstanding_fen bigint not null,
  principal_fen bigint not null,
  interest_fen bigint not null,
  subsidy_fen bigint not null,
  paid_fen bigint default 0 not null,
  paid_on date,
  overdue_on date
);
alter table loan_schedule_periods add constraint loan_schedule_periods_check CHECK ((due_on > starts_on));
alter table loan_schedule_periods add constraint loan_schedule_periods_check1 CHECK (((subsidy_fen >= 0) AND (subsidy_fen <= interest_fen)));
alter table loan_schedule_periods add constraint loan_schedule_periods_interest_fen_check CHECK ((interest_fen >= 0));
alter table loan_schedule_periods add constraint loan_schedule_periods_loan_id_fkey FOREIGN KEY (loan_id) REFERENCES loans(id);
alter table loan_schedule_periods add constraint loan_schedule_periods_outstanding_fen_check CHECK ((outstanding_fen >= 0));
alter table loan_schedule_periods add constraint loan_schedule_periods_paid_fen_check CHECK ((paid_fen >= 0));
alter table loan_schedule_periods add constraint loan_schedule_periods_period_no_check CHECK ((period_no >= 1));
alter table loan_schedule_periods add constraint loan_schedule_periods_pkey PRIMARY KEY (loan_id, period_no);
alter table loan_schedule_periods add constraint loan_schedule_periods_principal_fen_check CHECK ((principal_fen >= 0));
CREATE INDEX loan_schedule_unpaid_idx ON public.loan_schedule_periods USING btree (due_on) WHERE (paid_on IS NULL);

create table loan_stage_targets (
  stage text not null,
  working_days integer not null
);
alter table loan_stage_targets add constraint loan_stage_targets_pkey PRIMARY KEY (stage);
alter table loan_stage_targets add constraint loan_stage_targets_stage_check CHECK ((stage = ANY (ARRAY['submitted'::text, 'station_review'::text, 'street_review'::text, 'guarantee_review'::text, 'bank_review'::text, 'bank_approved'::text])));
alter table loan_stage_targets add constraint loan_stage_targets_working_days_check CHECK (((working_days >= 1) AND (working_days <= 60)));
CREATE TRIGGER loan_stage_targets_changed AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.loan_stage_targets FOR EACH STATEMENT EXECUTE FUNCTION loan_settings_changed();

create table loan_subsidy_quarters (
  quarter text not null,
  starts_on date not null,
  ends_on date not null,
  loan_count integer not null,
  subsidy_fen bigint not null,
  recorded_by_user_id bigint not null,
  recorded_at timestamp with time zone not null
);
alter table loan_subsidy_quarters add constraint loan_subsidy_quarters_check CHECK ((ends_on > starts_on));
alter table loan_subsidy_quarters add constraint loan_subsidy_quarters_pkey PRIMARY KEY (quarter);
alter table loan_subsidy_quarters add constraint loan_subsidy_quarters_quarter_check CHECK ((quarter ~ '^[0-9]{4}-Q[1-4]$'::text));
alter table loan_subsidy_quarters add constraint loan_subsidy_quarters_recorded_by_user_id_fkey FOREIGN KEY (recorded_by_user_id) REFERENCES users(id);

create table loans (
  id bigint generated always as identity not null,
  product_code text not null,
  applicant_kind text not null,
  resident_id bigint not null,
  enterprise_id bigint,
  area_id bigint not null,
  station_id bigint not null,
  guarantee_institution_id bigint not null,
  bank_institution_id bigint not null,
  amount_fen bigint not null,
  term_months integer not null,
  purpose text not null,
  jobs_promised integer not null,
  jobs_created integer,
  guarantee_mode text not null,
  status text not null,
  stage_entered_at timestamp with time zone default now() not null,
  eligibility jsonb not null,
  consent_text text not null,
  consented_at timestamp with time zone not null,
  filed_by_user_id bigint not null,
  assisted boolean not null,
  client_key uuid not null,
  rate_bp integer,
  interest_frequency text,
  principal_mode text,
  disbursed_on date,
  maturity_on date,
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null
);
alter table loans add constraint loans_amount_fen_check CHECK ((amount_fen > 0));
alter table loans add constraint loans_applicant_kind_check CHECK ((applicant_kind = ANY (ARRAY['person'::text, 'enterprise'::text])));
alter table loans add constraint loans_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table loans add constraint loans_bank_institution_id_fkey FOREIGN KEY (bank_institution_id) REFERENCES institutions(id);
alter table loans add constraint loans_check CHECK (((applicant_kind = 'person'::text) OR (enterprise_id IS NOT NULL)));
alter table loans add constraint loans_check1 CHECK (((status = ANY (ARRAY['repaying'::text, 'overdue'::text, 'settled'::text])) = (disbursed_on IS NOT NULL)));
alter table loans add constraint loans_check2 CHECK (((disbursed_on IS NULL) OR ((rate_bp IS NOT NULL) AND (interest_frequency IS NOT NULL) AND (maturity_on IS NOT NULL))));
alter table loans add constraint loans_check3 CHECK (((status <> ALL (ARRAY['bank_approved'::text, 'repaying'::text, 'overdue'::text, 'settled'::text])) OR (rate_bp IS NOT NULL)));
alter table loans add constraint loans_consent_text_check CHECK (((length(consent_text) >= 1) AND (length(consent_text) <= 1000)));
alter table loans add constraint loans_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
alter table loans add constraint loans_filed_by_user_id_client_key_key UNIQUE (filed_by_user_id, client_key);
alter table loans add constraint loans_filed_by_user_id_fkey FOREIGN KEY (filed_by_user_id) REFERENCES users(id);
alter table loans add constraint loans_guarantee_institution_id_fkey FOREIGN KEY (guarantee_institution_id) REFERENCES institutions(id);
alter table loans add constraint loans_guarantee_mode_check CHECK ((guarantee_mode = ANY (ARRAY['guarantee_centre'::text, 'personal_counter'::text, 'collateral'::text, 'credit'::text])));
alter table loans add constraint loans_interest_frequency_check CHECK ((interest_frequency = ANY (ARRAY['monthly'::text, 'quarterly'::text])));
alter table loans add constraint loans_jobs_created_check CHECK (((jobs_created >= 0) AND (jobs_created <= 10000)));
alter table loans add constraint loans_jobs_promised_check CHECK (((jobs_promised >= 0) AND (jobs_promised <= 10000)));
alter table loans add constraint loans_pkey PRIMARY KEY (id);
alter table loans add constraint loans_principal_mode_check CHECK ((principal_mode = ANY (ARRAY['at_maturity'::text, 'instalments'::text])));
alter table loans add constraint loans_product_code_fkey FOREIGN KEY (product_code) REFERENCES loan_products(code);
alter table loans add constraint loans_purpose_check CHECK (((length(purpose) >= 2) AND (length(purpose) <= 500)));
alter table loans add constraint loans_rate_bp_check CHECK (((rate_bp >= 1) AND (rate_bp <= 2000)));
alter table loans add constraint loans_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
alter table loans add constraint loans_station_id_fkey FOREIGN KEY (station_id) REFERENCES stations(id);
alter table loans add constraint loans_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'submitted'::text, 'station_review'::text, 'street_review'::text, 'guarantee_review'::text, 'bank_review'::text, 'bank_approved'::text, 'repaying'::text, 'overdue'::text, 'settled'::text, 'returned'::text, 'rejected'::text, 'withdrawn'::text])));
alter table loans add constraint loans_term_months_check CHECK (((term_months >= 1) AND (term_months <= 120)));
CREATE INDEX loans_area_idx ON public.loans USING btree (area_id, status);
CREATE INDEX loans_bank_idx ON public.loans USING btree (bank_institution_id, status);
CREATE INDEX loans_disbursed_idx ON public.loans USING btree (disbursed_on) WHERE (disbursed_on IS NOT NULL);
CREATE INDEX loans_guarantee_idx ON public.loans USING btree (guarantee_institution_id, status);
CREATE INDEX loans_resident_idx ON public.loans USING btree (resident_id);
CREATE INDEX loans_station_idx ON public.loans USING btree (station_id, status);
CREATE UNIQUE INDEX loans_one_open_idx ON public.loans USING btree (resident_id, COALESCE(enterprise_id, (0)::bigint)) WHERE (status = ANY (ARRAY['draft'::text, 'submitted'::text, 'station_review'::text, 'street_review'::text, 'guarantee_review'::text, 'bank_review'::text, 'bank_approved'::text, 'returned'::text]));

create table micro_factories (
  id bigint generated always as identity not null,
  area_id bigint not null,
  enterprise_id bigint,
  operator_resident_id bigint,
  venue_id bigint,
  name text not null,
  industry text not null,
  workstations integer not null,
  opening_hours text default ''::text not null,
  status text default 'preparing'::text not null,
  invite_code text not null,
  verified_at timestamp with time zone,
  verified_by_user_id bigint,
  created_by_user_id bigint not null,
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null
);
alter table micro_factories add constraint micro_factories_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table micro_factories add constraint micro_factories_check CHECK (((enterprise_id IS NULL) <> (operator_resident_id IS NULL)));
alter table micro_factories add constraint micro_factories_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table micro_factories add constraint micro_factories_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
alter table micro_factories add constraint micro_factories_industry_check CHECK ((industry = ANY (ARRAY['bags'::text, 'garments'::text, 'food'::text, 'accessories'::text, 'cosmetics_packing'::text, 'electronics'::text, 'handicraft'::text, 'other'::text])));
alter table micro_factories add constraint micro_factories_invite_code_check CHECK ((invite_code ~ '^[A-Za-z0-9]{8,32}$'::text));
alter table micro_factories add constraint micro_factories_invite_code_key UNIQUE (invite_code);
alter table micro_factories add constraint micro_factories_name_check CHECK (((length(name) >= 2) AND (length(name) <= 100)));
alter table micro_factories add constraint micro_factories_opening_hours_check CHECK ((length(opening_hours) <= 60));
alter table micro_factories add constraint micro_factories_operator_resident_id_fkey FOREIGN KEY (operator_resident_id) REFERENCES residents(id);
alter table micro_factories add constraint micro_factories_pkey PRIMARY KEY (id);
alter table micro_factories add constraint micro_factories_status_check CHECK ((status = ANY (ARRAY['preparing'::text, 'operating'::text, 'closed'::text])));
alter table micro_factories add constraint micro_factories_venue_id_fkey FOREIGN KEY (venue_id) REFERENCES venues(id);
alter table micro_factories add constraint micro_factories_verified_by_user_id_fkey FOREIGN KEY (verified_by_user_id) REFERENCES users(id);
alter table micro_factories add constraint micro_factories_workstations_check CHECK (((workstations >= 1) AND (workstations <= 1000)));
CREATE INDEX micro_factories_area_idx ON public.micro_factories USING btree (area_id);
CREATE INDEX micro_factories_enterprise_idx ON public.micro_factories USING btree (enterprise_id);
CREATE UNIQUE INDEX micro_factories_venue_uq ON public.micro_factories USING btree (venue_id) WHERE ((venue_id IS NOT NULL) AND (status <> 'closed'::text));

create table notifications (
  id bigint generated always as identity not null,
  user_id bigint not null,
  kind text not null,
  title text not null,
  body text default ''::text not null,
  link text,
  data jsonb default '{}'::jsonb not null,
  dedupe_key text,
  created_at timestamp with time zone default now() not null,
  read_at timestamp with time zone,
  template text,
  params jsonb
);
alter table notifications add constraint notifications_pkey PRIMARY KEY (id);
alter table notifications add constraint notifications_template_params CHECK (((template IS NULL) = (params IS NULL)));
alter table notifications add constraint notifications_title_check CHECK (((length(title) >= 1) AND (length(title) <= 200)));
alter table notifications add constraint notifications_user_id_dedupe_key_key UNIQUE (user_id, dedupe_key);
alter table notifications add constraint notifications_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id);
CREATE INDEX notifications_unread_idx ON public.notifications USING btree (user_id) WHERE (read_at IS NULL);
CREATE INDEX notifications_user_idx ON public.notifications USING btree (user_id, created_at DESC, id DESC);

create table organisation_activities (
  id bigint generated always as identity not null,
  organisation_id bigint not null,
  title text not null,
  held_on date not null,
  place text not null,
  created_at timestamp with time zone default now() not null
);
alter table organisation_activities add constraint organisation_activities_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations(id);
alter table organisation_activities add constraint organisation_activities_organisation_id_held_on_title_key UNIQUE (organisation_id, held_on, title);
alter table organisation_activities add constraint organisation_activities_pkey PRIMARY KEY (id);
alter table organisation_activities add constraint organisation_activities_place_check CHECK (((length(place) >= 1) AND (length(place) <= 100)));
alter table organisation_activities add constraint organisation_activities_title_check CHECK (((length(title) >= 1) AND (length(title) <= 60)));

create table organisation_contacts (
  id bigint generated always as identity not null,
  organisation_id bigint not null,
  name text not null,
  role text not null,
  phone text not null,
  created_at timestamp with time zone default now() not null
);
alter table organisation_contacts add constraint organisation_contacts_name_check CHECK (((length(name) >= 1) AND (length(name) <= 40)));
alter table organisation_contacts add constraint organisation_contacts_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations(id);
alter table organisation_contacts add constraint organisation_contacts_organisation_id_phone_key UNIQUE (organisation_id, phone);
alter table organisation_contacts add constraint organisation_contacts_phone_check CHECK ((phone ~ '^1[3-9][0-9]{9}$'::text));
alter table organisation_contacts add constraint organisation_contacts_pkey PRIMARY KEY (id);
alter table organisation_contacts add constraint organisation_contacts_role_check CHECK (((length(role) >= 1) AND (length(role) <= 40)));

create table organisation_members (
  id bigint generated always as identity not null,
  organisation_id bigint not null,
  resident_id bigint,
  enterprise_id bigint,
  role text not null,
  joined_on date not null,
  added_by_user_id bigint,
  created_at timestamp with time zone default now() not null
);
alter table organisation_members add constraint organisation_members_added_by_user_id_fkey FOREIGN KEY (added_by_user_id) REFERENCES users(id);
alter table organisation_members add constraint organisation_members_check CHECK (((resident_id IS NULL) <> (enterprise_id IS NULL)));
alter table organisation_members add constraint organisation_members_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
alter table organisation_members add constraint organisation_members_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES organisations(id);
alter table organisation_members add constraint organisation_members_pkey PRIMARY KEY (id);
alter table organisation_members add constraint organisation_members_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
alter table organisation_members add constraint organisation_members_role_check CHECK (((length(role) >= 1) AND (length(role) <= 40)));
CREATE INDEX organisation_members_resident_idx ON public.organisation_members USING btree (resident_id);
CREATE UNIQUE INDEX organisation_members_enterprise_key ON public.organisation_members USING btree (organisation_id, enterprise_id) WHERE (enterprise_id IS NOT NULL);
CREATE UNIQUE INDEX organisation_members_resident_key ON public.organisation_members USING btree (organisation_id, resident_id) WHERE (resident_id IS NOT NULL);

create table organisations (
  id bigint generated always as identity not null,
  area_id bigint not null,
  name text not null,
  kind text not null,
  summary text default ''::text not null,
  public boolean default true not null,
  created_by_user_id bigint,
  client_key uuid,
  created_at timestamp with time zone default now() not null
);
alter table organisations add constraint organisations_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table organisations add constraint organisations_area_id_name_key UNIQUE (area_id, name);
alter table organisations add constraint organisations_created_by_user_id_client_key_key UNIQUE (created_by_user_id, client_key);
alter table organisations add constraint organisations_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table organisations add constraint organisations_kind_check CHECK ((kind = ANY (ARRAY['gig_station'::text, 'entrepreneur_alliance'::text, 'housekeeping_alliance'::text, 'volunteer_team'::text, 'party_branch'::text])));
alter table organisations add constraint organisations_name_check CHECK (((length(name) >= 1) AND (length(name) <= 60)));
alter table organisations add constraint organisations_pkey PRIMARY KEY (id);
alter table organisations add constraint organisations_summary_check CHECK ((length(summary) <= 500));
CREATE INDEX organisations_area_idx ON public.organisations USING btree (area_id);

create table person_facts (
  resident_id bigint not null,
  area_id bigint not null,
  label_bits integer not null,
  birth_date date,
  unemployed_registered_on date,
  youngest_child_birth_date date,
  hukou_area text,
  gender text,
  business_stage text,
  basic_training_hours integer default 0 not null,
  training_certificates integer default 0 not null,
  skill_certificates integer default 0 not null
);
alter table person_facts add constraint person_facts_basic_training_hours_check CHECK ((basic_training_hours >= 0));
alter table person_facts add constraint person_facts_pkey PRIMARY KEY (resident_id);
alter table person_facts add constraint person_facts_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id) ON DELETE CASCADE;
alter table person_facts add constraint person_facts_skill_certificates_check CHECK ((skill_certificates >= 0));
alter table person_facts add constraint person_facts_training_certificates_check CHECK ((training_certificates >= 0));

create table piece_adjustments (
  id bigint generated always as identity not null,
  factory_id integer not null,
  worker_id integer not null,
  record_id bigint,
  origin_date date not null,
  amount_e4 bigint not null,
  settlement_id bigint,
  created_at timestamp with time zone default now() not null,
  carried_from_line_id bigint
);
alter table piece_adjustments add constraint piece_adjustments_carried_from_line_id_key UNIQUE (carried_from_line_id);
alter table piece_adjustments add constraint piece_adjustments_one_source CHECK (((record_id IS NULL) <> (carried_from_line_id IS NULL)));
alter table piece_adjustments add constraint piece_adjustments_pkey PRIMARY KEY (id);
alter table piece_adjustments add constraint piece_adjustments_record_id_key UNIQUE (record_id);
alter table piece_adjustments add constraint piece_adjustments_settlement_id_fkey FOREIGN KEY (settlement_id) REFERENCES settlements(id);
CREATE INDEX piece_adjustments_open_idx ON public.piece_adjustments USING btree (factory_id, worker_id) WHERE (settlement_id IS NULL);
CREATE TRIGGER piece_adjustments_no_change BEFORE DELETE OR UPDATE ON public.piece_adjustments FOR EACH ROW EXECUTE FUNCTION piece_adjustments_append_only();
CREATE TRIGGER piece_adjustments_no_truncate BEFORE TRUNCATE ON public.piece_adjustments FOR EACH STATEMENT EXECUTE FUNCTION piece_adjustments_append_only();

create table piece_day_totals (
  factory_id integer not null,
  work_date date not null,
  worker_id integer not null,
  product_id integer not null,
  quantity integer not null,
  amount_e4 bigint not null
);
alter table piece_day_totals add constraint piece_day_totals_pkey PRIMARY KEY (work_date, factory_id, worker_id, product_id) INCLUDE (quantity, amount_e4);
CREATE INDEX piece_day_totals_worker_cover ON public.piece_day_totals USING btree (worker_id, work_date, product_id) INCLUDE (quantity, amount_e4);

create table piece_rates (
  product_id bigint not null,
  effective_from date not null,
  rate_e4 integer not null,
  created_by_user_id bigint not null,
  created_at timestamp with time zone default now() not null
);
alter table piece_rates add constraint piece_rates_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table piece_rates add constraint piece_rates_pkey PRIMARY KEY (product_id, effective_from);
alter table piece_rates add constraint piece_rates_product_id_fkey FOREIGN KEY (product_id) REFERENCES factory_products(id);
alter table piece_rates add constraint piece_rates_rate_e4_check CHECK (((rate_e4 >= 1) AND (rate_e4 <= 100000000)));

create table piece_records (
  id bigint generated always as identity not null,
  factory_id integer not null,
  worker_id integer not null,
  product_id integer not null,
  work_date date not null,
  quantity integer not null,
  rate_e4 integer not null,
  state smallint not null,
  self_reported boolean default false not null,
  reverses_id bigint,
  client_key uuid not null,
  created_by_user_id integer not null,
  created_at timestamp with time zone default now() not null
);
alter table piece_records add constraint piece_records_factory_id_client_key_key UNIQUE (factory_id, client_key);
alter table piece_records add constraint piece_records_pkey PRIMARY KEY (id);
alter table piece_records add constraint piece_records_quantity_check CHECK (((quantity <> 0) AND ((quantity >= '-100000'::integer) AND (quantity <= 100000))));
alter table piece_records add constraint piece_records_rate_e4_check CHECK ((rate_e4 > 0));
alter table piece_records add constraint piece_records_state_check CHECK ((state = ANY (ARRAY[1, 2, 3])));
CREATE INDEX piece_records_factory_day_idx ON public.piece_records USING btree (factory_id, work_date);
CREATE INDEX piece_records_pending_idx ON public.piece_records USING btree (factory_id) WHERE (state = 2);
CREATE INDEX piece_records_worker_day_idx ON public.piece_records USING btree (worker_id, work_date);
CREATE UNIQUE INDEX piece_records_reverses_uq ON public.piece_records USING btree (reverses_id) WHERE (reverses_id IS NOT NULL);
CREATE TRIGGER piece_records_no_change BEFORE DELETE OR UPDATE ON public.piece_records FOR EACH ROW EXECUTE FUNCTION piece_records_append_only();
CREATE TRIGGER piece_records_no_truncate BEFORE TRUNCATE ON public.piece_records FOR EACH STATEMENT EXECUTE FUNCTION piece_records_append_only();

create table presence_days (
  worker_id bigint not null,
  work_date date not null,
  factory_id bigint not null,
  state text not null,
  minutes_present integer default 0 not null,
  since timestamp with time zone
);
alter table presence_days add constraint presence_days_factory_id_fkey FOREIGN KEY (factory_id) REFERENCES micro_factories(id);
alter table presence_days add constraint presence_days_minutes_present_check CHECK ((minutes_present >= 0));
alter table presence_days add constraint presence_days_pkey PRIMARY KEY (work_date, worker_id);
alter table presence_days add constraint presence_days_state_check CHECK ((state = ANY (ARRAY['in'::text, 'out'::text, 'done'::text])));
alter table presence_days add constraint presence_days_worker_id_fkey FOREIGN KEY (worker_id) REFERENCES factory_workers(id);
CREATE INDEX presence_days_factory_idx ON public.presence_days USING btree (factory_id, work_date);

create table presence_events (
  id bigint generated always as identity not null,
  factory_id bigint not null,
  worker_id bigint not null,
  work_date date not null,
  kind text not null,
  at timestamp with time zone not null,
  client_key uuid not null,
  created_by_user_id bigint not null
);
alter table presence_events add constraint presence_events_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table presence_events add constraint presence_events_factory_id_client_key_key UNIQUE (factory_id, client_key);
alter table presence_events add constraint presence_events_factory_id_fkey FOREIGN KEY (factory_id) REFERENCES micro_factories(id);
alter table presence_events add constraint presence_events_kind_check CHECK ((kind = ANY (ARRAY['check_in'::text, 'step_out'::text, 'come_back'::text, 'check_out'::text])));
alter table presence_events add constraint presence_events_pkey PRIMARY KEY (id);
alter table presence_events add constraint presence_events_worker_id_fkey FOREIGN KEY (worker_id) REFERENCES factory_workers(id);
CREATE INDEX presence_events_worker_idx ON public.presence_events USING btree (worker_id, work_date, at);

create table resident_facts (
  resident_id bigint not null,
  unemployed_registered_on date,
  youngest_child_birth_date date,
  recorded_by_user_id bigint,
  updated_at timestamp with time zone default now() not null,
  business_stage text
);
alter table resident_facts add constraint resident_facts_business_stage_check CHECK ((business_stage = ANY (ARRAY['registered'::text, 'registering'::text, 'plan_filed'::text, 'none'::text])));
alter table resident_facts add constraint resident_facts_pkey PRIMARY KEY (resident_id);
alter table resident_facts add constraint resident_facts_recorded_by_user_id_fkey FOREIGN KEY (recorded_by_user_id) REFERENCES users(id);
alter table resident_facts add constraint resident_facts_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
CREATE TRIGGER resident_facts_person_facts_delete AFTER DELETE ON public.resident_facts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION person_facts_from_recorded();
CREATE TRIGGER resident_facts_person_facts_insert AFTER INSERT ON public.resident_facts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_facts_from_recorded();
CREATE TRIGGER resident_facts_person_facts_update AFTER UPDATE ON public.resident_facts REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_facts_from_recorded();

create table residents (
  id bigint generated always as identity not null,
  area_id bigint not null,
  name text not null,
  gender text,
  birth_date date,
  phone text not null,
  id_number_enc bytea,
  id_number_hash bytea,
  id_number_masked text,
  hukou_area text,
  labels text[] default '{}'::text[] not null,
  created_by_user_id bigint,
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null
);
alter table residents add constraint residents_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table residents add constraint residents_check CHECK (((id_number_enc IS NULL) = (id_number_hash IS NULL)));
alter table residents add constraint residents_created_by_fk FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table residents add constraint residents_gender_check CHECK ((gender = ANY (ARRAY['female'::text, 'male'::text])));
alter table residents add constraint residents_id_number_hash_key UNIQUE (id_number_hash);
alter table residents add constraint residents_labels_check CHECK ((labels <@ ARRAY['mother'::text, 'hard_to_employ'::text, 'veteran'::text, 'disabled'::text, 'graduate'::text, 'registered_unemployed'::text, 'older_worker'::text]));
alter table residents add constraint residents_name_check CHECK (((length(name) >= 1) AND (length(name) <= 40)));
alter table residents add constraint residents_phone_check CHECK ((phone ~ '^1[3-9][0-9]{9}$'::text));
alter table residents add constraint residents_phone_key UNIQUE (phone);
alter table residents add constraint residents_pkey PRIMARY KEY (id);
CREATE INDEX residents_area_idx ON public.residents USING btree (area_id, id);
CREATE INDEX residents_name_trgm_idx ON public.residents USING gin (name gin_trgm_ops);
CREATE TRIGGER residents_count_delete AFTER DELETE ON public.residents REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION area_counts_track('residents');
CREATE TRIGGER residents_count_insert AFTER INSERT ON public.residents REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION area_counts_track('residents');
CREATE TRIGGER residents_count_update AFTER UPDATE ON public.residents REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION area_counts_track('residents');
CREATE TRIGGER residents_person_facts_insert AFTER INSERT ON public.residents REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_facts_from_residents();
CREATE TRIGGER residents_person_facts_update AFTER UPDATE ON public.residents REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION person_facts_from_residents();

create table sessions (
  sid text not null,
  user_id bigint,
  data jsonb not null,
  expires_at timestamp with time zone not null,
  created_at timestamp with time zone default now() not null
);
alter table sessions add constraint sessions_pkey PRIMARY KEY (sid);
alter table sessions add constraint sessions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id);
CREATE INDEX sessions_expires_idx ON public.sessions USING btree (expires_at);
CREATE INDEX sessions_user_idx ON public.sessions USING btree (user_id);

create table settings (
  key text not null,
  value jsonb not null,
  updated_by_user_id bigint,
  updated_at timestamp with time zone default now() not null
);
alter table settings add constraint settings_pkey PRIMARY KEY (key);
alter table settings add constraint settings_updated_by_user_id_fkey FOREIGN KEY (updated_by_user_id) REFERENCES users(id);

create table settings_versions (
  topic text not null,
  version bigint default 1 not null
);
alter table settings_versions add constraint settings_versions_pkey PRIMARY KEY (topic);
alter table settings_versions add constraint settings_versions_topic_check CHECK (((length(topic) >= 1) AND (length(topic) <= 40)));
alter table settings_versions add constraint settings_versions_version_check CHECK ((version >= 1));

create table settlement_lines (
  id bigint generated always as identity not null,
  settlement_id bigint not null,
  factory_id bigint not null,
  worker_id bigint not null,
  work_date date not null,
  quantity integer not null,
  day_amount_e4 bigint not null,
  adjustment_e4 bigint default 0 not null,
  amount_fen bigint not null,
  minutes_present integer,
  floor_fen_per_hour integer not null,
  below_floor boolean default false not null,
  status text default 'open'::text not null,
  dispute_reason text,
  resolution_note text,
  resolved_by_user_id bigint,
  updated_at timestamp with time zone default now() not null
);
alter table settlement_lines add constraint settlement_lines_amount_not_negative CHECK ((amount_fen >= 0)) NOT VALID;
alter table settlement_lines add constraint settlement_lines_dispute_reason_check CHECK ((length(dispute_reason) <= 500));
alter table settlement_lines add constraint settlement_lines_pkey PRIMARY KEY (id);
alter table settlement_lines add constraint settlement_lines_resolution_note_check CHECK ((length(resolution_note) <= 500));
alter table settlement_lines add constraint settlement_lines_status_check CHECK ((status = ANY (ARRAY['open'::text, 'acknowledged'::text, 'disputed'::text, 'resolved'::text])));
alter table settlement_lines add constraint settlement_lines_worker_day_key UNIQUE (worker_id, work_date);
CREATE INDEX settlement_lines_below_floor_idx ON public.settlement_lines USING btree (work_date DESC) WHERE below_floor;
CREATE INDEX settlement_lines_disputed_idx ON public.settlement_lines USING btree (work_date DESC) WHERE (status = 'disputed'::text);
CREATE TRIGGER settlement_lines_no_change BEFORE DELETE OR UPDATE ON public.settlement_lines FOR EACH ROW EXECUTE FUNCTION settlement_lines_append_only();
CREATE TRIGGER settlement_lines_no_truncate BEFORE TRUNCATE ON public.settlement_lines FOR EACH STATEMENT EXECUTE FUNCTION settlement_lines_append_only();

create table settlements (
  id bigint generated always as identity not null,
  factory_id bigint not null,
  area_id bigint not null,
  work_date date not null,
  status text default 'closed'::text not null,
  total_fen bigint not null,
  worker_count integer not null,
  flagged_count integer default 0 not null,
  confirmed_at timestamp with time zone,
  confirmed_by_user_id bigint,
  paid_at timestamp with time zone,
  paid_by_user_id bigint,
  pay_method text,
  pay_reference text,
  created_by_user_id bigint,
  created_at timestamp with time zone default now() not null
);
alter table settlements add constraint settlements_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table settlements add constraint settlements_check CHECK (((status = 'paid'::text) = ((paid_at IS NOT NULL) AND (pay_method IS NOT NULL))));
alter table settlements add constraint settlements_check1 CHECK (((status = 'closed'::text) OR (confirmed_at IS NOT NULL)));
alter table settlements add constraint settlements_confirmed_by_user_id_fkey FOREIGN KEY (confirmed_by_user_id) REFERENCES users(id);
alter table settlements add constraint settlements_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table settlements add constraint settlements_factory_id_fkey FOREIGN KEY (factory_id) REFERENCES micro_factories(id);
alter table settlements add constraint settlements_paid_by_user_id_fkey FOREIGN KEY (paid_by_user_id) REFERENCES users(id);
alter table settlements add constraint settlements_pay_method_check CHECK ((pay_method = ANY (ARRAY['cash'::text, 'wechat'::text, 'bank'::text])));
alter table settlements add constraint settlements_pay_reference_check CHECK ((length(pay_reference) <= 100));
alter table settlements add constraint settlements_pkey PRIMARY KEY (id);
alter table settlements add constraint settlements_status_check CHECK ((status = ANY (ARRAY['closed'::text, 'confirmed'::text, 'paid'::text])));
alter table settlements add constraint settlements_work_date_factory_id_key UNIQUE (work_date, factory_id);
CREATE INDEX settlements_area_idx ON public.settlements USING btree (area_id, work_date);
CREATE INDEX settlements_factory_idx ON public.settlements USING btree (factory_id, work_date);
CREATE INDEX settlements_unpaid_idx ON public.settlements USING btree (work_date) WHERE (status <> 'paid'::text);
CREATE TRIGGER settlements_no_change BEFORE DELETE OR UPDATE ON public.settlements FOR EACH ROW EXECUTE FUNCTION settlements_append_only();
CREATE TRIGGER settlements_no_truncate BEFORE TRUNCATE ON public.settlements FOR EACH STATEMENT EXECUTE FUNCTION settlements_append_only();

create table sharing_agreement_events (
  id bigint generated always as identity not null,
  agreement_id bigint not null,
  kind text not null,
  resident_id bigint,
  actor_user_id bigint not null,
  note text default ''::text not null,
  at timestamp with time zone default now() not null
);
alter table sharing_agreement_events add constraint sharing_agreement_events_actor_user_id_fkey FOREIGN KEY (actor_user_id) REFERENCES users(id);
alter table sharing_agreement_events add constraint sharing_agreement_events_agreement_id_fkey FOREIGN KEY (agreement_id) REFERENCES sharing_agreements(id);
alter table sharing_agreement_events add constraint sharing_agreement_events_pkey PRIMARY KEY (id);
alter table sharing_agreement_events add constraint sharing_agreement_events_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
CREATE INDEX sharing_agreement_events_idx ON public.sharing_agreement_events USING btree (agreement_id, id);

create table sharing_agreement_workers (
  agreement_id bigint not null,
  resident_id bigint not null,
  employment_id bigint not null,
  relation text default 'employee'::text not null,
  consent text default 'pending'::text not null,
  consent_method text,
  witness text,
  consent_by_user_id bigint,
  consent_at timestamp with time zone,
  returned_on date,
  return_kind text,
  return_duty text,
  return_note text default ''::text not null,
  extension_consent text,
  return_consent_id bigint
);
alter table sharing_agreement_workers add constraint sharing_agreement_workers_agreement_id_fkey FOREIGN KEY (agreement_id) REFERENCES sharing_agreements(id);
alter table sharing_agreement_workers add constraint sharing_agreement_workers_check CHECK (((consent = 'pending'::text) = (consent_at IS NULL)));
alter table sharing_agreement_workers add constraint sharing_agreement_workers_check1 CHECK (((consent_method <> 'assisted'::text) OR (witness IS NOT NULL)));
alter table sharing_agreement_workers add constraint sharing_agreement_workers_consent_by_user_id_fkey FOREIGN KEY (consent_by_user_id) REFERENCES users(id);
alter table sharing_agreement_workers add constraint sharing_agreement_workers_consent_check CHECK ((consent = ANY (ARRAY['pending'::text, 'consented'::text, 'declined'::text])));
alter table sharing_agreement_workers add constraint sharing_agreement_workers_consent_method_check CHECK ((consent_method = ANY (ARRAY['app'::text, 'assisted'::text])));
alter table sharing_agreement_workers add constraint sharing_agreement_workers_duty_check CHECK (((return_kind = 'worker_early'::text) = (return_duty IS NOT NULL)));
alter table sharing_agreement_workers add constraint sharing_agreement_workers_employment_id_fkey FOREIGN KEY (employment_id) REFERENCES employments(id);
alter table sharing_agreement_workers add constraint sharing_agreement_workers_extension_consent_check CHECK ((extension_consent = ANY (ARRAY['pending'::text, 'consented'::text, 'declined'::text])));
alter table sharing_agreement_workers add constraint sharing_agreement_workers_pkey PRIMARY KEY (agreement_id, resident_id);
alter table sharing_agreement_workers add constraint sharing_agreement_workers_relation_check CHECK ((relation = 'employee'::text));
alter table sharing_agreement_workers add constraint sharing_agreement_workers_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
alter table sharing_agreement_workers add constraint sharing_agreement_workers_return_check CHECK (((returned_on IS NULL) = (return_kind IS NULL)));
alter table sharing_agreement_workers add constraint sharing_agreement_workers_return_consent_check CHECK (((return_consent_id IS NULL) OR (return_kind = 'worker_early'::text)));
alter table sharing_agreement_workers add constraint sharing_agreement_workers_return_consent_id_fkey FOREIGN KEY (return_consent_id) REFERENCES consents(id);
alter table sharing_agreement_workers add constraint sharing_agreement_workers_return_duty_check CHECK ((return_duty = ANY (ARRAY['hours'::text, 'rest'::text, 'safety'::text, 'protective_equipment'::text])));
alter table sharing_agreement_workers add constraint sharing_agreement_workers_return_kind_check CHECK ((return_kind = ANY (ARRAY['end_date'::text, 'worker_early'::text, 'borrower_reason'::text])));
alter table sharing_agreement_workers add constraint sharing_agreement_workers_return_note_check CHECK ((length(return_note) <= 200));
alter table sharing_agreement_workers add constraint sharing_agreement_workers_witness_check CHECK ((length(witness) <= 40));
CREATE INDEX sharing_agreement_workers_resident_idx ON public.sharing_agreement_workers USING btree (resident_id);

create table sharing_agreements (
  id bigint generated always as identity not null,
  lending_enterprise_id bigint not null,
  borrowing_enterprise_id bigint not null,
  area_id bigint not null,
  surplus_post_id bigint,
  shortage_post_id bigint,
  post_title text not null,
  daily_hours integer not null,
  start_date date not null,
  end_date date not null,
  headcount integer not null,
  wage_fen_per_day integer not null,
  social_insurance_fen_per_day integer not null,
  other_costs_fen_per_day integer not null,
  other_costs_note text default ''::text not null,
  fee_fen_per_day integer not null,
  duties text default ''::text not null,
  return_reasons text default ''::text not null,
  extension_terms text default ''::text not null,
  status text default 'pending'::text not null,
  lending_signed_at timestamp with time zone,
  borrowing_signed_at timestamp with time zone,
  activated_at timestamp with time zone,
  client_key text not null,
  created_by_user_id bigint not null,
  brokered boolean default false not null,
  created_at timestamp with time zone default now() not null,
  ended_at timestamp with time zone,
  extension_end_date date,
  extension_lending_at timestamp with time zone,
  extension_borrowing_at timestamp with time zone
);
alter table sharing_agreements add constraint sharing_agreements_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table sharing_agreements add constraint sharing_agreements_borrowing_enterprise_id_fkey FOREIGN KEY (borrowing_enterprise_id) REFERENCES enterprises(id);
alter table sharing_agreements add constraint sharing_agreements_check CHECK ((lending_enterprise_id <> borrowing_enterprise_id));
alter table sharing_agreements add constraint sharing_agreements_check1 CHECK ((end_date >= start_date));
alter table sharing_agreements add constraint sharing_agreements_check2 CHECK ((fee_fen_per_day = ((wage_fen_per_day + social_insurance_fen_per_day) + other_costs_fen_per_day)));
alter table sharing_agreements add constraint sharing_agreements_check3 CHECK (((status = 'pending'::text) OR ((lending_signed_at IS NOT NULL) AND (borrowing_signed_at IS NOT NULL))));
alter table sharing_agreements add constraint sharing_agreements_created_by_user_id_client_key_key UNIQUE (created_by_user_id, client_key);
alter table sharing_agreements add constraint sharing_agreements_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table sharing_agreements add constraint sharing_agreements_daily_hours_check CHECK (((daily_hours >= 1) AND (daily_hours <= 12)));
alter table sharing_agreements add constraint sharing_agreements_duties_check CHECK ((length(duties) <= 1000));
alter table sharing_agreements add constraint sharing_agreements_ended_check CHECK (((status = 'ended'::text) = (ended_at IS NOT NULL)));
alter table sharing_agreements add constraint sharing_agreements_extension_check CHECK ((((extension_end_date IS NULL) AND (extension_lending_at IS NULL) AND (extension_borrowing_at IS NULL)) OR (extension_end_date > end_date)));
alter table sharing_agreements add constraint sharing_agreements_extension_terms_check CHECK ((length(extension_terms) <= 500));
alter table sharing_agreements add constraint sharing_agreements_headcount_check CHECK (((headcount >= 1) AND (headcount <= 500)));
alter table sharing_agreements add constraint sharing_agreements_lending_enterprise_id_fkey FOREIGN KEY (lending_enterprise_id) REFERENCES enterprises(id);
alter table sharing_agreements add constraint sharing_agreements_other_costs_fen_per_day_check CHECK ((other_costs_fen_per_day >= 0));
alter table sharing_agreements add constraint sharing_agreements_other_costs_note_check CHECK ((length(other_costs_note) <= 200));
alter table sharing_agreements add constraint sharing_agreements_pkey PRIMARY KEY (id);
alter table sharing_agreements add constraint sharing_agreements_post_title_check CHECK (((length(post_title) >= 1) AND (length(post_title) <= 60)));
alter table sharing_agreements add constraint sharing_agreements_return_reasons_check CHECK ((length(return_reasons) <= 500));
alter table sharing_agreements add constraint sharing_agreements_shortage_post_id_fkey FOREIGN KEY (shortage_post_id) REFERENCES sharing_posts(id);
alter table sharing_agreements add constraint sharing_agreements_social_insurance_fen_per_day_check CHECK ((social_insurance_fen_per_day >= 0));
alter table sharing_agreements add constraint sharing_agreements_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'active'::text, 'ended'::text])));
alter table sharing_agreements add constraint sharing_agreements_surplus_post_id_fkey FOREIGN KEY (surplus_post_id) REFERENCES sharing_posts(id);
alter table sharing_agreements add constraint sharing_agreements_wage_fen_per_day_check CHECK ((wage_fen_per_day > 0));
CREATE INDEX sharing_agreements_borrowing_idx ON public.sharing_agreements USING btree (borrowing_enterprise_id);
CREATE INDEX sharing_agreements_lending_idx ON public.sharing_agreements USING btree (lending_enterprise_id);

create table sharing_pay_months (
  agreement_id bigint not null,
  resident_id bigint not null,
  month date not null,
  hours integer,
  received_fen integer,
  paid_fen integer,
  below_cost boolean default false not null,
  updated_at timestamp with time zone default now() not null
);
alter table sharing_pay_months add constraint sharing_pay_months_agreement_id_fkey FOREIGN KEY (agreement_id) REFERENCES sharing_agreements(id);
alter table sharing_pay_months add constraint sharing_pay_months_agreement_id_resident_id_fkey FOREIGN KEY (agreement_id, resident_id) REFERENCES sharing_agreement_workers(agreement_id, resident_id);
alter table sharing_pay_months add constraint sharing_pay_months_hours_check CHECK (((hours >= 0) AND (hours <= 400)));
alter table sharing_pay_months add constraint sharing_pay_months_month_check CHECK ((EXTRACT(day FROM month) = (1)::numeric));
alter table sharing_pay_months add constraint sharing_pay_months_paid_fen_check CHECK ((paid_fen >= 0));
alter table sharing_pay_months add constraint sharing_pay_months_pkey PRIMARY KEY (agreement_id, resident_id, month);
alter table sharing_pay_months add constraint sharing_pay_months_received_fen_check CHECK ((received_fen >= 0));
alter table sharing_pay_months add constraint sharing_pay_months_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
CREATE INDEX sharing_pay_months_flag_idx ON public.sharing_pay_months USING btree (agreement_id) WHERE below_cost;

create table sharing_posts (
  id bigint generated always as identity not null,
  enterprise_id bigint not null,
  area_id bigint not null,
  kind text not null,
  skills text[] default '{}'::text[] not null,
  headcount integer not null,
  start_date date not null,
  end_date date not null,
  daily_hours integer,
  pay_fen_per_day integer,
  note text default ''::text not null,
  closed_at timestamp with time zone,
  client_key text not null,
  created_by_user_id bigint not null,
  created_at timestamp with time zone default now() not null
);
alter table sharing_posts add constraint sharing_posts_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table sharing_posts add constraint sharing_posts_check CHECK ((end_date >= start_date));
alter table sharing_posts add constraint sharing_posts_check1 CHECK (((kind = 'surplus'::text) OR ((daily_hours IS NOT NULL) AND (pay_fen_per_day IS NOT NULL))));
alter table sharing_posts add constraint sharing_posts_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table sharing_posts add constraint sharing_posts_daily_hours_check CHECK (((daily_hours >= 1) AND (daily_hours <= 12)));
alter table sharing_posts add constraint sharing_posts_enterprise_id_client_key_key UNIQUE (enterprise_id, client_key);
alter table sharing_posts add constraint sharing_posts_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
alter table sharing_posts add constraint sharing_posts_headcount_check CHECK (((headcount >= 1) AND (headcount <= 500)));
alter table sharing_posts add constraint sharing_posts_kind_check CHECK ((kind = ANY (ARRAY['surplus'::text, 'shortage'::text])));
alter table sharing_posts add constraint sharing_posts_note_check CHECK ((length(note) <= 500));
alter table sharing_posts add constraint sharing_posts_pay_fen_per_day_check CHECK ((pay_fen_per_day > 0));
alter table sharing_posts add constraint sharing_posts_pkey PRIMARY KEY (id);
alter table sharing_posts add constraint sharing_posts_skills_check CHECK (((cardinality(skills) >= 1) AND (cardinality(skills) <= 20)));
CREATE INDEX sharing_posts_board_idx ON public.sharing_posts USING btree (kind, end_date) WHERE (closed_at IS NULL);
CREATE INDEX sharing_posts_shortage_skills_idx ON public.sharing_posts USING gin (skills) WHERE ((closed_at IS NULL) AND (kind = 'shortage'::text));
CREATE INDEX sharing_posts_surplus_skills_idx ON public.sharing_posts USING gin (skills) WHERE ((closed_at IS NULL) AND (kind = 'surplus'::text));

create table sms_codes (
  id bigint generated always as identity not null,
  phone text not null,
  code_hash text not null,
  ip text,
  attempts integer default 0 not null,
  expires_at timestamp with time zone not null,
  consumed_at timestamp with time zone,
  created_at timestamp with time zone default now() not null
);
alter table sms_codes add constraint sms_codes_attempts_check CHECK ((attempts >= 0));
alter table sms_codes add constraint sms_codes_pkey PRIMARY KEY (id);
CREATE INDEX sms_codes_phone_idx ON public.sms_codes USING btree (phone, created_at DESC);

create table sms_outbox (
  id bigint generated always as identity not null,
  phone text not null,
  template text not null,
  params jsonb default '{}'::jsonb not null,
  status text default 'pending'::text not null,
  attempts integer default 0 not null,
  next_attempt_at timestamp with time zone default now() not null,
  last_error text,
  dedupe_key text,
  created_at timestamp with time zone default now() not null,
  sent_at timestamp with time zone
);
alter table sms_outbox add constraint sms_outbox_attempts_check CHECK ((attempts >= 0));
alter table sms_outbox add constraint sms_outbox_dedupe_key_key UNIQUE (dedupe_key);
alter table sms_outbox add constraint sms_outbox_phone_check CHECK ((phone ~ '^1[3-9][0-9]{9}$'::text));
alter table sms_outbox add constraint sms_outbox_pkey PRIMARY KEY (id);
alter table sms_outbox add constraint sms_outbox_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'sent'::text, 'failed'::text])));
CREATE INDEX sms_outbox_due_idx ON public.sms_outbox USING btree (next_attempt_at) WHERE (status = 'pending'::text);

create table specialist_assignments (
  resident_id bigint not null,
  specialist_id bigint not null,
  assigned_by_user_id bigint,
  assigned_at timestamp with time zone default now() not null
);
alter table specialist_assignments add constraint specialist_assignments_assigned_by_user_id_fkey FOREIGN KEY (assigned_by_user_id) REFERENCES users(id);
alter table specialist_assignments add constraint specialist_assignments_pkey PRIMARY KEY (resident_id);
alter table specialist_assignments add constraint specialist_assignments_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
alter table specialist_assignments add constraint specialist_assignments_specialist_id_fkey FOREIGN KEY (specialist_id) REFERENCES employment_specialists(id);
CREATE INDEX specialist_assignments_specialist_idx ON public.specialist_assignments USING btree (specialist_id);

create table station_appointments (
  id bigint generated always as identity not null,
  slot_id bigint not null,
  station_id bigint not null,
  resident_id bigint not null,
  status text default 'booked'::text not null,
  code text not null,
  purpose text default ''::text not null,
  client_key uuid not null,
  booked_by_user_id bigint not null,
  assisted boolean default false not null,
  consent_id bigint,
  checked_in_at timestamp with time zone,
  checked_in_by_user_id bigint,
  service_record text,
  served_at timestamp with time zone,
  served_by_user_id bigint,
  closed_at timestamp with time zone,
  created_at timestamp with time zone default now() not null
);
alter table station_appointments add constraint station_appointments_booked_by_user_id_fkey FOREIGN KEY (booked_by_user_id) REFERENCES users(id);
alter table station_appointments add constraint station_appointments_check CHECK (((NOT assisted) OR (consent_id IS NOT NULL)));
alter table station_appointments add constraint station_appointments_check1 CHECK (((status = ANY (ARRAY['checked_in'::text, 'served'::text])) = (checked_in_at IS NOT NULL)));
alter table station_appointments add constraint station_appointments_check2 CHECK (((status = 'served'::text) = (service_record IS NOT NULL)));
alter table station_appointments add constraint station_appointments_checked_in_by_user_id_fkey FOREIGN KEY (checked_in_by_user_id) REFERENCES users(id);
alter table station_appointments add constraint station_appointments_code_check CHECK ((code ~ '^[0-9]{6}$'::text));
alter table station_appointments add constraint station_appointments_consent_id_fkey FOREIGN KEY (consent_id) REFERENCES consents(id);
alter table station_appointments add constraint station_appointments_pkey PRIMARY KEY (id);
alter table station_appointments add constraint station_appointments_purpose_check CHECK ((length(purpose) <= 200));
alter table station_appointments add constraint station_appointments_resident_id_client_key_key UNIQUE (resident_id, client_key);
alter table station_appointments add constraint station_appointments_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
alter table station_appointments add constraint station_appointments_served_by_user_id_fkey FOREIGN KEY (served_by_user_id) REFERENCES users(id);
alter table station_appointments add constraint station_appointments_service_record_check CHECK ((length(service_record) <= 2000));
alter table station_appointments add constraint station_appointments_slot_id_fkey FOREIGN KEY (slot_id) REFERENCES station_slots(id);
alter table station_appointments add constraint station_appointments_station_id_fkey FOREIGN KEY (station_id) REFERENCES stations(id);
alter table station_appointments add constraint station_appointments_status_check CHECK ((status = ANY (ARRAY['booked'::text, 'cancelled'::text, 'checked_in'::text, 'served'::text, 'no_show'::text])));
CREATE INDEX station_appointments_resident_idx ON public.station_appointments USING btree (resident_id, id DESC);
CREATE INDEX station_appointments_slot_idx ON public.station_appointments USING btree (slot_id);
CREATE UNIQUE INDEX station_appointments_code_idx ON public.station_appointments USING btree (station_id, code) WHERE (status = 'booked'::text);
CREATE UNIQUE INDEX station_appointments_live_idx ON public.station_appointments USING btree (slot_id, resident_id) WHERE (status = ANY (ARRAY['booked'::text, 'checked_in'::text, 'served'::text]));

create table station_closures (
  station_id bigint not null,
  day date not null,
  reason text not null
);
alter table station_closures add constraint station_closures_pkey PRIMARY KEY (station_id, day);
alter table station_closures add constraint station_closures_reason_check CHECK (((length(reason) >= 1) AND (length(reason) <= 40)));
alter table station_closures add constraint station_closures_station_id_fkey FOREIGN KEY (station_id) REFERENCES stations(id);

create table station_event_booths (
  event_id bigint not null,
  enterprise_id bigint not null,
  registered_by_user_id bigint not null,
  created_at timestamp with time zone default now() not null
);
alter table station_event_booths add constraint station_event_booths_enterprise_id_fkey FOREIGN KEY (enterprise_id) REFERENCES enterprises(id);
alter table station_event_booths add constraint station_event_booths_event_id_fkey FOREIGN KEY (event_id) REFERENCES station_events(id);
alter table station_event_booths add constraint station_event_booths_pkey PRIMARY KEY (event_id, enterprise_id);
alter table station_event_booths add constraint station_event_booths_registered_by_user_id_fkey FOREIGN KEY (registered_by_user_id) REFERENCES users(id);
CREATE INDEX station_event_booths_enterprise_idx ON public.station_event_booths USING btree (enterprise_id);

create table station_event_registrations (
  id bigint generated always as identity not null,
  event_id bigint not null,
  resident_id bigint not null,
  status text not null,
  code text not null,
  client_key uuid not null,
  offered_until timestamp with time zone,
  checked_in_at timestamp with time zone,
  checked_in_by_user_id bigint,
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null
);
alter table station_event_registrations add constraint station_event_registrations_check CHECK (((status = 'offered'::text) = (offered_until IS NOT NULL)));
alter table station_event_registrations add constraint station_event_registrations_check1 CHECK (((status = 'attended'::text) = (checked_in_at IS NOT NULL)));
alter table station_event_registrations add constraint station_event_registrations_checked_in_by_user_id_fkey FOREIGN KEY (checked_in_by_user_id) REFERENCES users(id);
alter table station_event_registrations add constraint station_event_registrations_code_check CHECK ((code ~ '^[0-9]{6}$'::text));
alter table station_event_registrations add constraint station_event_registrations_event_id_fkey FOREIGN KEY (event_id) REFERENCES station_events(id);
alter table station_event_registrations add constraint station_event_registrations_pkey PRIMARY KEY (id);
alter table station_event_registrations add constraint station_event_registrations_resident_id_client_key_key UNIQUE (resident_id, client_key);
alter table station_event_registrations add constraint station_event_registrations_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
alter table station_event_registrations add constraint station_event_registrations_status_check CHECK ((status = ANY (ARRAY['registered'::text, 'waitlisted'::text, 'offered'::text, 'cancelled'::text, 'lapsed'::text, 'attended'::text])));
CREATE INDEX station_event_registrations_offers_idx ON public.station_event_registrations USING btree (offered_until) WHERE (status = 'offered'::text);
CREATE INDEX station_event_registrations_resident_idx ON public.station_event_registrations USING btree (resident_id, id DESC);
CREATE INDEX station_event_registrations_waitlist_idx ON public.station_event_registrations USING btree (event_id, id) WHERE (status = 'waitlisted'::text);
CREATE UNIQUE INDEX station_event_registrations_code_idx ON public.station_event_registrations USING btree (event_id, code) WHERE (status = ANY (ARRAY['registered'::text, 'waitlisted'::text, 'offered'::text]));
CREATE UNIQUE INDEX station_event_registrations_live_idx ON public.station_event_registrations USING btree (event_id, resident_id) WHERE (status = ANY (ARRAY['registered'::text, 'waitlisted'::text, 'offered'::text, 'attended'::text]));

create table station_events (
  id bigint generated always as identity not null,
  station_id bigint not null,
  kind text not null,
  title text not null,
  description text default ''::text not null,
  day date not null,
  starts time without time zone not null,
  ends time without time zone not null,
  capacity integer not null,
  taken integer default 0 not null,
  booths integer,
  booths_taken integer default 0 not null,
  confirm_hours integer default 24 not null,
  created_by_user_id bigint,
  created_at timestamp with time zone default now() not null
);
alter table station_events add constraint station_events_booths_check CHECK (((booths >= 1) AND (booths <= 200)));
alter table station_events add constraint station_events_capacity_check CHECK (((capacity >= 1) AND (capacity <= 2000)));
alter table station_events add constraint station_events_check CHECK ((ends > starts));
alter table station_events add constraint station_events_check1 CHECK (((taken >= 0) AND (taken <= capacity)));
alter table station_events add constraint station_events_check2 CHECK (((kind = 'job_fair'::text) = (booths IS NOT NULL)));
alter table station_events add constraint station_events_check3 CHECK (((booths_taken >= 0) AND (booths_taken <= COALESCE(booths, 0))));
alter table station_events add constraint station_events_confirm_hours_check CHECK (((confirm_hours >= 1) AND (confirm_hours <= 72)));
alter table station_events add constraint station_events_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table station_events add constraint station_events_description_check CHECK ((length(description) <= 1000));
alter table station_events add constraint station_events_kind_check CHECK ((kind = ANY (ARRAY['policy_briefing'::text, 'job_fair'::text])));
alter table station_events add constraint station_events_pkey PRIMARY KEY (id);
alter table station_events add constraint station_events_station_id_fkey FOREIGN KEY (station_id) REFERENCES stations(id);
alter table station_events add constraint station_events_title_check CHECK (((length(title) >= 1) AND (length(title) <= 80)));
CREATE INDEX station_events_day_idx ON public.station_events USING btree (day, starts);
CREATE INDEX station_events_station_idx ON public.station_events USING btree (station_id, day);

create table station_hours (
  station_id bigint not null,
  weekday smallint not null,
  opens time without time zone not null,
  closes time without time zone not null
);
alter table station_hours add constraint station_hours_check CHECK ((closes > opens));
alter table station_hours add constraint station_hours_pkey PRIMARY KEY (station_id, weekday, opens);
alter table station_hours add constraint station_hours_station_id_fkey FOREIGN KEY (station_id) REFERENCES stations(id);
alter table station_hours add constraint station_hours_weekday_check CHECK (((weekday >= 1) AND (weekday <= 7)));

create table station_queue_days (
  station_id bigint not null,
  day date not null,
  last_number integer not null
);
alter table station_queue_days add constraint station_queue_days_last_number_check CHECK ((last_number >= 1));
alter table station_queue_days add constraint station_queue_days_pkey PRIMARY KEY (station_id, day);
alter table station_queue_days add constraint station_queue_days_station_id_fkey FOREIGN KEY (station_id) REFERENCES stations(id);

create table station_queue_tickets (
  id bigint generated always as identity not null,
  station_id bigint not null,
  day date not null,
  number integer not null,
  service text not null,
  resident_id bigint,
  name text not null,
  status text default 'waiting'::text not null,
  called_at timestamp with time zone,
  called_by_user_id bigint,
  service_record text,
  served_at timestamp with time zone,
  created_by_user_id bigint not null,
  created_at timestamp with time zone default now() not null
);
alter table station_queue_tickets add constraint station_queue_tickets_called_by_user_id_fkey FOREIGN KEY (called_by_user_id) REFERENCES users(id);
alter table station_queue_tickets add constraint station_queue_tickets_check CHECK (((status = 'served'::text) = (service_record IS NOT NULL)));
alter table station_queue_tickets add constraint station_queue_tickets_check1 CHECK (((status = ANY (ARRAY['called'::text, 'served'::text])) = (called_at IS NOT NULL)));
alter table station_queue_tickets add constraint station_queue_tickets_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table station_queue_tickets add constraint station_queue_tickets_name_check CHECK (((length(name) >= 1) AND (length(name) <= 40)));
alter table station_queue_tickets add constraint station_queue_tickets_number_check CHECK ((number >= 1));
alter table station_queue_tickets add constraint station_queue_tickets_pkey PRIMARY KEY (id);
alter table station_queue_tickets add constraint station_queue_tickets_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
alter table station_queue_tickets add constraint station_queue_tickets_service_check CHECK ((service = ANY (ARRAY['loan'::text, 'guidance'::text, 'training'::text, 'consulting'::text, 'job_matching'::text, 'policy'::text, 'social_insurance'::text])));
alter table station_queue_tickets add constraint station_queue_tickets_service_record_check CHECK ((length(service_record) <= 2000));
alter table station_queue_tickets add constraint station_queue_tickets_station_id_day_number_key UNIQUE (station_id, day, number);
alter table station_queue_tickets add constraint station_queue_tickets_station_id_fkey FOREIGN KEY (station_id) REFERENCES stations(id);
alter table station_queue_tickets add constraint station_queue_tickets_status_check CHECK ((status = ANY (ARRAY['waiting'::text, 'called'::text, 'served'::text, 'left'::text])));
CREATE INDEX station_queue_tickets_waiting_idx ON public.station_queue_tickets USING btree (station_id, day, number) WHERE (status = 'waiting'::text);

create table station_ratings (
  id bigint generated always as identity not null,
  appointment_id bigint,
  station_id bigint,
  resident_id bigint not null,
  score smallint not null,
  comment text default ''::text not null,
  follow_up_status text,
  follow_up_note text,
  follow_up_by_user_id bigint,
  created_at timestamp with time zone default now() not null,
  subject_kind text not null,
  subject_id bigint not null,
  area_id bigint not null,
  follow_up_closed_at timestamp with time zone
);
alter table station_ratings add constraint station_ratings_appointment_check CHECK (((subject_kind = 'appointment'::text) = (appointment_id IS NOT NULL)));
alter table station_ratings add constraint station_ratings_appointment_id_fkey FOREIGN KEY (appointment_id) REFERENCES station_appointments(id);
alter table station_ratings add constraint station_ratings_appointment_id_key UNIQUE (appointment_id);
alter table station_ratings add constraint station_ratings_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table station_ratings add constraint station_ratings_check CHECK (((follow_up_status IS NOT NULL) = (score <= 2)));
alter table station_ratings add constraint station_ratings_comment_check CHECK ((length(comment) <= 500));
alter table station_ratings add constraint station_ratings_follow_up_by_user_id_fkey FOREIGN KEY (follow_up_by_user_id) REFERENCES users(id);
alter table station_ratings add constraint station_ratings_follow_up_closed_check CHECK (((follow_up_status = 'closed'::text) = ((follow_up_closed_at IS NOT NULL) AND (follow_up_by_user_id IS NOT NULL) AND (follow_up_note IS NOT NULL) AND ((length(follow_up_note) >= 1) AND (length(follow_up_note) <= 1000)))));
alter table station_ratings add constraint station_ratings_follow_up_status_check CHECK ((follow_up_status = ANY (ARRAY['open'::text, 'closed'::text])));
alter table station_ratings add constraint station_ratings_pkey PRIMARY KEY (id);
alter table station_ratings add constraint station_ratings_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
alter table station_ratings add constraint station_ratings_score_check CHECK (((score >= 1) AND (score <= 5)));
alter table station_ratings add constraint station_ratings_station_check CHECK (((subject_kind = 'benefit_decision'::text) = (station_id IS NULL)));
alter table station_ratings add constraint station_ratings_station_id_fkey FOREIGN KEY (station_id) REFERENCES stations(id);
alter table station_ratings add constraint station_ratings_subject_key UNIQUE (subject_kind, subject_id, resident_id);
alter table station_ratings add constraint station_ratings_subject_kind_check CHECK ((subject_kind = ANY (ARRAY['appointment'::text, 'event'::text, 'benefit_decision'::text, 'training'::text])));
CREATE INDEX station_ratings_area_idx ON public.station_ratings USING btree (area_id, created_at);
CREATE INDEX station_ratings_open_idx ON public.station_ratings USING btree (area_id) WHERE (follow_up_status = 'open'::text);
CREATE INDEX station_ratings_station_idx ON public.station_ratings USING btree (station_id, created_at);

create table station_slots (
  id bigint generated always as identity not null,
  station_id bigint not null,
  service text not null,
  day date not null,
  starts time without time zone not null,
  ends time without time zone not null,
  capacity integer not null,
  booked integer default 0 not null,
  created_by_user_id bigint,
  created_at timestamp with time zone default now() not null
);
alter table station_slots add constraint station_slots_capacity_check CHECK (((capacity >= 1) AND (capacity <= 500)));
alter table station_slots add constraint station_slots_check CHECK ((ends > starts));
alter table station_slots add constraint station_slots_check1 CHECK (((booked >= 0) AND (booked <= capacity)));
alter table station_slots add constraint station_slots_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table station_slots add constraint station_slots_pkey PRIMARY KEY (id);
alter table station_slots add constraint station_slots_service_check CHECK ((service = ANY (ARRAY['loan'::text, 'guidance'::text, 'training'::text, 'consulting'::text, 'job_matching'::text, 'policy'::text, 'social_insurance'::text])));
alter table station_slots add constraint station_slots_station_id_fkey FOREIGN KEY (station_id) REFERENCES stations(id);
alter table station_slots add constraint station_slots_station_id_service_day_starts_key UNIQUE (station_id, service, day, starts);
CREATE INDEX station_slots_day_idx ON public.station_slots USING btree (station_id, day, starts);

create table stations (
  id bigint generated always as identity not null,
  area_id bigint not null,
  name text not null,
  kind text not null,
  address text not null,
  lat double precision,
  lng double precision,
  phone text,
  services text[] default '{}'::text[] not null,
  active boolean default true not null
);
alter table stations add constraint stations_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table stations add constraint stations_kind_check CHECK ((kind = ANY (ARRAY['loan_station'::text, 'service_station'::text, 'community_point'::text])));
alter table stations add constraint stations_lat_check CHECK (((lat >= ('-90'::integer)::double precision) AND (lat <= (90)::double precision)));
alter table stations add constraint stations_lng_check CHECK (((lng >= ('-180'::integer)::double precision) AND (lng <= (180)::double precision)));
alter table stations add constraint stations_name_key UNIQUE (name);
alter table stations add constraint stations_phone_check CHECK ((phone ~ '^[0-9-]{7,20}$'::text));
alter table stations add constraint stations_pkey PRIMARY KEY (id);
alter table stations add constraint stations_services_check CHECK ((services <@ ARRAY['loan'::text, 'guidance'::text, 'training'::text, 'consulting'::text, 'job_matching'::text, 'policy'::text, 'social_insurance'::text]));
CREATE INDEX stations_area_idx ON public.stations USING btree (area_id);

create table training_attendance (
  enrolment_id bigint not null,
  session_id bigint not null,
  recorded_by_user_id bigint not null,
  recorded_at timestamp with time zone default now() not null
);
alter table training_attendance add constraint training_attendance_enrolment_id_fkey FOREIGN KEY (enrolment_id) REFERENCES training_enrolments(id);
alter table training_attendance add constraint training_attendance_pkey PRIMARY KEY (enrolment_id, session_id);
alter table training_attendance add constraint training_attendance_recorded_by_user_id_fkey FOREIGN KEY (recorded_by_user_id) REFERENCES users(id);
alter table training_attendance add constraint training_attendance_session_id_fkey FOREIGN KEY (session_id) REFERENCES training_sessions(id);

create table training_certificates (
  id bigint generated always as identity not null,
  enrolment_id bigint not null,
  resident_id bigint not null,
  course_id bigint not null,
  serial text not null,
  hours integer not null,
  issued_on date not null,
  revoked_at timestamp with time zone,
  revoked_by_user_id bigint,
  revoke_reason text
);
alter table training_certificates add constraint training_certificates_check CHECK (((revoked_at IS NULL) = (revoke_reason IS NULL)));
alter table training_certificates add constraint training_certificates_course_id_fkey FOREIGN KEY (course_id) REFERENCES training_courses(id);
alter table training_certificates add constraint training_certificates_enrolment_id_fkey FOREIGN KEY (enrolment_id) REFERENCES training_enrolments(id);
alter table training_certificates add constraint training_certificates_enrolment_id_key UNIQUE (enrolment_id);
alter table training_certificates add constraint training_certificates_hours_check CHECK ((hours >= 0));
alter table training_certificates add constraint training_certificates_pkey PRIMARY KEY (id);
alter table training_certificates add constraint training_certificates_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
alter table training_certificates add constraint training_certificates_revoke_reason_check CHECK (((length(revoke_reason) >= 1) AND (length(revoke_reason) <= 200)));
alter table training_certificates add constraint training_certificates_revoked_by_user_id_fkey FOREIGN KEY (revoked_by_user_id) REFERENCES users(id);
alter table training_certificates add constraint training_certificates_serial_check CHECK ((serial ~ '^[A-Z2-7]{16}$'::text));
alter table training_certificates add constraint training_certificates_serial_key UNIQUE (serial);
CREATE INDEX training_certificates_resident_idx ON public.training_certificates USING btree (resident_id);

create table training_courses (
  id bigint generated always as identity not null,
  area_id bigint not null,
  station_id bigint not null,
  name text not null,
  kind text not null,
  level text not null,
  summary text default ''::text not null,
  trainer text not null,
  capacity integer not null,
  enrolled integer default 0 not null,
  min_attendance_pct smallint not null,
  assessment_required boolean not null,
  status text default 'open'::text not null,
  created_by_user_id bigint,
  created_at timestamp with time zone default now() not null
);
alter table training_courses add constraint training_courses_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table training_courses add constraint training_courses_capacity_check CHECK (((capacity >= 1) AND (capacity <= 500)));
alter table training_courses add constraint training_courses_check CHECK (((enrolled >= 0) AND (enrolled <= capacity)));
alter table training_courses add constraint training_courses_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table training_courses add constraint training_courses_kind_check CHECK ((kind = ANY (ARRAY['entrepreneurship'::text, 'childcare'::text, 'ecommerce_live'::text, 'sewing'::text, 'other'::text])));
alter table training_courses add constraint training_courses_level_check CHECK ((level = ANY (ARRAY['basic'::text, 'skill'::text])));
alter table training_courses add constraint training_courses_min_attendance_pct_check CHECK (((min_attendance_pct >= 0) AND (min_attendance_pct <= 100)));
alter table training_courses add constraint training_courses_name_check CHECK (((length(name) >= 1) AND (length(name) <= 60)));
alter table training_courses add constraint training_courses_pkey PRIMARY KEY (id);
alter table training_courses add constraint training_courses_station_id_fkey FOREIGN KEY (station_id) REFERENCES stations(id);
alter table training_courses add constraint training_courses_status_check CHECK ((status = ANY (ARRAY['open'::text, 'closed'::text])));
alter table training_courses add constraint training_courses_summary_check CHECK ((length(summary) <= 500));
alter table training_courses add constraint training_courses_trainer_check CHECK (((length(trainer) >= 1) AND (length(trainer) <= 40)));
CREATE INDEX training_courses_area_idx ON public.training_courses USING btree (area_id);
CREATE INDEX training_courses_station_idx ON public.training_courses USING btree (station_id);

create table training_enrolments (
  id bigint generated always as identity not null,
  course_id bigint not null,
  resident_id bigint not null,
  status text not null,
  check_in_code text not null,
  assessment text,
  completed_at timestamp with time zone,
  created_at timestamp with time zone default now() not null,
  promoted_at timestamp with time zone,
  cancelled_at timestamp with time zone
);
alter table training_enrolments add constraint training_enrolments_assessment_check CHECK ((assessment = ANY (ARRAY['passed'::text, 'failed'::text])));
alter table training_enrolments add constraint training_enrolments_check CHECK (((status = 'cancelled'::text) = (cancelled_at IS NOT NULL)));
alter table training_enrolments add constraint training_enrolments_check1 CHECK (((completed_at IS NULL) OR (status = 'enrolled'::text)));
alter table training_enrolments add constraint training_enrolments_check_in_code_check CHECK ((check_in_code ~ '^[0-9]{6}$'::text));
alter table training_enrolments add constraint training_enrolments_course_id_fkey FOREIGN KEY (course_id) REFERENCES training_courses(id);
alter table training_enrolments add constraint training_enrolments_pkey PRIMARY KEY (id);
alter table training_enrolments add constraint training_enrolments_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
alter table training_enrolments add constraint training_enrolments_status_check CHECK ((status = ANY (ARRAY['enrolled'::text, 'waitlisted'::text, 'cancelled'::text])));
CREATE INDEX training_enrolments_resident_idx ON public.training_enrolments USING btree (resident_id);
CREATE INDEX training_enrolments_waitlist_idx ON public.training_enrolments USING btree (course_id, id) WHERE (status = 'waitlisted'::text);
CREATE UNIQUE INDEX training_enrolments_code_key ON public.training_enrolments USING btree (course_id, check_in_code) WHERE (status <> 'cancelled'::text);
CREATE UNIQUE INDEX training_enrolments_live_key ON public.training_enrolments USING btree (course_id, resident_id) WHERE (status <> 'cancelled'::text);

create table training_sessions (
  id bigint generated always as identity not null,
  course_id bigint not null,
  starts_at timestamp with time zone not null,
  hours smallint not null,
  topic text not null
);
alter table training_sessions add constraint training_sessions_course_id_fkey FOREIGN KEY (course_id) REFERENCES training_courses(id);
alter table training_sessions add constraint training_sessions_course_id_starts_at_key UNIQUE (course_id, starts_at);
alter table training_sessions add constraint training_sessions_hours_check CHECK (((hours >= 1) AND (hours <= 8)));
alter table training_sessions add constraint training_sessions_pkey PRIMARY KEY (id);
alter table training_sessions add constraint training_sessions_topic_check CHECK (((length(topic) >= 1) AND (length(topic) <= 60)));

create table user_areas (
  user_id bigint not null,
  area_id bigint not null
);
alter table user_areas add constraint user_areas_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table user_areas add constraint user_areas_pkey PRIMARY KEY (user_id, area_id);
alter table user_areas add constraint user_areas_user_id_fkey FOREIGN KEY (user_id) REFERENCES users(id);

create table users (
  id bigint generated always as identity not null,
  kind text not null,
  role text not null,
  display_name text not null,
  phone text,
  username text,
  password_hash text,
  resident_id bigint,
  station_id bigint,
  institution_id bigint,
  locale text default 'zh-CN'::text not null,
  elder_mode boolean default false not null,
  failed_logins integer default 0 not null,
  locked_until timestamp with time zone,
  active boolean default true not null,
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null,
  created_by_user_id bigint,
  totp_secret_enc bytea,
  totp_pending_enc bytea,
  totp_enabled_at timestamp with time zone,
  totp_last_step bigint,
  closed_at timestamp with time zone,
  lockouts integer default 0 not null
);
alter table users add constraint users_check CHECK (((kind = 'resident'::text) = (role = 'resident'::text)));
alter table users add constraint users_check1 CHECK (((kind <> 'resident'::text) OR ((phone IS NOT NULL) AND (resident_id IS NOT NULL))));
alter table users add constraint users_check2 CHECK (((kind <> 'staff'::text) OR ((username IS NOT NULL) AND (password_hash IS NOT NULL))));
alter table users add constraint users_check3 CHECK (((role = 'station_agent'::text) = (station_id IS NOT NULL)));
alter table users add constraint users_check4 CHECK (((role = 'lender'::text) = (institution_id IS NOT NULL)));
alter table users add constraint users_closed_inactive CHECK (((closed_at IS NULL) OR (NOT active)));
alter table users add constraint users_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table users add constraint users_failed_logins_nonnegative CHECK ((failed_logins >= 0));
alter table users add constraint users_institution_id_fkey FOREIGN KEY (institution_id) REFERENCES institutions(id);
alter table users add constraint users_kind_check CHECK ((kind = ANY (ARRAY['resident'::text, 'staff'::text])));
alter table users add constraint users_locale_check CHECK ((locale = ANY (ARRAY['zh-CN'::text, 'en'::text])));
alter table users add constraint users_lockouts_nonnegative CHECK ((lockouts >= 0));
alter table users add constraint users_phone_key UNIQUE (phone);
alter table users add constraint users_pkey PRIMARY KEY (id);
alter table users add constraint users_resident_id_fkey FOREIGN KEY (resident_id) REFERENCES residents(id);
alter table users add constraint users_resident_id_key UNIQUE (resident_id);
alter table users add constraint users_role_check CHECK ((role = ANY (ARRAY['resident'::text, 'community_officer'::text, 'street_officer'::text, 'station_agent'::text, 'lender'::text, 'sysadmin'::text, 'secadmin'::text, 'auditor'::text, 'unassigned'::text])));
alter table users add constraint users_station_id_fkey FOREIGN KEY (station_id) REFERENCES stations(id);
alter table users add constraint users_totp_enabled CHECK (((totp_secret_enc IS NULL) = (totp_enabled_at IS NULL)));
alter table users add constraint users_totp_staff_only CHECK (((kind = 'staff'::text) OR ((totp_secret_enc IS NULL) AND (totp_pending_enc IS NULL))));
alter table users add constraint users_unassigned_inactive CHECK (((role <> 'unassigned'::text) OR (NOT active)));
alter table users add constraint users_username_key UNIQUE (username);

create table venues (
  id bigint generated always as identity not null,
  area_id bigint not null,
  address text not null,
  area_sqm integer not null,
  owner_name text not null,
  owner_phone text,
  status text default 'idle'::text not null,
  created_by_user_id bigint not null,
  created_at timestamp with time zone default now() not null,
  updated_at timestamp with time zone default now() not null
);
alter table venues add constraint venues_address_check CHECK (((length(address) >= 2) AND (length(address) <= 200)));
alter table venues add constraint venues_area_id_fkey FOREIGN KEY (area_id) REFERENCES areas(id);
alter table venues add constraint venues_area_sqm_check CHECK (((area_sqm >= 1) AND (area_sqm <= 100000)));
alter table venues add constraint venues_created_by_user_id_fkey FOREIGN KEY (created_by_user_id) REFERENCES users(id);
alter table venues add constraint venues_owner_name_check CHECK (((length(owner_name) >= 1) AND (length(owner_name) <= 40)));
alter table venues add constraint venues_owner_phone_check CHECK ((owner_phone ~ '^1[3-9][0-9]{9}$'::text));
alter table venues add constraint venues_pkey PRIMARY KEY (id);
alter table venues add constraint venues_status_check CHECK ((status = ANY (ARRAY['idle'::text, 'matched'::text, 'in_use'::text])));
CREATE INDEX venues_area_idx ON public.venues USING btree (area_id);

create sequence areas_id_seq as bigint owned by areas.id;
create sequence audit_events_id_seq as bigint owned by audit_events.id;
create sequence benefit_application_events_id_seq as bigint owned by benefit_application_events.id;
create sequence benefit_application_materials_id_seq as bigint owned by benefit_application_materials.id;
create sequence benefit_applications_id_seq as bigint owned by benefit_applications.id;
create sequence benefit_awards_id_seq as bigint owned by benefit_awards.id;
create sequence benefit_batch_items_id_seq as bigint owned by benefit_batch_items.id;
create sequence benefit_campaign_targets_id_seq as bigint owned by benefit_campaign_targets.id;
create sequence benefit_campaigns_id_seq as bigint owned by benefit_campaigns.id;
create sequence benefit_payment_batches_id_seq as bigint owned by benefit_payment_batches.id;
create sequence benefit_policies_id_seq as bigint owned by benefit_policies.id;
create sequence benefit_suggestions_id_seq as bigint owned by benefit_suggestions.id;
create sequence benefit_visits_id_seq as bigint owned by benefit_visits.id;
create sequence consents_id_seq as bigint owned by consents.id;
create sequence employer_watchlist_id_seq as bigint owned by employer_watchlist.id;
create sequence employment_specialists_id_seq as bigint owned by employment_specialists.id;
create sequence employments_id_seq as bigint owned by employments.id;
create sequence enterprises_id_seq as bigint owned by enterprises.id;
create sequence factory_products_id_seq as bigint owned by factory_products.id;
create sequence factory_workers_id_seq as bigint owned by factory_workers.id;
create sequence files_id_seq as bigint owned by files.id;
create sequence import_jobs_id_seq as bigint owned by import_jobs.id;
create sequence institutions_id_seq as bigint owned by institutions.id;
create sequence job_application_events_id_seq as bigint owned by job_application_events.id;
create sequence job_application_messages_id_seq as bigint owned by job_application_messages.id;
create sequence job_applications_id_seq as bigint owned by job_applications.id;
create sequence job_post_reports_id_seq as bigint owned by job_post_reports.id;
create sequence job_posts_id_seq as bigint owned by job_posts.id;
create sequence loan_events_id_seq as bigint owned by loan_events.id;
create sequence loan_materials_id_seq as bigint owned by loan_materials.id;
create sequence loan_repayments_id_seq as bigint owned by loan_repayments.id;
create sequence loans_id_seq as bigint owned by loans.id;
create sequence micro_factories_id_seq as bigint owned by micro_factories.id;
create sequence notifications_id_seq as bigint owned by notifications.id;
create sequence organisation_activities_id_seq as bigint owned by organisation_activities.id;
create sequence organisation_contacts_id_seq as bigint owned by organisation_contacts.id;
create sequence organisation_members_id_seq as bigint owned by organisation_members.id;
create sequence organisations_id_seq as bigint owned by organisations.id;
create sequence piece_adjustments_id_seq as bigint owned by piece_adjustments.id;
create sequence piece_records_id_seq as bigint owned by piece_records.id;
create sequence presence_events_id_seq as bigint owned by presence_events.id;
create sequence residents_id_seq as bigint owned by residents.id;
create sequence settlement_lines_id_seq as bigint owned by settlement_lines.id;
create sequence settlements_id_seq as bigint owned by settlements.id;
create sequence sharing_agreement_events_id_seq as bigint owned by sharing_agreement_events.id;
create sequence sharing_agreements_id_seq as bigint owned by sharing_agreements.id;
create sequence sharing_posts_id_seq as bigint owned by sharing_posts.id;
create sequence sms_codes_id_seq as bigint owned by sms_codes.id;
create sequence sms_outbox_id_seq as bigint owned by sms_outbox.id;
create sequence station_appointments_id_seq as bigint owned by station_appointments.id;
create sequence station_event_registrations_id_seq as bigint owned by station_event_registrations.id;
create sequence station_events_id_seq as bigint owned by station_events.id;
create sequence station_queue_tickets_id_seq as bigint owned by station_queue_tickets.id;
create sequence station_ratings_id_seq as bigint owned by station_ratings.id;
create sequence station_slots_id_seq as bigint owned by station_slots.id;
create sequence stations_id_seq as bigint owned by stations.id;
create sequence training_certificates_id_seq as bigint owned by training_certificates.id;
create sequence training_courses_id_seq as bigint owned by training_courses.id;
create sequence training_enrolments_id_seq as bigint owned by training_enrolments.id;
create sequence training_sessions_id_seq as bigint owned by training_sessions.id;
create sequence users_id_seq as bigint owned by users.id;
create sequence venues_id_seq as bigint owned by venues.id;

-- Functions, whose text is src/server/domains/<domain>/sql/<function>.sql:
-- function area_counts_apply(kind text, deltas jsonb) returns void language plpgsql volatile
-- function area_counts_track() returns trigger language plpgsql volatile
-- function audit_chain_head() returns text language plpgsql volatile set enable_seqscan=off
-- function audit_events_append_only() returns trigger language plpgsql volatile
-- function employment_day_counts_apply() returns trigger language plpgsql volatile
-- function employments_resident_hard_to_employ() returns trigger language plpgsql volatile
-- function job_posts_card() returns trigger language plpgsql volatile
-- function job_posts_card_names() returns trigger language plpgsql volatile
-- function jobs_ranked_posts(p_resident bigint, p_today date, p_mother_only boolean, p_scan integer, p_pool integer, p_limit integer, p_model jsonb) returns json language plpgsql stable set plan_cache_mode=force_generic_plan
-- function loan_settings_changed() returns trigger language plpgsql volatile
-- function loans_quarter_money(p_from date, p_to date) returns TABLE(loan_id bigint, interest_fen bigint, subsidy_fen bigint) language sql stable
-- function loans_record_quarter(p_quarter text, p_from date, p_to date, p_user bigint, p_now timestamp with time zone) returns boolean language plpgsql volatile
-- function person_facts_from_recorded() returns trigger language plpgsql volatile
-- function person_facts_from_residents() returns trigger language plpgsql volatile
-- function piece_adjustments_append_only() returns trigger language plpgsql volatile
-- function piece_records_append_only() returns trigger language plpgsql volatile
-- function piecework_close_day(p_factory bigint, p_enterprise_ids bigint[], p_resident bigint, p_day date, p_now timestamp with time zone, p_user bigint, p_floor_default integer, p_audit jsonb) returns json language plpgsql volatile
-- function piecework_settle(p_day date, p_factory_ids integer[], p_area_ids bigint[], p_floors integer[], p_user bigint, p_now timestamp with time zone, p_lines boolean) returns json language plpgsql volatile
-- function resident_label_bits(labels text[]) returns integer language sql immutable strict parallel safe
-- function settlement_lines_append_only() returns trigger language plpgsql volatile
-- function settlements_append_only() returns trigger language plpgsql volatile
-- function sharing_ranked_counterparts(p_post bigint, p_today date, p_limit integer, p_probe integer, p_model jsonb) returns TABLE(o_id bigint, o_score double precision, o_minutes integer) language plpgsql stable set plan_cache_mode=force_generic_plan
