/** Rows → responses. Employers never see labels, and see a candidate's name and phone only with consent. */
import type { Application, JobPostDetail, JobPostSummary } from '../../../shared/schemas/jobs';
import { ageOn, businessDay } from '../../../shared/dates';
import { maskName, maskPhone } from '../../../shared/validators';
import type { ApplicationRow, NearbyPostRow, PostRow } from './jobs.repository';

type Status = JobPostSummary['status'];

export function presentPostSummary(row: NearbyPostRow | PostRow, today: string): JobPostSummary {
  return {
    id: row.id,
    title: row.title,
    category: row.category as JobPostSummary['category'],
    type: row.type as JobPostSummary['type'],
    payMinFen: row.pay_min_fen,
    payMaxFen: row.pay_max_fen,
    payUnit: row.pay_unit,
    flexible: row.flexible,
    windows: row.windows,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    enterpriseRedListed: row.red_listed,
    workAreaId: row.area_id,
    workAreaName: row.area_name,
    motherStatus: row.mother_status,
    validUntil: row.valid_until,
    status: ('status' in row ? row.status : 'published') as Status,
    expired: row.valid_until < today,
  };
}

export function presentPostDetail(
  row: PostRow,
  today: string,
  extra: { match: JobPostDetail['match']; myApplicationId: number | null } = { match: null, myApplicationId: null },
): JobPostDetail {
  return {
    ...presentPostSummary(row, today),
    headcount: row.headcount,
    skills: row.skills,
    requirements: row.requirements,
    description: row.description,
    contract: row.contract,
    socialInsurance: row.social_insurance,
    reviewNote: row.review_note,
    motherNote: row.mother_note,
    createdAt: row.created_at.toISOString(),
    ...extra,
  };
}

export function postAuditShape(row: PostRow) {
  return {
    enterpriseId: row.enterprise_id,
    title: row.title,
    type: row.type,
    pay: [row.pay_min_fen, row.pay_max_fen, row.pay_unit],
    flexible: row.flexible,
    windows: row.windows,
    workAreaId: row.area_id,
    headcount: row.headcount,
    contract: row.contract,
    socialInsurance: row.social_insurance,
    validUntil: row.valid_until,
    status: row.status,
    motherStatus: row.mother_status,
  };
}

/** 张丽 → 张*; the family name is enough to tell candidates apart in a short list. */
export function shortName(name: string): string {
  return maskName(name);
}

type Extra = Pick<Application, 'events' | 'messages'>;

export function presentApplication(
  row: ApplicationRow,
  side: 'resident' | 'employer' | 'staff',
  extra: Extra,
  now: Date,
): Application {
  const shared = new Set(row.shared_fields);
  const consented = row.accepted_at !== null;
  // The employer sees only what the resident agreed to pass; the resident and the officer helping her see it all.
  const sees = (field: string) => side !== 'employer' || (consented && shared.has(field));
  return {
    id: row.id,
    postId: row.post_id,
    postTitle: row.post_title,
    enterpriseId: row.enterprise_id,
    enterpriseName: row.enterprise_name,
    workAreaName: row.work_area_name,
    origin: row.origin,
    status: row.status,
    accepted: consented,
    invitation: row.invitation ?? null,
    rejectReason: row.reject_reason,
    assistedBy: row.assisted_by,
    sharedFields: row.shared_fields as Application['sharedFields'],
    applicant: {
      residentId: row.resident_id,
      displayName: sees('name') ? row.resident_name : shortName(row.resident_name),
      phone: side === 'employer' ? (sees('phone') ? row.resident_phone : null) : maskPhone(row.resident_phone),
      gender: sees('gender') ? row.resident_gender : null,
      age: sees('age') && row.resident_birth_date ? ageOn(row.resident_birth_date, businessDay(now)) : null,
      skills: sees('skills') ? (row.resident_skills ?? []) : null,
      communityName: sees('community') ? row.resident_community : null,
    },
    employerContact:
      side !== 'employer' && consented && row.status !== 'withdrawn'
        ? { name: row.owner_name, phone: row.owner_phone }
        : null,
    employmentId: row.employment_id,
    createdAt: row.created_at.toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    ...extra,
  };
}
