/** What the rest of the server may call in the piecework domain. */
export { pieceworkRoutes } from './piecework.routes';
export { raisePieceworkAlerts, settleAllFactoriesDay } from './settlements.service';
export { writeRecords } from './records.service';
export { settleDaySetBased } from './piecework.repository';
