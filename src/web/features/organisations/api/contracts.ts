/** The organisations contracts the screens use, from src/shared (kept inside the feature, as training's are). */
import type { z } from 'zod';
import type * as s from '../../../../shared/schemas/organisations';

export type OrganisationSummary = z.infer<typeof s.organisationSummary>;
export type OrganisationDetail = z.infer<typeof s.organisationDetail>;
export type MemberCandidates = z.infer<typeof s.memberCandidates>;
export type Roster = z.infer<typeof s.roster>;
export type ResidentsInCare = z.infer<typeof s.residentsInCare>;
export type CreateOrganisationInput = z.input<typeof s.createOrganisation>;
export type AddMemberInput = z.input<typeof s.addMember>;
export type AddContactInput = z.input<typeof s.addContact>;
export type AddActivityInput = z.input<typeof s.addActivity>;
