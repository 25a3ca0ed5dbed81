/** What the rest of the server may call in shared employment (共享用工): its routes, seed and dashboard figures. */
import type { DomainModule } from '../../core/domain-module';
import { sharingRoutes } from './sharing.routes';
import { seedSharing } from './sharing.seed';
export { sharingFigures } from './sharing.figures';

export const sharingDomain: DomainModule = {
  name: 'sharing',
  routes: sharingRoutes,
  async seedDemo({ trx, areaId }) {
    await seedSharing(trx, areaId);
  },
};
