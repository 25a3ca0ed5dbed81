/**
 * What the rest of the server may use of organisations (扩充微组织): its routes, its part of the
 * demo street, and a resident's 就业服务专员 for her file.
 */
import type { DomainModule } from '../../core/domain-module';
import type { Db } from '../../db/client';
import { organisationsRoutes } from './organisations.routes';
import { specialistOfResident } from './organisations.repository';
import { seedOrganisations } from './organisations.seed';

export const organisationsDomain: DomainModule = {
  name: 'organisations',
  routes: organisationsRoutes,
  seedDemo: (ctx) => seedOrganisations(ctx),
};

/** The specialist who looks after a resident, for her file; null when none does. */
export async function organisationsResidentFile(db: Db, residentId: number) {
  const row = await specialistOfResident(db, residentId);
  return row ? { name: row.display_name, communityName: row.community_name, duties: row.duties } : null;
}
