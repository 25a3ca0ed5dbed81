/** The inbox routes; writing a notice is platform/notifications.ts, which every domain calls. */
export { notificationsRoutes } from './notifications.routes';
