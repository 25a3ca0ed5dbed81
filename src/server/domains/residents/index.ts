/** What the rest of the server may call in the residents domain. */
import type { DomainModule } from '../../core/domain-module';
import { residentsRoutes } from './residents.routes';
export { REGISTRY_ROLES } from './residents.permissions';
// The consent ledger is the residents'; a domain recording a resident's consent (代办) writes it through here.
export { insertConsent } from './residents.repository';
export { residentsImport } from './residents.import';

export const residentsDomain: DomainModule = { name: 'residents', routes: residentsRoutes };
