/** What the rest of the server may call in the areas domain: the tree and counts within a scope. */
import type { DomainModule } from '../../core/domain-module';
import { areasRoutes } from './areas.routes';
export { communityNameOfArea, countInScope, countInScopeQuery, findArea, listAreas } from './areas.repository';

export const areasDomain: DomainModule = { name: 'areas', routes: areasRoutes };
