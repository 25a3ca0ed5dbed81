/** What the rest of the server may call in the jobs (employment) domain. */
import type { DomainModule } from '../../core/domain-module';
import { jobsRoutes } from './jobs.routes';
import { seedJobs } from './jobs.seed';
export { jobsEnterpriseFile, jobsResidentFile } from './jobs.file';
// The walking-time rule of the ranking, for anything else measured in a walk (stations nearby, shared employment's
// distance part).
export { KM_PER_DEGREE_LAT, KM_PER_DEGREE_LNG, projectKm, WALKING, walkingMinutes } from './match-score';
export { findWalkingHome } from './jobs.repository';
// A job fair's posts, ranked for the resident reading them.
export { postsOfEmployersFor } from './matching.service';
export { jobsFigures } from './jobs.figures';

export const jobsDomain: DomainModule = {
  name: 'jobs',
  routes: jobsRoutes,
  async seedDemo({ trx, cipher }) {
    await seedJobs(trx, cipher);
  },
};
