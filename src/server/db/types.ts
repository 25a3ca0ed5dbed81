/** Table types for Kysely; schema.db.test.ts holds them to the migrated database (ADR 0049). */
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
  lat: number | null;
  lng: number | null;
  phone: string | null;
  services: Generated<string[]>;
  active: Generated<boolean>;
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
  /** Locks since the last successful sign-in; picks the next lock's length (sign-in-limits.ts). */
  lockouts: Generated<number>;
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

/** A topic's settings version, raised by its tables' triggers (platform/settings-cache.ts). */
export interface SettingsVersionsTable {
  topic: string;
  version: Generated<number>;
}

export interface BackgroundTaskRunsTable {
  name: string;
  last_started_at: Timestamp;
  runs: Generated<number>;
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
  /** NOTICE_TEXTS' key and its parameters; null for notices stored before templates (their title and body are shown). */
  template: string | null;
  params: ColumnType<unknown, string | null | undefined, string | null>;
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
  /** Whether the resident carries the hard_to_employ label now; kept by triggers (migration 0012). */
  resident_hard_to_employ: Generated<boolean>;
}

// ── piecework ──
export interface VenuesTable {
  id: Id;
  area_id: number;
  address: string;
  area_sqm: number;
  owner_name: string;
  owner_phone: string | null;
  status: Generated<'idle' | 'matched' | 'in_use'>;
  created_by_user_id: number;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface MicroFactoriesTable {
  id: Id;
  area_id: number;
  enterprise_id: number | null;
  operator_resident_id: number | null;
  venue_id: number | null;
  name: string;
  industry: string;
  workstations: number;
  opening_hours: Generated<string>;
  status: Generated<'preparing' | 'operating' | 'closed'>;
  invite_code: string;
  verified_at: Date | null;
  verified_by_user_id: number | null;
  created_by_user_id: number;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface FactoryProductsTable {
  id: Id;
  factory_id: number;
  name: string;
  unit: 'piece' | 'item' | 'dozen' | 'box';
  active: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface PieceRatesTable {
  product_id: number;
  effective_from: string;
  rate_e4: number;
  created_by_user_id: number;
  created_at: Generated<Date>;
}

export interface FactoryWorkersTable {
  id: Id;
  factory_id: number;
  resident_id: number;
  joined_on: string;
  left_on: string | null;
  created_at: Generated<Date>;
}

export interface PresenceEventsTable {
  id: Id;
  factory_id: number;
  worker_id: number;
  work_date: string;
  kind: 'check_in' | 'step_out' | 'come_back' | 'check_out';
  at: Timestamp;
  client_key: string;
  created_by_user_id: number;
}

export interface PresenceDaysTable {
  worker_id: number;
  work_date: string;
  factory_id: number;
  state: 'in' | 'out' | 'done';
  minutes_present: number;
  since: Date | null;
}

export interface PieceRecordsTable {
  id: Id;
  factory_id: number;
  worker_id: number;
  product_id: number;
  work_date: string;
  quantity: number;
  rate_e4: number;
  /** 1 approved, 2 pending, 3 rejected */
  state: 1 | 2 | 3;
  self_reported: Generated<boolean>;
  reverses_id: number | null;
  client_key: string;
  created_by_user_id: number;
  created_at: Generated<Date>;
}

export interface PieceDayTotalsTable {
  factory_id: number;
  work_date: string;
  worker_id: number;
  product_id: number;
  quantity: number;
  amount_e4: number;
}

export interface SettlementsTable {
  id: Id;
  factory_id: number;
  area_id: number;
  work_date: string;
  status: Generated<'closed' | 'confirmed' | 'paid'>;
  total_fen: number;
  worker_count: number;
  flagged_count: Generated<number>;
  confirmed_at: Date | null;
  confirmed_by_user_id: number | null;
  paid_at: Date | null;
  paid_by_user_id: number | null;
  pay_method: 'cash' | 'wechat' | 'bank' | null;
  pay_reference: string | null;
  created_by_user_id: number | null;
  created_at: Generated<Date>;
}

export interface SettlementLinesTable {
  id: Id;
  settlement_id: number;
  factory_id: number;
  worker_id: number;
  work_date: string;
  quantity: number;
  day_amount_e4: number;
  adjustment_e4: Generated<number>;
  amount_fen: number;
  minutes_present: number | null;
  floor_fen_per_hour: number;
  below_floor: Generated<boolean>;
  status: Generated<'open' | 'acknowledged' | 'disputed' | 'resolved'>;
  dispute_reason: string | null;
  resolution_note: string | null;
  resolved_by_user_id: number | null;
  updated_at: Timestamp;
}

export interface PieceAdjustmentsTable {
  id: Id;
  factory_id: number;
  worker_id: number;
  /** The correcting record; null for a negative line carried forward (0024). */
  record_id: number | null;
  /** The line whose negative net this carries to the next settlement (0024). */
  carried_from_line_id: number | null;
  origin_date: string;
  amount_e4: number;
  settlement_id: number | null;
  created_at: Generated<Date>;
}
// ── end piecework ──

// ── jobs ──
type Json<T> = ColumnType<T, string | undefined, string>;
/** A point in kilometres, as the pg driver reads it ({ x, y }); written as '(x,y)'. */
type KmPoint = ColumnType<{ x: number; y: number }, string, string>;
type Slots = ColumnType<string, string | undefined, string>;
export interface WindowJson {
  days: number[];
  from: string;
  to: string;
}
export interface InvitationJson {
  kind: 'interview' | 'trial_day';
  at: string;
  place: string;
  note?: string | undefined;
}

export interface JobProfilesTable {
  resident_id: number;
  skills: ColumnType<string[], string[] | undefined, string[]>;
  job_types: ColumnType<string[], string[] | undefined, string[]>;
  min_pay_fen: number | null;
  min_pay_unit: 'month' | 'day' | 'hour' | 'piece' | null;
  windows: Json<WindowJson[]>;
  slots: Slots;
  slot_count: Generated<number>;
  school_hours_preset: Generated<boolean>;
  home_area_id: number;
  home_loc: KmPoint;
  max_walk_minutes: Generated<number>;
  discoverable: Generated<boolean>;
  /** How her matches are ordered: by score, or by walking time alone (migration 0029). */
  match_order: Generated<'score' | 'walk'>;
  updated_by_user_id: number | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

/** A post's 妈妈岗 label: asked for by the employer, certified or refused by the street. */
export type MotherStatus = 'none' | 'requested' | 'certified' | 'refused';

export interface JobPostsTable {
  id: Id;
  enterprise_id: number;
  area_id: number;
  loc: KmPoint;
  title: string;
  category: string;
  type: string;
  pay_min_fen: number;
  pay_max_fen: number;
  pay_unit: 'month' | 'day' | 'hour' | 'piece';
  flexible: boolean;
  windows: Json<WindowJson[]>;
  slots: Slots;
  slot_count: Generated<number>;
  headcount: number;
  skills: ColumnType<string[], string[] | undefined, string[]>;
  requirements: Generated<string>;
  description: Generated<string>;
  contract: Generated<boolean>;
  social_insurance: Generated<boolean>;
  valid_until: ColumnType<string, string, string>;
  status: 'pending_review' | 'published' | 'rejected' | 'taken_down' | 'closed';
  review_note: string | null;
  reviewed_by_user_id: number | null;
  reviewed_at: Date | null;
  mother_status: Generated<MotherStatus>;
  mother_note: string | null;
  mother_by_user_id: number | null;
  created_by_user_id: number;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  /** The post as a list shows it; written only by the table's triggers (jobs/sql/job_posts_card.sql, ADR 0044). */
  card: ColumnType<JobPostCard, never, never>;
}

/** job_posts.card: one JSON array, in this order. */
export type JobPostCard = [
  id: number,
  enterprise_id: number,
  enterprise_name: string,
  area_id: number,
  area_name: string,
  title: string,
  category: string,
  type: string,
  pay_min_fen: number,
  pay_max_fen: number,
  pay_unit: JobPostsTable['pay_unit'],
  flexible: boolean,
  windows: WindowJson[],
  slot_count: number,
  skills: string[],
  mother_status: MotherStatus,
  valid_until: string,
];

export interface JobApplicationsTable {
  id: Id;
  post_id: number;
  resident_id: number;
  enterprise_id: number;
  resident_area_id: number;
  origin: 'resident' | 'employer';
  status: 'applied' | 'viewed' | 'invited' | 'hired' | 'rejected' | 'withdrawn';
  shared_fields: ColumnType<string[], string[] | undefined, string[]>;
  consent_id: number | null;
  accepted_at: Date | null;
  invitation: ColumnType<InvitationJson | null, string | null | undefined, string | null>;
  reject_reason: string | null;
  assisted_by_user_id: number | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}

export interface JobApplicationEventsTable {
  id: Id;
  application_id: number;
  status: string;
  by_user_id: number;
  assisted_by_user_id: number | null;
  note: string | null;
  at: Timestamp;
}

export interface JobApplicationMessagesTable {
  id: Id;
  application_id: number;
  side: 'resident' | 'employer';
  author_user_id: number;
  assisted_by_user_id: number | null;
  body: string;
  created_at: Timestamp;
}

export interface JobPostReportsTable {
  id: Id;
  post_id: number;
  area_id: number;
  reporter_user_id: number;
  reason: string;
  detail: string | null;
  status: Generated<'open' | 'upheld' | 'dismissed'>;
  handled_by_user_id: number | null;
  handled_note: string | null;
  handled_at: Date | null;
  created_at: Generated<Date>;
}

export interface EmployerWatchlistTable {
  id: Id;
  enterprise_id: number;
  kind: 'red' | 'black';
  reason: string;
  created_by_user_id: number;
  created_at: Generated<Date>;
  removed_by_user_id: number | null;
  removed_at: Date | null;
}
// ── end jobs ──

// ── benefits ──
type JsonIn<T> = ColumnType<T, string, string>;

export interface ResidentFactsTable {
  resident_id: number;
  unemployed_registered_on: string | null;
  youngest_child_birth_date: string | null;
  business_stage: ColumnType<
    'registered' | 'registering' | 'plan_filed' | 'none' | null,
    'registered' | 'registering' | 'plan_filed' | 'none' | null | undefined,
    'registered' | 'registering' | 'plan_filed' | 'none' | null
  >;
  recorded_by_user_id: number | null;
  updated_at: Timestamp;
}

/** What a person rule reads, one row per resident; kept equal to residents and resident_facts by triggers (migration 0012). */
export interface PersonFactsTable {
  resident_id: number;
  area_id: number;
  birth_date: string | null;
  unemployed_registered_on: string | null;
  youngest_child_birth_date: string | null;
  gender: 'female' | 'male' | null;
  hukou_area: string | null;
  /** bit i set = the resident carries RESIDENT_LABELS[i] */
  label_bits: number;
  business_stage: string | null;
  /** hours attended in completed basic training courses (training domain, migration 0034) */
  basic_training_hours: Generated<number>;
  /** valid training certificates */
  training_certificates: Generated<number>;
  /** valid certificates of skill courses (migration 0052) */
  skill_certificates: Generated<number>;
}

export interface BenefitPoliciesTable {
  id: Id;
  area_id: number;
  code: string;
  title: string;
  category: 'startup' | 'employment' | 'social_insurance' | 'training' | 'loan';
  target: 'person' | 'enterprise';
  summary: string;
  benefit: JsonIn<unknown>;
  legal_basis: Generated<string>;
  valid_from: string | null;
  valid_to: string | null;
  mode: 'apply' | 'automatic';
  materials: JsonIn<string[]>;
  station_id: number | null;
  faq: JsonIn<{ q: string; a: string }[]>;
  status: ColumnType<
    'draft' | 'published' | 'withdrawn',
    'draft' | 'published' | 'withdrawn' | undefined,
    'draft' | 'published' | 'withdrawn'
  >;
  draft_rule: JsonIn<unknown>;
  current_version: number | null;
  created_by_user_id: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface BenefitPolicyVersionsTable {
  policy_id: number;
  version: number;
  rule: JsonIn<unknown>;
  eligible_count: Generated<number>;
  unknown_count: Generated<number>;
  published_by_user_id: number;
  published_at: Timestamp;
}

export interface BenefitPaymentBatchesTable {
  id: Id;
  area_id: number;
  kind: 'applications' | 'automatic';
  status: 'prepared' | 'confirmed';
  policy_id: number | null;
  policy_version: number | null;
  item_count: number;
  total_fen: number;
  prepared_by_user_id: number;
  prepared_at: Timestamp;
  confirmed_by_user_id: number | null;
  confirmed_at: Date | null;
}

/** One recipient a 免申即享 batch found, as reviewed before it is confirmed. */
export interface BenefitBatchItemsTable {
  id: Id;
  batch_id: number;
  resident_id: number | null;
  enterprise_id: number | null;
  area_id: number;
  community_id: number | null;
  amount_fen: number;
  facts: JsonIn<unknown>;
  excluded_by_user_id: number | null;
  excluded_at: Date | null;
  exclusion_reason: string | null;
}

export type BenefitApplicationStatus =
  'submitted' | 'community_approved' | 'approved' | 'disbursed' | 'rejected' | 'returned';

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
  facts: JsonIn<unknown>;
  eligibility: JsonIn<unknown>;
  suggested_amount_fen: number | null;
  amount_fen: ColumnType<number | null, number | null | undefined, number | null>;
  reason: string | null;
  community_reviewer_user_id: number | null;
  street_reviewer_user_id: number | null;
  consent_id: ColumnType<number | null, number | null | undefined, number | null>;
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
  missing: JsonIn<string[]>;
  notified_at: Date | null;
}

export interface BenefitVisitsTable {
  id: Id;
  target_id: number;
  officer_user_id: number;
  outcome: 'interested' | 'applied_on_site' | 'declined' | 'not_home' | 'data_collected';
  note: Generated<string>;
  at: Timestamp;
  application_id: ColumnType<number | null, number | null | undefined, number | null>;
}

export interface BenefitSuggestionsTable {
  id: Id;
  policy_id: number;
  policy_version: number;
  resident_id: number | null;
  enterprise_id: number | null;
  reason: string;
  trigger: 'employment' | 'enterprise' | 'birthday' | 'nightly' | 'training';
  created_at: Timestamp;
}
// ── end benefits ──

// ── loans ──
export type LoanStatusColumn =
  | 'draft'
  | 'submitted'
  | 'station_review'
  | 'street_review'
  | 'guarantee_review'
  | 'bank_review'
  | 'bank_approved'
  | 'repaying'
  | 'overdue'
  | 'settled'
  | 'returned'
  | 'rejected'
  | 'withdrawn';

export interface LoanProductsTable {
  code: string;
  title: string;
  applicant_kind: 'person' | 'enterprise';
  max_amount_fen: number;
  max_term_months: number;
  condition: Generated<string>;
  min_new_hire_percent: number | null;
  materials: JsonIn<string[]>;
  legal_basis: string;
  active: Generated<boolean>;
  updated_by_user_id: number | null;
  updated_at: Timestamp;
}

export interface LoanRulesTable {
  id: Generated<number>;
  rate_cap_spread_bp: number;
  borrower_spread_bp: number;
  subsidy_years: number;
  legal_basis: string;
  updated_by_user_id: number | null;
  updated_at: Timestamp;
}

export interface LoanLprRatesTable {
  effective_from: string;
  rate_bp: number;
  recorded_by_user_id: number | null;
  recorded_at: Timestamp;
}

export interface LoanStageTargetsTable {
  stage: string;
  working_days: number;
}

export interface LoansTable {
  id: Id;
  product_code: string;
  applicant_kind: 'person' | 'enterprise';
  resident_id: number;
  enterprise_id: number | null;
  area_id: number;
  station_id: number;
  guarantee_institution_id: number;
  bank_institution_id: number;
  amount_fen: number;
  term_months: number;
  purpose: string;
  jobs_promised: number;
  jobs_created: number | null;
  guarantee_mode: 'guarantee_centre' | 'personal_counter' | 'collateral' | 'credit';
  status: LoanStatusColumn;
  stage_entered_at: Timestamp;
  eligibility: JsonIn<unknown>;
  consent_text: string;
  consented_at: Timestamp;
  filed_by_user_id: number;
  assisted: boolean;
  client_key: string;
  rate_bp: number | null;
  interest_frequency: 'monthly' | 'quarterly' | null;
  principal_mode: 'at_maturity' | 'instalments' | null;
  disbursed_on: string | null;
  maturity_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LoanEventsTable {
  id: Id;
  loan_id: number;
  action: string;
  from_status: LoanStatusColumn | null;
  to_status: LoanStatusColumn;
  /** null: a step the platform took by itself (the overdue check) */
  actor_user_id: number | null;
  on_behalf: Generated<boolean>;
  note: Generated<string>;
  client_key: string | null;
  at: Timestamp;
}

export interface LoanMaterialsTable {
  id: Id;
  loan_id: number;
  file_id: number;
  material: string;
  uploaded_by_user_id: number;
  at: Timestamp;
}

export interface LoanSchedulePeriodsTable {
  loan_id: number;
  period_no: number;
  starts_on: string;
  due_on: string;
  outstanding_fen: number;
  principal_fen: number;
  interest_fen: number;
  subsidy_fen: number;
  paid_fen: Generated<number>;
  paid_on: string | null;
  overdue_on: string | null;
}

export interface LoanRepaymentsTable {
  id: Id;
  loan_id: number;
  period_no: number;
  paid_on: string;
  amount_fen: number;
  reference: string;
  source: 'screen' | 'import';
  recorded_by_user_id: number;
  recorded_at: Timestamp;
}

export interface LoanSubsidyQuartersTable {
  quarter: string;
  starts_on: string;
  ends_on: string;
  loan_count: number;
  subsidy_fen: number;
  recorded_by_user_id: number;
  recorded_at: Timestamp;
}

export interface LoanQuarterSubsidiesTable {
  quarter: string;
  loan_id: number;
  interest_fen: number;
  subsidy_fen: number;
}
// ── end loans ──
// ── stations ──
export interface StationHoursTable {
  station_id: number;
  weekday: number;
  /** 'HH:MM:SS', Asia/Shanghai wall-clock time */
  opens: string;
  closes: string;
}

export interface StationClosuresTable {
  station_id: number;
  day: string;
  reason: string;
}

export interface StationSlotsTable {
  id: Id;
  station_id: number;
  service: string;
  day: string;
  starts: string;
  ends: string;
  capacity: number;
  booked: Generated<number>;
  created_by_user_id: number | null;
  created_at: Generated<Date>;
}

export interface StationAppointmentsTable {
  id: Id;
  slot_id: number;
  station_id: number;
  resident_id: number;
  status: Generated<'booked' | 'cancelled' | 'checked_in' | 'served' | 'no_show'>;
  code: string;
  purpose: Generated<string>;
  client_key: string;
  booked_by_user_id: number;
  assisted: Generated<boolean>;
  consent_id: number | null;
  checked_in_at: Date | null;
  checked_in_by_user_id: number | null;
  service_record: string | null;
  served_at: Date | null;
  served_by_user_id: number | null;
  closed_at: Date | null;
  created_at: Generated<Date>;
}

export interface StationRatingsTable {
  id: Id;
  appointment_id: number | null;
  station_id: number | null;
  resident_id: number;
  score: number;
  comment: Generated<string>;
  follow_up_status: 'open' | 'closed' | null;
  follow_up_note: string | null;
  follow_up_by_user_id: number | null;
  created_at: Generated<Date>;
  subject_kind: 'appointment' | 'event' | 'benefit_decision' | 'training';
  subject_id: number;
  area_id: number;
  follow_up_closed_at: Date | null;
}

export interface StationEventsTable {
  id: Id;
  station_id: number;
  kind: 'policy_briefing' | 'job_fair';
  title: string;
  description: Generated<string>;
  day: string;
  starts: string;
  ends: string;
  capacity: number;
  taken: Generated<number>;
  booths: number | null;
  booths_taken: Generated<number>;
  confirm_hours: Generated<number>;
  created_by_user_id: number | null;
  created_at: Generated<Date>;
}

export interface StationEventRegistrationsTable {
  id: Id;
  event_id: number;
  resident_id: number;
  status: 'registered' | 'waitlisted' | 'offered' | 'cancelled' | 'lapsed' | 'attended';
  code: string;
  client_key: string;
  offered_until: Date | null;
  checked_in_at: Date | null;
  checked_in_by_user_id: number | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface StationEventBoothsTable {
  event_id: number;
  enterprise_id: number;
  registered_by_user_id: number;
  created_at: Generated<Date>;
}

export interface StationQueueDaysTable {
  station_id: number;
  day: string;
  last_number: number;
}

export interface StationQueueTicketsTable {
  id: Id;
  station_id: number;
  day: string;
  number: number;
  service: string;
  resident_id: number | null;
  name: string;
  status: Generated<'waiting' | 'called' | 'served' | 'left'>;
  called_at: Date | null;
  called_by_user_id: number | null;
  service_record: string | null;
  served_at: Date | null;
  created_by_user_id: number;
  created_at: Generated<Date>;
}
// ── end stations ──
// ── sharing (共享用工) ──
export interface SharingPostsTable {
  id: Id;
  enterprise_id: number;
  area_id: number;
  kind: 'surplus' | 'shortage';
  skills: Generated<string[]>;
  headcount: number;
  start_date: string;
  end_date: string;
  daily_hours: number | null;
  pay_fen_per_day: number | null;
  note: Generated<string>;
  closed_at: Date | null;
  client_key: string;
  created_by_user_id: number;
  created_at: Generated<Date>;
}

export interface SharingAgreementsTable {
  id: Id;
  lending_enterprise_id: number;
  borrowing_enterprise_id: number;
  area_id: number;
  surplus_post_id: number | null;
  shortage_post_id: number | null;
  post_title: string;
  daily_hours: number;
  start_date: string;
  end_date: string;
  headcount: number;
  wage_fen_per_day: number;
  social_insurance_fen_per_day: number;
  other_costs_fen_per_day: number;
  other_costs_note: Generated<string>;
  fee_fen_per_day: number;
  duties: Generated<string>;
  return_reasons: Generated<string>;
  extension_terms: Generated<string>;
  status: Generated<'pending' | 'active' | 'ended'>;
  lending_signed_at: Date | null;
  borrowing_signed_at: Date | null;
  activated_at: Date | null;
  client_key: string;
  created_by_user_id: number;
  brokered: Generated<boolean>;
  created_at: Generated<Date>;
  ended_at: Date | null;
  extension_end_date: string | null;
  extension_lending_at: Date | null;
  extension_borrowing_at: Date | null;
}

export interface SharingAgreementWorkersTable {
  agreement_id: number;
  resident_id: number;
  employment_id: number;
  relation: Generated<'employee'>;
  consent: Generated<'pending' | 'consented' | 'declined'>;
  consent_method: 'app' | 'assisted' | null;
  witness: string | null;
  consent_by_user_id: number | null;
  consent_at: Date | null;
  returned_on: string | null;
  return_kind: 'end_date' | 'worker_early' | 'borrower_reason' | null;
  return_duty: 'hours' | 'rest' | 'safety' | 'protective_equipment' | null;
  return_note: Generated<string>;
  /** 代办: the consent ledger row of an early return an officer filed for her (ADR 0073). */
  return_consent_id: number | null;
  extension_consent: 'pending' | 'consented' | 'declined' | null;
}

export interface SharingAgreementEventsTable {
  id: Id;
  agreement_id: number;
  kind: string;
  resident_id: number | null;
  actor_user_id: number;
  note: Generated<string>;
  at: Generated<Date>;
}

export interface SharingPayMonthsTable {
  agreement_id: number;
  resident_id: number;
  month: string;
  hours: number | null;
  received_fen: number | null;
  paid_fen: number | null;
  below_cost: Generated<boolean>;
  updated_at: Generated<Date>;
}
// ── end sharing ──

// ── imports ──
export interface ImportJobsTable {
  id: Id;
  kind: 'residents' | 'enterprises';
  file_name: string;
  skip_bad: boolean;
  status: 'checking' | 'importing' | 'done' | 'rejected' | 'failed';
  total_rows: Generated<number>;
  processed_rows: Generated<number>;
  imported: Generated<number>;
  unchanged: Generated<number>;
  skipped: Generated<number>;
  problems: ColumnType<unknown, string | undefined, string>;
  created_by_user_id: number;
  client_key: string;
  created_at: Generated<Date>;
  finished_at: Date | null;
  /** The job's last sign of life: set with every progress update (migration 0054). */
  updated_at: Generated<Date>;
}
// ── end imports ──
// ── dashboard rollups (migration 0055) ──
/** Hires by the employer's area and the day work started, kept by a trigger on employments (ADR 0076). */
export interface EmploymentDayCountsTable {
  area_id: number;
  start_date: string;
  hires: number;
}
// ── end dashboard rollups ──
// ── training (migration 0034) ──
export interface TrainingCoursesTable {
  id: Id;
  area_id: number;
  station_id: number;
  name: string;
  kind: 'entrepreneurship' | 'childcare' | 'ecommerce_live' | 'sewing' | 'other';
  level: 'basic' | 'skill';
  summary: Generated<string>;
  trainer: string;
  capacity: number;
  enrolled: Generated<number>;
  min_attendance_pct: number;
  assessment_required: boolean;
  status: Generated<'open' | 'closed'>;
  created_by_user_id: number | null;
  created_at: Generated<Date>;
}

export interface TrainingSessionsTable {
  id: Id;
  course_id: number;
  starts_at: Timestamp;
  hours: number;
  topic: string;
}

export interface TrainingEnrolmentsTable {
  id: Id;
  course_id: number;
  resident_id: number;
  status: 'enrolled' | 'waitlisted' | 'cancelled';
  check_in_code: string;
  assessment: 'passed' | 'failed' | null;
  completed_at: Date | null;
  created_at: Generated<Date>;
  promoted_at: Date | null;
  cancelled_at: Date | null;
}

export interface TrainingAttendanceTable {
  enrolment_id: number;
  session_id: number;
  recorded_by_user_id: number;
  recorded_at: Generated<Date>;
}

export interface TrainingCertificatesTable {
  id: Id;
  enrolment_id: number;
  resident_id: number;
  course_id: number;
  serial: string;
  hours: number;
  issued_on: string;
  revoked_at: Date | null;
  revoked_by_user_id: number | null;
  revoke_reason: string | null;
}

export interface OrganisationsTable {
  id: Id;
  area_id: number;
  name: string;
  kind: 'gig_station' | 'entrepreneur_alliance' | 'housekeeping_alliance' | 'volunteer_team' | 'party_branch';
  summary: Generated<string>;
  public: Generated<boolean>;
  created_by_user_id: number | null;
  client_key: string | null;
  created_at: Generated<Date>;
}

export interface OrganisationContactsTable {
  id: Id;
  organisation_id: number;
  name: string;
  role: string;
  phone: string;
  created_at: Generated<Date>;
}

export interface OrganisationMembersTable {
  id: Id;
  organisation_id: number;
  resident_id: number | null;
  enterprise_id: number | null;
  role: string;
  joined_on: string;
  added_by_user_id: number | null;
  created_at: Generated<Date>;
}

export interface OrganisationActivitiesTable {
  id: Id;
  organisation_id: number;
  title: string;
  held_on: string;
  place: string;
  created_at: Generated<Date>;
}

export interface EmploymentSpecialistsTable {
  id: Id;
  area_id: number;
  user_id: number;
  duties: string;
  created_at: Generated<Date>;
}

export interface SpecialistAssignmentsTable {
  resident_id: number;
  specialist_id: number;
  assigned_by_user_id: number | null;
  assigned_at: Generated<Date>;
}

export interface Database {
  area_settings: AreaSettingsTable;
  notifications: NotificationsTable;
  sms_outbox: SmsOutboxTable;
  files: FilesTable;
  employments: EmploymentsTable;

  // ── piecework ──
  venues: VenuesTable;
  micro_factories: MicroFactoriesTable;
  factory_products: FactoryProductsTable;
  piece_rates: PieceRatesTable;
  factory_workers: FactoryWorkersTable;
  presence_events: PresenceEventsTable;
  presence_days: PresenceDaysTable;
  piece_records: PieceRecordsTable;
  piece_day_totals: PieceDayTotalsTable;
  settlements: SettlementsTable;
  settlement_lines: SettlementLinesTable;
  piece_adjustments: PieceAdjustmentsTable;
  // ── end piecework ──

  // ── jobs ──
  job_profiles: JobProfilesTable;
  job_posts: JobPostsTable;
  job_applications: JobApplicationsTable;
  job_application_events: JobApplicationEventsTable;
  job_application_messages: JobApplicationMessagesTable;
  job_post_reports: JobPostReportsTable;
  employer_watchlist: EmployerWatchlistTable;
  // ── end jobs ──

  // ── benefits ──
  resident_facts: ResidentFactsTable;
  person_facts: PersonFactsTable;
  benefit_policies: BenefitPoliciesTable;
  benefit_policy_versions: BenefitPolicyVersionsTable;
  benefit_payment_batches: BenefitPaymentBatchesTable;
  benefit_batch_items: BenefitBatchItemsTable;
  benefit_applications: BenefitApplicationsTable;
  benefit_application_events: BenefitApplicationEventsTable;
  benefit_application_materials: BenefitApplicationMaterialsTable;
  benefit_awards: BenefitAwardsTable;
  benefit_campaigns: BenefitCampaignsTable;
  benefit_campaign_targets: BenefitCampaignTargetsTable;
  benefit_visits: BenefitVisitsTable;
  benefit_suggestions: BenefitSuggestionsTable;
  // ── end benefits ──

  // ── training ──
  training_courses: TrainingCoursesTable;
  training_sessions: TrainingSessionsTable;
  training_enrolments: TrainingEnrolmentsTable;
  training_attendance: TrainingAttendanceTable;
  training_certificates: TrainingCertificatesTable;
  // ── end training ──

  // ── organisations ──
  organisations: OrganisationsTable;
  organisation_contacts: OrganisationContactsTable;
  organisation_members: OrganisationMembersTable;
  organisation_activities: OrganisationActivitiesTable;
  employment_specialists: EmploymentSpecialistsTable;
  specialist_assignments: SpecialistAssignmentsTable;
  // ── end organisations ──
  sharing_posts: SharingPostsTable;
  sharing_agreements: SharingAgreementsTable;
  sharing_agreement_workers: SharingAgreementWorkersTable;
  sharing_agreement_events: SharingAgreementEventsTable;
  sharing_pay_months: SharingPayMonthsTable;

  // ── loans ──
  loan_products: LoanProductsTable;
  loan_rules: LoanRulesTable;
  loan_lpr_rates: LoanLprRatesTable;
  loan_stage_targets: LoanStageTargetsTable;
  loans: LoansTable;
  loan_events: LoanEventsTable;
  loan_materials: LoanMaterialsTable;
  loan_schedule_periods: LoanSchedulePeriodsTable;
  loan_repayments: LoanRepaymentsTable;
  loan_subsidy_quarters: LoanSubsidyQuartersTable;
  loan_quarter_subsidies: LoanQuarterSubsidiesTable;
  // ── end loans ──
  // ── stations ──
  station_hours: StationHoursTable;
  station_closures: StationClosuresTable;
  station_slots: StationSlotsTable;
  station_appointments: StationAppointmentsTable;
  station_ratings: StationRatingsTable;
  station_events: StationEventsTable;
  station_event_registrations: StationEventRegistrationsTable;
  station_event_booths: StationEventBoothsTable;
  station_queue_days: StationQueueDaysTable;
  station_queue_tickets: StationQueueTicketsTable;
  // ── end stations ──

  import_jobs: ImportJobsTable;
  employment_day_counts: EmploymentDayCountsTable;

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
  background_task_runs: BackgroundTaskRunsTable;
  settings_versions: SettingsVersionsTable;
  sms_codes: SmsCodesTable;
  audit_events: AuditEventsTable;
}

export type AreaRow = Selectable<AreasTable>;
export type ResidentRow = Selectable<ResidentsTable>;
export type NewResident = Insertable<ResidentsTable>;
export type ResidentUpdate = Updateable<ResidentsTable>;
export type EnterpriseRow = Selectable<EnterprisesTable>;
export type UserRow = Selectable<UsersTable>;
