import { locale, mobile } from './common';
import { ROLES } from '../enums';
import { z } from './zod';

export { ADMIN_ROLES, ROLES, STAFF_ROLES, type Role, type StaffRole } from '../enums';

export const smsCodeRequest = z.object({ phone: mobile }).strict();
export const smsCodeResponse = z.object({ resendAfterSeconds: z.number().int() });

export const loginRequest = z.union([
  z.object({ phone: mobile, code: z.string().regex(/^\d{6}$/, 'sms_code_format') }).strict(),
  z
    .object({
      username: z.string().trim().min(1).max(64),
      password: z.string().min(1).max(200),
      /** The authenticator code, for accounts with two-factor sign-in. */
      totp: z
        .string()
        .regex(/^\d{6}$/, 'sms_code_format')
        .optional(),
    })
    .strict(),
]);

export const me = z.object({
  id: z.number().int(),
  kind: z.enum(['resident', 'staff']),
  displayName: z.string(),
  role: z.enum(ROLES),
  areas: z.array(z.object({ id: z.number().int(), name: z.string(), level: z.string() })),
  enterprises: z.array(z.object({ id: z.number().int(), name: z.string() })),
  residentId: z.number().int().nullable(),
  stationId: z.number().int().nullable(),
  institutionId: z.number().int().nullable(),
  locale,
  elderMode: z.boolean(),
  totpEnabled: z.boolean(),
  /** Two-factor sign-in is required and this staff account has not set it up: only enrolment is open. */
  totpEnrollmentRequired: z.boolean(),
});
export type Me = z.infer<typeof me>;

export const meResponse = z.object({ user: me, csrfToken: z.string() });
export const csrfResponse = z.object({ csrfToken: z.string() });

export const preferencesRequest = z.object({ locale: locale.optional(), elderMode: z.boolean().optional() }).strict();

export const smsOutboxResponse = z.object({
  items: z.array(z.object({ phone: z.string(), text: z.string(), code: z.string().nullable(), at: z.string() })),
});

export const totpSetupResponse = z.object({ secret: z.string(), otpauthUri: z.string() });
export const totpEnableRequest = z.object({ code: z.string().regex(/^\d{6}$/, 'sms_code_format') }).strict();
export const securitySettings = z.object({ staffTotpRequired: z.boolean() }).strict();
