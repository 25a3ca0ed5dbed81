/** What the rest of the server may call in the imports domain (导入): its routes and its background task. */
import type { DomainModule } from '../../core/domain-module';
import { importsRoutes } from './imports.routes';
import { importsInterruptedTask } from './imports.tasks';

export const importsDomain: DomainModule = {
  name: 'imports',
  routes: importsRoutes,
  backgroundTasks: [importsInterruptedTask],
};
