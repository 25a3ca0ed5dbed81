import { checkCreditCode, checkIdNumber, checkMobile } from '../validators';
import { z } from './zod';

export const idParam = z.object({ id: z.coerce.number().int().positive() });

export const mobile = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (checkMobile(value)) ctx.addIssue({ code: 'custom', message: 'mobile_format' });
  });

export const idNumber = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .superRefine((value, ctx) => {
    const problem = checkIdNumber(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `id_${problem}` });
  });

export const creditCode = z
  .string()
  .trim()
  .transform((v) => v.toUpperCase())
  .superRefine((value, ctx) => {
    const problem = checkCreditCode(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `credit_${problem}` });
  });

/** A real calendar day within the platform's years; dates with a narrower meaning are in ./dates. */
export { calendarDate as isoDate } from './dates';

export const personName = z.string().trim().min(1).max(40);

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});

export const locale = z.enum(['zh-CN', 'en']);
