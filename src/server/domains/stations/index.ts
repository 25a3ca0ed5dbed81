/**
 * What the rest of the server may call in the stations domain: the station registry (创贷驿站,
 * 就享家 乐业服务站, community points), appointments and their ratings, events and their waitlists, and the
 * dashboard's station figures.
 */
import type { DomainModule } from '../../core/domain-module';
import { eventOffersTask } from './events.service';
import { seedEvents } from './events.seed';
import { stationsRoutes } from './stations.routes';
import { seedStations } from './stations.seed';
export { stationScope } from './stations.permissions';
export { stationsFigures } from './stations.figures';

export const stationsDomain: DomainModule = {
  name: 'stations',
  routes: stationsRoutes,
  // Offers from an event's waitlist not confirmed in time move on to the next.
  backgroundTasks: [eventOffersTask],
  async seedDemo(ctx) {
    await seedStations(ctx);
    await seedEvents(ctx);
  },
};
