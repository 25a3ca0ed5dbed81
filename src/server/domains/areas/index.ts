export { findArea, listAreas } from './areas.repository';
