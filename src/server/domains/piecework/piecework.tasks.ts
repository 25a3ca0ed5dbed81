import type { BackgroundTask } from '../../platform/scheduler';
import { raisePieceworkAlerts } from './settlements.service';

/** 根治欠薪: unpaid settlements past the area's days, and days below the wage floor, alert once each. */
export const pieceworkAlertsTask: BackgroundTask = {
  name: 'piecework-alerts',
  everyMs: 15 * 60 * 1000,
  async run(db) {
    await raisePieceworkAlerts(db, new Date());
  },
};
