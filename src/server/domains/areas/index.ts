export { countInScope, findArea, listAreas } from './areas.repository';
