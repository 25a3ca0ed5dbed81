import { idNumber, mobile, pageOf, pageQuery, personName } from './common';
import { pastDate } from './dates';
import { RESIDENT_LABELS } from '../enums';
import { z } from './zod';

export { RESIDENT_LABELS };

export const residentLabel = z.enum(RESIDENT_LABELS);
export const gender = z.enum(['female', 'male']);

export const residentListItem = z.object({
  id: z.number().int(),
  name: z.string(),
  gender: gender.nullable(),
  birthDate: z.string().nullable(),
  phoneMasked: z.string(),
  idNumberMasked: z.string().nullable(),
  areaId: z.number().int(),
  areaName: z.string(),
  communityName: z.string().nullable(),
  labels: z.array(residentLabel),
});
export type ResidentListItem = z.infer<typeof residentListItem>;

export const residentDetail = residentListItem.extend({
  compoundId: z.number().int().nullable(),
  hukouArea: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  createdBy: z.string().nullable(),
});
export type ResidentDetail = z.infer<typeof residentDetail>;

export const residentListQuery = pageQuery.extend({
  q: z.string().trim().max(40).optional(),
  areaId: z.coerce.number().int().positive().optional(),
  label: residentLabel.optional(),
});
export const residentPage = pageOf(residentListItem);

export const createResident = z
  .object({
    name: personName,
    idNumber,
    phone: mobile,
    gender: gender.optional(),
    compoundId: z.number().int().positive(),
    labels: z.array(residentLabel).max(RESIDENT_LABELS.length).optional(),
    hukouArea: z.string().trim().max(60).optional(),
  })
  .strict();

export const updateResident = createResident.partial().strict();

export const updateOwnProfile = z
  .object({
    name: personName.optional(),
    gender: gender.optional(),
    birthDate: pastDate.optional(),
    compoundId: z.number().int().positive().optional(),
    labels: z.array(residentLabel).max(RESIDENT_LABELS.length).optional(),
    /** Self-declared labels need their own consent (SPEC §3.2). */
    labelsConsent: z.boolean().optional(),
  })
  .strict();

export const revealRequest = z
  .object({
    fields: z.array(z.enum(['phone', 'idNumber'])).min(1),
    reason: z.string().trim().min(2).max(200),
  })
  .strict();
export const ownRevealRequest = z.object({ fields: z.array(z.enum(['phone', 'idNumber'])).min(1) }).strict();
export const revealResponse = z.object({ phone: z.string().optional(), idNumber: z.string().optional() });

export const consent = z.object({
  id: z.number().int(),
  purpose: z.string(),
  scope: z.record(z.string(), z.unknown()),
  method: z.enum(['in_app', 'paper', 'verbal_witnessed']),
  recordedBy: z.string(),
  grantedAt: z.string(),
  withdrawnAt: z.string().nullable(),
});
export const consentList = z.object({ items: z.array(consent) });

/** Everything the platform keeps about the signed-in resident (PIPL art. 45), unmasked: it is their own. */
export const personalDataExport = z.object({
  exportedAt: z.string(),
  profile: residentDetail.extend({ phone: z.string(), idNumber: z.string().nullable() }),
  account: z.object({ createdAt: z.string(), locale: z.string(), elderMode: z.boolean() }),
  enterprises: z.array(z.object({ id: z.number().int(), name: z.string(), role: z.string() })),
  consents: z.array(consent),
  recentSignIns: z.array(z.object({ at: z.string(), ip: z.string().nullable() })),
  /** Each capability's section (jobs, piecework, benefits), as it keeps it. */
  capabilities: z.record(z.string(), z.unknown()),
});

export const closeAccountRequest = z.object({ confirm: z.literal(true) }).strict();
