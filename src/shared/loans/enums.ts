/** Guarantee loans (创业担保贷款): the words the database, the server and the web share. */
export const LOAN_STATUSES = [
  'draft',
  'submitted',
  'station_review',
  'street_review',
  'guarantee_review',
  'bank_review',
  'bank_approved',
  'repaying',
  'overdue',
  'settled',
  'returned',
  'rejected',
  'withdrawn',
] as const;
export type LoanStatus = (typeof LOAN_STATUSES)[number];

export const LOAN_APPLICANT_KINDS = ['person', 'enterprise'] as const;
export type LoanApplicantKind = (typeof LOAN_APPLICANT_KINDS)[number];

/** 担保方式: the guarantee centre alone, with a counter-guarantee by a person, or by property. */
export const GUARANTEE_MODES = ['guarantee_centre', 'personal_counter', 'collateral', 'credit'] as const;
export type GuaranteeMode = (typeof GUARANTEE_MODES)[number];

/** How the bank collects: interest monthly or quarterly; principal at maturity or with each interest payment. */
export const INTEREST_FREQUENCIES = ['monthly', 'quarterly'] as const;
export type InterestFrequency = (typeof INTEREST_FREQUENCIES)[number];
export const PRINCIPAL_MODES = ['at_maturity', 'instalments'] as const;
export type PrincipalMode = (typeof PRINCIPAL_MODES)[number];
