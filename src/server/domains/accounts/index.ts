/** What the rest of the server may call in the accounts domain. */
import type { DomainModule } from '../../core/domain-module';
import { accountsRoutes } from './accounts.routes';
import { staffAccountsRoutes } from './staff-accounts.routes';
export { actorFromRow, loadActor, loadSessionWithActor } from './accounts.service';
export type { ActorRow } from './accounts.repository';

export const accountsDomain: DomainModule = {
  name: 'accounts',
  async routes(app, deps) {
    await accountsRoutes(app, deps);
    await staffAccountsRoutes(app, deps);
  },
};
