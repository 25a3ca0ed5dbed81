/** Table types for Kysely; they follow migrations/ exactly. */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Id = Generated<number>;

export interface AreasTable {
  id: Id;
  parent_id: number | null;
  code: string;
  name: string;
  level: 'district' | 'street' | 'community' | 'compound' | 'place';
  path: string;
  lat: number | null;
  lng: number | null;
  created_at: Generated<Date>;
}

export interface StationsTable {
  id: Id;
  area_id: number;
  name: string;
  kind: 'loan_station' | 'service_station' | 'community_point';
  address: string;
}

export interface InstitutionsTable {
  id: Id;
  area_id: number;
  name: string;
  kind: 'guarantee' | 'bank';
}

export interface ResidentsTable {
  id: Id;
  area_id: number;
  name: string;
  gender: 'female' | 'male' | null;
  birth_date: string | null;
  phone: string;
  id_number_enc: Buffer | null;
  id_number_hash: Buffer | null;
  id_number_masked: string | null;
  hukou_area: string | null;
  labels: ColumnType<string[], string[] | undefined, string[]>;
  created_by_user_id: number | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface UsersTable {
  id: Id;
  kind: 'resident' | 'staff';
  role: string;
  display_name: string;
  phone: string | null;
  username: string | null;
  password_hash: string | null;
  resident_id: number | null;
  station_id: number | null;
  institution_id: number | null;
  locale: ColumnType<'zh-CN' | 'en', 'zh-CN' | 'en' | undefined, 'zh-CN' | 'en'>;
  elder_mode: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Date | null;
  active: Generated<boolean>;
  created_by_user_id: number | null;
  totp_secret_enc: Buffer | null;
  totp_pending_enc: Buffer | null;
  totp_enabled_at: Date | null;
  totp_last_step: number | null;
  closed_at: Date | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface UserAreasTable {
  user_id: number;
  area_id: number;
}

export interface EnterprisesTable {
  id: Id;
  area_id: number;
  name: string;
  credit_code: string;
  type: 'micro_factory' | 'company' | 'individual_business' | 'shop' | 'cooperative';
  owner_name: string;
  owner_phone: string;
  owner_resident_id: number | null;
  established_on: string | null;
  verified_at: Date | null;
  verified_by_user_id: number | null;
  created_by_user_id: number | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface EnterpriseMembersTable {
  enterprise_id: number;
  user_id: number;
  role: 'owner' | 'manager';
}

export interface ConsentsTable {
  id: Id;
  resident_id: number;
  purpose: string;
  scope: ColumnType<Record<string, unknown>, string | undefined, string>;
  method: 'in_app' | 'paper' | 'verbal_witnessed';
  recorded_by_user_id: number;
  granted_at: Generated<Date>;
  withdrawn_at: Date | null;
}

export interface SessionsTable {
  sid: string;
  user_id: number | null;
  data: ColumnType<Record<string, unknown>, string, string>;
  expires_at: Timestamp;
  created_at: Generated<Date>;
}

export interface SmsCodesTable {
  id: Id;
  phone: string;
  code_hash: string;
  ip: string | null;
  attempts: Generated<number>;
  expires_at: Timestamp;
  consumed_at: Date | null;
  created_at: Generated<Date>;
}

export interface AuditEventsTable {
  id: Id;
  at: Timestamp;
  actor_user_id: number | null;
  actor_name: string | null;
  actor_role: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  ip: string | null;
  before: ColumnType<Record<string, unknown> | null, string | null, never>;
  after: ColumnType<Record<string, unknown> | null, string | null, never>;
  prev_hash: string;
  hash: string;
}

export interface AreaCountsTable {
  area_id: number;
  residents: Generated<number>;
  enterprises: Generated<number>;
}

export interface SettingsTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_by_user_id: number | null;
  updated_at: Timestamp;
}

export interface AreaSettingsTable {
  area_id: number;
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_by_user_id: number | null;
  updated_at: Timestamp;
}

export interface NotificationsTable {
  id: Id;
  user_id: number;
  kind: string;
  title: string;
  body: Generated<string>;
  link: string | null;
  data: ColumnType<unknown, string | undefined, string>;
  dedupe_key: string | null;
  created_at: Timestamp;
  read_at: Date | null;
}

export interface SmsOutboxTable {
  id: Id;
  phone: string;
  template: string;
  params: ColumnType<Record<string, string>, string, string>;
  status: Generated<'pending' | 'sent' | 'failed'>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: Timestamp;
  sent_at: Date | null;
}

export interface FilesTable {
  id: Id;
  owner_user_id: number;
  purpose: string;
  original_name: string;
  mime: 'application/pdf' | 'image/jpeg' | 'image/png';
  size_bytes: number;
  sha256: string;
  storage_key: string;
  created_at: Timestamp;
}

export interface EmploymentsTable {
  id: Id;
  resident_id: number;
  enterprise_id: number;
  area_id: number;
  source: 'platform' | 'recorded';
  job_post_id: number | null;
  application_id: number | null;
  title: Generated<string>;
  start_date: string;
  end_date: string | null;
  created_by_user_id: number;
  created_at: Timestamp;
}

// ── piecework ──
// ── end piecework ──

// ── jobs ──
// ── end jobs ──

// ── benefits ──
type Json<T> = ColumnType<T, string, string>;

export interface ResidentFactsTable {
  resident_id: number;
  unemployed_registered_on: string | null;
  youngest_child_birth_date: string | null;
  recorded_by_user_id: number | null;
  updated_at: Timestamp;
}

export interface BenefitPoliciesTable {
  id: Id;
  area_id: number;
  code: string;
  title: string;
  category: 'startup' | 'employment' | 'social_insurance' | 'training' | 'loan';
  target: 'person' | 'enterprise';
  summary: string;
  benefit: Json<unknown>;
  legal_basis: Generated<string>;
  valid_from: string | null;
  valid_to: string | null;
  mode: 'apply' | 'automatic';
  materials: Json<string[]>;
  station_id: number | null;
  faq: Json<{ q: string; a: string }[]>;
  status: ColumnType<'draft' | 'published' | 'withdrawn', 'draft' | 'published' | 'withdrawn' | undefined, 'draft' | 'published' | 'withdrawn'>;
  draft_rule: Json<unknown>;
  current_version: number | null;
  created_by_user_id: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface BenefitPolicyVersionsTable {
  policy_id: number;
  version: number;
  rule: Json<unknown>;
  eligible_count: Generated<number>;
  unknown_count: Generated<number>;
  published_by_user_id: number;
  published_at: Timestamp;
}

export interface BenefitPaymentBatchesTable {
  id: Id;
  area_id: number;
  kind: 'applications' | 'automatic';
  policy_id: number | null;
  item_count: number;
  total_fen: number;
  confirmed_by_user_id: number;
  confirmed_at: Timestamp;
}

export type BenefitApplicationStatus = 'submitted' | 'community_approved' | 'approved' | 'disbursed' | 'rejected' | 'returned';

export interface BenefitApplicationsTable {
  id: Id;
  policy_id: number;
  policy_version: number;
  resident_id: number | null;
  enterprise_id: number | null;
  area_id: number;
  status: ColumnType<BenefitApplicationStatus, BenefitApplicationStatus | undefined, BenefitApplicationStatus>;
  submitted_by_user_id: number;
  on_behalf: Generated<boolean>;
  facts: Json<unknown>;
  eligibility: Json<unknown>;
  suggested_amount_fen: number | null;
  amount_fen: ColumnType<number | null, number | null | undefined, number | null>;
  reason: string | null;
  community_reviewer_user_id: number | null;
  street_reviewer_user_id: number | null;
  batch_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface BenefitApplicationEventsTable {
  id: Id;
  application_id: number;
  action: string;
  from_status: BenefitApplicationStatus | null;
  to_status: BenefitApplicationStatus;
  actor_user_id: number;
  note: string | null;
  at: Timestamp;
}

export interface BenefitApplicationMaterialsTable {
  id: Id;
  application_id: number;
  file_id: number;
  material: string;
  uploaded_by_user_id: number;
  at: Timestamp;
}

export interface BenefitAwardsTable {
  id: Id;
  policy_id: number;
  policy_version: number;
  resident_id: number | null;
  enterprise_id: number | null;
  area_id: number;
  amount_fen: number;
  application_id: number | null;
  batch_id: number;
  created_at: Timestamp;
}

export interface BenefitCampaignsTable {
  id: Id;
  policy_id: number;
  policy_version: number;
  area_id: number;
  status: ColumnType<'open' | 'closed', 'open' | 'closed' | undefined, 'open' | 'closed'>;
  created_by_user_id: number;
  created_at: Timestamp;
  closed_at: Date | null;
}

export interface BenefitCampaignTargetsTable {
  id: Id;
  campaign_id: number;
  resident_id: number | null;
  enterprise_id: number | null;
  area_id: number;
  community_id: number | null;
  kind: 'visit' | 'collect_data';
  missing: Json<string[]>;
  notified_at: Date | null;
}

export interface BenefitVisitsTable {
  id: Id;
  target_id: number;
  officer_user_id: number;
  outcome: 'interested' | 'applied_on_site' | 'declined' | 'not_home' | 'data_collected';
  note: Generated<string>;
  at: Timestamp;
}

export interface BenefitSuggestionsTable {
  id: Id;
  policy_id: number;
  policy_version: number;
  resident_id: number | null;
  enterprise_id: number | null;
  reason: string;
  trigger: 'employment' | 'enterprise' | 'birthday' | 'nightly';
  created_at: Timestamp;
}
// ── end benefits ──

export interface Database {
  area_settings: AreaSettingsTable;
  notifications: NotificationsTable;
  sms_outbox: SmsOutboxTable;
  files: FilesTable;
  employments: EmploymentsTable;

  // ── piecework ──
  // ── end piecework ──

  // ── jobs ──
  // ── end jobs ──

  // ── benefits ──
  resident_facts: ResidentFactsTable;
  benefit_policies: BenefitPoliciesTable;
  benefit_policy_versions: BenefitPolicyVersionsTable;
  benefit_payment_batches: BenefitPaymentBatchesTable;
  benefit_applications: BenefitApplicationsTable;
  benefit_application_events: BenefitApplicationEventsTable;
  benefit_application_materials: BenefitApplicationMaterialsTable;
  benefit_awards: BenefitAwardsTable;
  benefit_campaigns: BenefitCampaignsTable;
  benefit_campaign_targets: BenefitCampaignTargetsTable;
  benefit_visits: BenefitVisitsTable;
  benefit_suggestions: BenefitSuggestionsTable;
  // ── end benefits ──

  settings: SettingsTable;
  area_counts: AreaCountsTable;
  areas: AreasTable;
  stations: StationsTable;
  institutions: InstitutionsTable;
  residents: ResidentsTable;
  users: UsersTable;
  user_areas: UserAreasTable;
  enterprises: EnterprisesTable;
  enterprise_members: EnterpriseMembersTable;
  consents: ConsentsTable;
  sessions: SessionsTable;
  sms_codes: SmsCodesTable;
  audit_events: AuditEventsTable;
}

export type AreaRow = Selectable<AreasTable>;
export type ResidentRow = Selectable<ResidentsTable>;
export type NewResident = Insertable<ResidentsTable>;
export type ResidentUpdate = Updateable<ResidentsTable>;
export type EnterpriseRow = Selectable<EnterprisesTable>;
export type UserRow = Selectable<UsersTable>;
