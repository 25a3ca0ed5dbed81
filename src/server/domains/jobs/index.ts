/** What the rest of the server may call in the jobs (employment) domain. */
export { jobsRoutes } from './jobs.routes';
export { KM_PER_DEGREE_LAT, KM_PER_DEGREE_LNG, projectKm } from './match-score';
