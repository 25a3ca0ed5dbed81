/** What the rest of the server may call in the piecework domain. */
import type { DomainModule } from '../../core/domain-module';
import { pieceworkRoutes } from './piecework.routes';
import { seedPiecework } from './piecework.seed';
import { pieceworkAlertsTask } from './piecework.tasks';
export { raisePieceworkAlerts, settleAllFactoriesDay } from './settlements.service';
export { writeRecords } from './records.service';
export { pieceworkEnterpriseFile, pieceworkResidentFile } from './piecework.file';
export { pieceworkFigures } from './piecework.figures';
export { YEAR_FACTORY_NAMES } from './piecework-year.seed';

export const pieceworkDomain: DomainModule = {
  name: 'piecework',
  routes: pieceworkRoutes,
  backgroundTasks: [pieceworkAlertsTask],
  seedDemo: ({ trx, areaId }) => seedPiecework(trx, areaId),
};
