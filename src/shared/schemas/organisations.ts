/**
 * Organisations (扩充微组织, SPEC §3.6): the API's shapes for the street's registry of
 * organisations — their contacts, members and activities — and the rosters of 就业服务专员.
 */
import { MEMBER_KINDS, ORGANISATION_KINDS } from '../enums';
import { isoDate, mobile, personName } from './common';
import { z } from './zod';

export const organisationKind = z.enum(ORGANISATION_KINDS);

export const createOrganisation = z
  .object({
    areaId: z.number().int().positive(),
    organisationName: z.string().trim().min(1).max(60),
    kind: organisationKind,
    introduction: z.string().trim().max(500).default(''),
    public: z.boolean().default(true),
    clientKey: z.uuid(),
  })
  .strict();

export const addMember = z
  .object({
    residentId: z.number().int().positive().optional(),
    enterpriseId: z.number().int().positive().optional(),
    role: z.string().trim().min(1).max(40),
    joinedOn: isoDate,
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.residentId === undefined) === (v.enterpriseId === undefined))
      ctx.addIssue({ code: 'custom', path: ['residentId'], message: 'member_one_of' });
  });

export const addContact = z
  .object({ name: personName, role: z.string().trim().min(1).max(40), phone: mobile })
  .strict();

export const addActivity = z
  .object({
    title: z.string().trim().min(1).max(60),
    heldOn: isoDate,
    place: z.string().trim().min(1).max(100),
  })
  .strict();

export const contactRevealBody = z.object({ reason: z.string().trim().min(2).max(200) }).strict();
export const contactReveal = z.object({ phone: z.string() });

export const memberParams = z.object({
  id: z.coerce.number().int().positive(),
  memberId: z.coerce.number().int().positive(),
});
export const contactParams = z.object({
  id: z.coerce.number().int().positive(),
  contactId: z.coerce.number().int().positive(),
});

export const candidatesQuery = z.object({ q: z.string().trim().min(1).max(40) });
/** Residents and enterprises in the caller's areas whose name holds the words typed: who may be added. */
export const memberCandidates = z.object({
  residents: z.array(z.object({ id: z.number().int(), name: z.string(), phone: z.string(), areaName: z.string() })),
  enterprises: z.array(z.object({ id: z.number().int(), name: z.string(), areaName: z.string() })),
});

export const organisationSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  kind: organisationKind,
  areaId: z.number().int(),
  areaName: z.string(),
  public: z.boolean(),
  members: z.number().int(),
  contacts: z.number().int(),
});
export const organisationList = z.object({ items: z.array(organisationSummary) });

export const organisationMember = z.object({
  id: z.number().int(),
  kind: z.enum(MEMBER_KINDS),
  name: z.string(),
  role: z.string(),
  joinedOn: z.string(),
});
export const organisationContact = z.object({
  id: z.number().int(),
  name: z.string(),
  role: z.string(),
  /** Masked (139****0001); the whole number only through a reveal with a reason. */
  phone: z.string(),
});
export const organisationActivity = z.object({
  id: z.number().int(),
  title: z.string(),
  heldOn: z.string(),
  place: z.string(),
});
export const organisationDetail = organisationSummary.extend({
  introduction: z.string(),
  memberList: z.array(organisationMember),
  contactList: z.array(organisationContact),
  activities: z.array(organisationActivity),
});

// ── the rosters of 就业服务专员 ──

export const addSpecialist = z
  .object({ userId: z.number().int().positive(), serviceDuties: z.string().trim().min(1).max(300) })
  .strict();
export const assignResident = z.object({ residentId: z.number().int().positive() }).strict();
export const assignmentParams = z.object({
  id: z.coerce.number().int().positive(),
  residentId: z.coerce.number().int().positive(),
});

export const rosterResident = z.object({
  id: z.number().int(),
  name: z.string(),
  /** Masked. */
  phone: z.string(),
  areaName: z.string(),
});
export const specialist = z.object({
  id: z.number().int(),
  userId: z.number().int(),
  name: z.string(),
  role: z.string(),
  duties: z.string(),
  residents: z.array(rosterResident),
});
export const roster = z.object({
  areaId: z.number().int(),
  areaName: z.string(),
  specialists: z.array(specialist),
  /** Residents of the community no specialist looks after yet (the first 200 by name). */
  unassigned: z.array(rosterResident),
  unassignedTotal: z.number().int(),
  /** Staff serving the community who are not on its roster yet. */
  candidates: z.array(z.object({ userId: z.number().int(), name: z.string(), role: z.string() })),
});
export const residentsInCare = z.object({
  items: z.array(rosterResident.extend({ communityName: z.string(), duties: z.string() })),
});
/** A resident's specialist, as her file shows it. */
export const fileSpecialist = z.object({ name: z.string(), communityName: z.string(), duties: z.string() });
