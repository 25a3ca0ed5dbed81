/** What the rest of the server may call in the residents domain. */
import type { DomainModule } from '../../core/domain-module';
import { residentsRoutes } from './residents.routes';
export { REGISTRY_ROLES } from './residents.permissions';
export { residentsImport } from './residents.import';

export const residentsDomain: DomainModule = { name: 'residents', routes: residentsRoutes };
