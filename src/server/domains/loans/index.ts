/**
 * What the rest of the server may call in the loans domain: routes, the past-target alert and the overdue check,
 * the demo's loans and the dashboard's loan figures.
 */
import type { DomainModule } from '../../core/domain-module';
import { loansRoutes } from './loans.routes';
import { seedLoans } from './loans.seed';
import { loansPastTargetTask } from './loans.service';
import { loansOverdueTask } from './repayments.service';

export { loansFigures } from './loans.figures';

export const loansDomain: DomainModule = {
  name: 'loans',
  routes: loansRoutes,
  backgroundTasks: [loansPastTargetTask, loansOverdueTask],
  seedDemo: ({ trx }) => seedLoans(trx),
};
