/** What the rest of the server may call in the benefits domain: routes, re-evaluation, the nightly task. */
import type { DomainModule } from '../../core/domain-module';
import { benefitsRoutes } from './benefits.routes';
import { benefitsNightlyTask } from './benefits.triggers';
import { seedBenefits } from './benefits.seed';
export { benefitsNightlyTask } from './benefits.triggers';
export { evaluateResidentForPolicy, reevaluateSubjects } from './benefits.service';
export { recordTrainingFacts, type TrainingFacts } from './training-facts';
export { benefitsEnterpriseFile, benefitsResidentFile } from './benefits.file';
export { benefitsFigures } from './benefits.figures';
export { benefitDecisionToRate } from './benefits.rating';

export const benefitsDomain: DomainModule = {
  name: 'benefits',
  routes: benefitsRoutes,
  backgroundTasks: [benefitsNightlyTask],
  seedDemo: ({ trx }) => seedBenefits(trx),
};
