/** What the rest of the server may use of training (培训微技能): its routes, its dashboard figures and its part of the demo street. */
import type { DomainModule } from '../../core/domain-module';
import { trainingRoutes } from './training.routes';
import { seedTraining } from './training.seed';
export { trainingCompletionToRate } from './training.rating';

export { trainingFigures } from './training.figures';

export const trainingDomain: DomainModule = {
  name: 'training',
  routes: trainingRoutes,
  seedDemo: (ctx) => seedTraining(ctx),
};
