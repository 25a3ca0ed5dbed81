/** The street's dashboard and ledgers (数据看板 · 台账 · 大屏, SPEC §3.7): figures registered by every domain. */
import type { DomainModule } from '../../core/domain-module';
import { dashboardRoutes } from './dashboard.routes';

export const dashboardDomain: DomainModule = {
  name: 'dashboard',
  routes: dashboardRoutes,
};
