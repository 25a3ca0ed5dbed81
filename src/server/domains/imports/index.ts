/** What the rest of the server may call in the imports domain (导入): its routes. */
import type { DomainModule } from '../../core/domain-module';
import { importsRoutes } from './imports.routes';

export const importsDomain: DomainModule = { name: 'imports', routes: importsRoutes };
