import { creditCode, mobile, pageOf, pageQuery, personName } from './common';
import { pastDate } from './dates';
import { ENTERPRISE_TYPES } from '../enums';
import { z } from './zod';

export { ENTERPRISE_TYPES };

export const enterpriseType = z.enum(ENTERPRISE_TYPES);

export const enterprise = z.object({
  id: z.number().int(),
  name: z.string(),
  creditCode: z.string(),
  type: enterpriseType,
  areaId: z.number().int(),
  areaName: z.string(),
  communityName: z.string().nullable(),
  ownerName: z.string(),
  ownerPhoneMasked: z.string(),
  verified: z.boolean(),
  establishedOn: z.string().nullable(),
  createdAt: z.string(),
});
export type Enterprise = z.infer<typeof enterprise>;

export const enterpriseListQuery = pageQuery.extend({
  q: z.string().trim().max(60).optional(),
  areaId: z.coerce.number().int().positive().optional(),
  type: enterpriseType.optional(),
});
export const enterprisePage = pageOf(enterprise);

export const createEnterprise = z
  .object({
    name: z.string().trim().min(2).max(100),
    creditCode,
    type: enterpriseType,
    areaId: z.number().int().positive(),
    ownerName: personName,
    ownerPhone: mobile,
    establishedOn: pastDate.optional(),
  })
  .strict();
export const updateEnterprise = createEnterprise.partial().extend({ verified: z.boolean().optional() }).strict();
