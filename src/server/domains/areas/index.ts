/** What the rest of the server may call in the areas domain: the tree and counts within a scope. */
export { areasRoutes } from './areas.routes';
export { communityNameOfArea, countInScope, findArea, listAreas } from './areas.repository';
