/**
 * Benefits (政策, SPEC §3.3): the policy catalog and its published rule
 * versions, facts a community officer records for policies, applications with
 * their events and materials, awards and payment batches, outreach campaigns
 * (政策找人) with their door-visit tasks, and suggestions raised by triggers.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Facts policies ask about that the resident registry does not hold. Source:
    -- recorded by a community officer from the 失业登记 certificate and the
    -- household booklet (户口簿) / birth certificate of the youngest child.
    create table resident_facts (
      resident_id bigint primary key references residents(id),
      unemployed_registered_on date,
      youngest_child_birth_date date,
      recorded_by_user_id bigint references users(id),
      updated_at timestamptz not null default now()
    );

    create table benefit_policies (
      id bigint generated always as identity primary key,
      -- the street (or district) that runs it; staff see the policies of their areas and above
      area_id bigint not null references areas(id),
      code text not null unique check (code ~ '^[a-z0-9_-]{2,40}$'),
      title text not null check (length(title) between 2 and 60),
      category text not null check (category in ('startup','employment','social_insurance','training','loan')),
      target text not null check (target in ('person','enterprise')),
      summary text not null check (length(summary) between 1 and 1000),
      benefit jsonb not null,
      legal_basis text not null default '',
      valid_from date,
      valid_to date,
      mode text not null check (mode in ('apply','automatic')),
      materials jsonb not null default '[]',
      station_id bigint references stations(id),
      faq jsonb not null default '[]',
      status text not null default 'draft' check (status in ('draft','published','withdrawn')),
      -- the rule being edited; what applies is the newest published version's
      draft_rule jsonb not null,
      current_version int,
      created_by_user_id bigint not null references users(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (valid_to is null or valid_from is null or valid_to >= valid_from),
      check ((status = 'draft') = (current_version is null) or status = 'withdrawn')
    );

    -- Every publish is a new version; results (applications, campaigns, awards) name the one they used.
    create table benefit_policy_versions (
      policy_id bigint not null references benefit_policies(id),
      version int not null check (version >= 1),
      rule jsonb not null,
      eligible_count int not null default 0,
      unknown_count int not null default 0,
      published_by_user_id bigint not null references users(id),
      published_at timestamptz not null default now(),
      primary key (policy_id, version)
    );
    alter table benefit_policies add constraint benefit_policies_current_version_fk
      foreign key (id, current_version) references benefit_policy_versions(policy_id, version) deferrable initially deferred;

    create table benefit_payment_batches (
      id bigint generated always as identity primary key,
      area_id bigint not null references areas(id),
      kind text not null check (kind in ('applications','automatic')),
      policy_id bigint references benefit_policies(id),
      item_count int not null check (item_count >= 0),
      total_fen bigint not null check (total_fen >= 0),
      confirmed_by_user_id bigint not null references users(id),
      confirmed_at timestamptz not null default now(),
      check ((kind = 'automatic') = (policy_id is not null))
    );

    create table benefit_applications (
      id bigint generated always as identity primary key,
      policy_id bigint not null references benefit_policies(id),
      policy_version int not null,
      resident_id bigint references residents(id),
      enterprise_id bigint references enterprises(id),
      area_id bigint not null references areas(id),
      status text not null default 'submitted'
        check (status in ('submitted','community_approved','approved','disbursed','rejected','returned')),
      submitted_by_user_id bigint not null references users(id),
      on_behalf boolean not null default false,
      facts jsonb not null,
      eligibility jsonb not null,
      suggested_amount_fen bigint check (suggested_amount_fen >= 0),
      amount_fen bigint check (amount_fen >= 0),
      reason text,
      community_reviewer_user_id bigint references users(id),
      street_reviewer_user_id bigint references users(id),
      batch_id bigint references benefit_payment_batches(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      foreign key (policy_id, policy_version) references benefit_policy_versions(policy_id, version),
      check ((resident_id is null) <> (enterprise_id is null)),
      -- separation of duties: nobody reviews what they submitted, even for someone else
      check (community_reviewer_user_id is null or community_reviewer_user_id <> submitted_by_user_id),
      check (street_reviewer_user_id is null or street_reviewer_user_id <> submitted_by_user_id),
      check (status not in ('approved','disbursed') or (street_reviewer_user_id is not null and amount_fen is not null)),
      check ((status = 'disbursed') = (batch_id is not null)),
      check (status not in ('rejected','returned') or reason is not null)
    );
    -- one live application per policy and subject (a rejected one may be followed by a new one)
    create unique index benefit_applications_resident_uq on benefit_applications (policy_id, resident_id)
      where resident_id is not null and status <> 'rejected';
    create unique index benefit_applications_enterprise_uq on benefit_applications (policy_id, enterprise_id)
      where enterprise_id is not null and status <> 'rejected';
    create index benefit_applications_queue_idx on benefit_applications (status, area_id, id);

    create table benefit_application_events (
      id bigint generated always as identity primary key,
      application_id bigint not null references benefit_applications(id),
      action text not null,
      from_status text,
      to_status text not null,
      actor_user_id bigint not null references users(id),
      note text,
      at timestamptz not null default now()
    );
    create index benefit_application_events_idx on benefit_application_events (application_id, id);

    create table benefit_application_materials (
      id bigint generated always as identity primary key,
      application_id bigint not null references benefit_applications(id),
      file_id bigint not null unique references files(id),
      material text not null check (length(material) between 1 and 100),
      uploaded_by_user_id bigint not null references users(id),
      at timestamptz not null default now()
    );
    create index benefit_application_materials_idx on benefit_application_materials (application_id);

    -- Money a subject was granted: from an approved application when it is paid, or a 免申即享 batch.
    create table benefit_awards (
      id bigint generated always as identity primary key,
      policy_id bigint not null references benefit_policies(id),
      policy_version int not null,
      resident_id bigint references residents(id),
      enterprise_id bigint references enterprises(id),
      area_id bigint not null references areas(id),
      amount_fen bigint not null check (amount_fen >= 0),
      application_id bigint unique references benefit_applications(id),
      batch_id bigint not null references benefit_payment_batches(id),
      created_at timestamptz not null default now(),
      foreign key (policy_id, policy_version) references benefit_policy_versions(policy_id, version),
      check ((resident_id is null) <> (enterprise_id is null))
    );
    create unique index benefit_awards_resident_uq on benefit_awards (policy_id, resident_id) where resident_id is not null;
    create unique index benefit_awards_enterprise_uq on benefit_awards (policy_id, enterprise_id) where enterprise_id is not null;

    create table benefit_campaigns (
      id bigint generated always as identity primary key,
      policy_id bigint not null references benefit_policies(id),
      policy_version int not null,
      area_id bigint not null references areas(id),
      status text not null default 'open' check (status in ('open','closed')),
      created_by_user_id bigint not null references users(id),
      created_at timestamptz not null default now(),
      closed_at timestamptz,
      foreign key (policy_id, policy_version) references benefit_policy_versions(policy_id, version),
      check ((status = 'closed') = (closed_at is not null))
    );

    -- One subject a campaign found: qualified (a visit task) or unknown (a collect-data task).
    create table benefit_campaign_targets (
      id bigint generated always as identity primary key,
      campaign_id bigint not null references benefit_campaigns(id),
      resident_id bigint references residents(id),
      enterprise_id bigint references enterprises(id),
      area_id bigint not null references areas(id),
      community_id bigint references areas(id),
      kind text not null check (kind in ('visit','collect_data')),
      missing jsonb not null default '[]',
      notified_at timestamptz,
      check ((resident_id is null) <> (enterprise_id is null))
    );
    create unique index benefit_campaign_targets_resident_uq on benefit_campaign_targets (campaign_id, resident_id) where resident_id is not null;
    create unique index benefit_campaign_targets_enterprise_uq on benefit_campaign_targets (campaign_id, enterprise_id) where enterprise_id is not null;
    create index benefit_campaign_targets_area_idx on benefit_campaign_targets (area_id, campaign_id);

    create table benefit_visits (
      id bigint generated always as identity primary key,
      target_id bigint not null references benefit_campaign_targets(id),
      officer_user_id bigint not null references users(id),
      outcome text not null check (outcome in ('interested','applied_on_site','declined','not_home','data_collected')),
      note text not null default '' check (length(note) <= 500),
      at timestamptz not null default now()
    );
    create index benefit_visits_target_idx on benefit_visits (target_id);

    -- A policy a trigger (a hire, a new business, a birthday) found newly open to a subject.
    create table benefit_suggestions (
      id bigint generated always as identity primary key,
      policy_id bigint not null references benefit_policies(id),
      policy_version int not null,
      resident_id bigint references residents(id),
      enterprise_id bigint references enterprises(id),
      reason text not null,
      trigger text not null check (trigger in ('employment','enterprise','birthday','nightly')),
      created_at timestamptz not null default now(),
      check ((resident_id is null) <> (enterprise_id is null))
    );
    create unique index benefit_suggestions_resident_uq on benefit_suggestions (policy_id, resident_id) where resident_id is not null;
    create unique index benefit_suggestions_enterprise_uq on benefit_suggestions (policy_id, enterprise_id) where enterprise_id is not null;
  `.execute(db);
}
