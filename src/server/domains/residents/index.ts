export { REGISTRY_ROLES } from './residents.permissions';
