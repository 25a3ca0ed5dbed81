/** The inbox routes; writing a notice is platform/notifications.ts, which every domain calls. */
import type { DomainModule } from '../../core/domain-module';
import { notificationsRoutes } from './notifications.routes';

export const notificationsDomain: DomainModule = { name: 'notifications', routes: notificationsRoutes };
