import { pageOf, pageQuery } from './common';
import { endNotBeforeStart } from './dates';
import { z } from './zod';

export const auditEvent = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  hash: z.string(),
});

export const auditQuery = pageQuery
  .extend({
    action: z.string().max(80).optional(),
    actorId: z.coerce.number().int().optional(),
    /** Who acted, by a part of their name or username. */
    actor: z.string().trim().min(1).max(40).optional(),
    targetType: z.string().max(40).optional(),
    targetId: z.string().max(40).optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
  })
  .superRefine(endNotBeforeStart('from', 'to'));
export const auditPage = pageOf(auditEvent);
export const auditVerify = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  brokenAtId: z.number().int().nullable(),
});
