/** What the rest of the server may call in the enterprises domain. */
import type { DomainModule } from '../../core/domain-module';
import { enterprisesRoutes } from './enterprises.routes';
export { enterprisesImport } from './enterprises.import';

export const enterprisesDomain: DomainModule = { name: 'enterprises', routes: enterprisesRoutes };
