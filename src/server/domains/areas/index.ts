export { communityNameOfArea, countInScope, findArea, listAreas } from './areas.repository';
