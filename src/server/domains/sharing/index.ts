/** What the rest of the server may call in shared employment (共享用工). */
import type { DomainModule } from '../../core/domain-module';
import { sharingRoutes } from './sharing.routes';
import { seedSharing } from './sharing.seed';

export const sharingDomain: DomainModule = {
  name: 'sharing',
  routes: sharingRoutes,
  async seedDemo({ trx, areaId }) {
    await seedSharing(trx, areaId);
  },
};
