import { GRANTABLE_ROLES, STAFF_ROLES } from '../enums';
import { pageOf, pageQuery, personName } from './common';
import { z } from './zod';

export { GRANTABLE_ROLES };

/** At least 10 characters with a letter and a digit (GB/T 22239 level-3 practice for staff accounts). */
export const staffPassword = z
  .string()
  .min(10)
  .max(200)
  .superRefine((v, ctx) => {
    if (!/[A-Za-z]/.test(v) || !/\d/.test(v)) ctx.addIssue({ code: 'custom', message: 'password_weak' });
  });

export const staffAccount = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum([...STAFF_ROLES, 'unassigned']),
  areas: z.array(z.object({ id: z.number().int(), name: z.string() })),
  stationId: z.number().int().nullable(),
  stationName: z.string().nullable(),
  institutionId: z.number().int().nullable(),
  institutionName: z.string().nullable(),
  active: z.boolean(),
  locked: z.boolean(),
  totpEnabled: z.boolean(),
  createdAt: z.string(),
});
export type StaffAccount = z.infer<typeof staffAccount>;

export const staffAccountQuery = pageQuery.extend({
  q: z.string().trim().max(40).optional(),
  role: z.enum([...STAFF_ROLES, 'unassigned']).optional(),
});
export const staffAccountPage = pageOf(staffAccount);

export const createStaffAccount = z
  .object({
    username: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_.-]{2,31}$/, 'username_format'),
    displayName: personName,
    password: staffPassword,
  })
  .strict();

export const grantStaffAccount = z
  .object({
    role: z.enum(GRANTABLE_ROLES),
    areaIds: z.array(z.number().int().positive()).max(20),
    stationId: z.number().int().positive().optional(),
    institutionId: z.number().int().positive().optional(),
  })
  .strict();

export const resetPassword = z.object({ password: staffPassword }).strict();

export const stationOption = z.object({ id: z.number().int(), name: z.string(), kind: z.string() });
export const institutionOption = z.object({ id: z.number().int(), name: z.string(), kind: z.string() });
export const staffAccountOptions = z.object({
  stations: z.array(stationOption),
  institutions: z.array(institutionOption),
});
