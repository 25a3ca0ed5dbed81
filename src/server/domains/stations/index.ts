/**
 * What the rest of the server may call in the stations domain: the station registry (创贷驿站,
 * 就享家 乐业服务站, community points), appointments and their ratings.
 */
import type { DomainModule } from '../../core/domain-module';
import { stationsRoutes } from './stations.routes';
import { seedStations } from './stations.seed';
export { stationScope } from './stations.permissions';

export const stationsDomain: DomainModule = {
  name: 'stations',
  routes: stationsRoutes,
  async seedDemo(ctx) {
    await seedStations(ctx);
  },
};
