/** What the rest of the server may call in the residents domain. */
export { residentsRoutes } from './residents.routes';
export { REGISTRY_ROLES } from './residents.permissions';
