/** What the rest of the server may call in the enterprises domain. */
export { enterprisesRoutes } from './enterprises.routes';
