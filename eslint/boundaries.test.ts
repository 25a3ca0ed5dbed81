import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
let eslint: ESLint;

/** The boundary errors the project's ESLint configuration reports for `code` placed at `file`. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return result!.messages.filter((m) => m.ruleId === 'layers/boundaries').map((m) => m.message);
}

// Loading the configuration and the TypeScript parser takes seconds on a busy machine: done once, before the tests.
describe('import boundaries (eslint.config.js)', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    eslint = new ESLint({ cwd: root });
    await eslint.lintText('export {};\n', { filePath: resolve(root, 'src/server/domains/jobs/warm-up.ts') });
  }, 120_000);

  it('refuses a domain reaching into another domain’s files, and names the index to use', async () => {
    const errors = await boundaryErrors(
      'src/server/domains/jobs/example.ts',
      "import { listAreas } from '../areas/areas.repository';\nexport const x = listAreas;\n",
    );
    expect(errors).toEqual([
      'Import the areas domain through its index.ts (src/server/domains/areas), not one of its files.',
    ]);
  });

  it('lets a domain use another through its index, and its own files freely', async () => {
    const code =
      "import { countInScope } from '../areas';\nimport { listAreas } from '../areas/index';\n" +
      "import { areasSqlFiles } from '../areas/sql/manifest';\n" +
      "import { jobsRoutes } from './jobs.routes';\nexport const x = [countInScope, listAreas, areasSqlFiles, jobsRoutes];\n";
    expect(await boundaryErrors('src/server/domains/jobs/example.ts', code)).toEqual([]);
  });

  it('holds the seed and the rest of the server to the index too, re-exports and dynamic imports included', async () => {
    const code =
      "export { seedJobs } from '../../domains/jobs/jobs.seed';\n" +
      "export const later = () => import('../../domains/piecework/settlements.service');\n";
    expect(await boundaryErrors('src/server/db/seed/example.ts', code)).toHaveLength(2);
  });

  it('refuses a web feature importing another feature or the app', async () => {
    const code =
      "import { CompoundSelect } from '../../residents/components/resident-form-modal';\n" +
      "import { PageLoading } from '../../../app/resident/resident-app';\nexport const x = [CompoundSelect, PageLoading];\n";
    expect(await boundaryErrors('src/web/features/jobs/routes/example.tsx', code)).toEqual([
      'The jobs feature may not import the residents feature; move what both use to src/web/components or src/web/lib.',
      'A web feature may not import src/web/app; the app imports features, not the other way round.',
    ]);
  });

  it('lets a web feature use shared components and its own folders at any depth', async () => {
    const code =
      "import { useQrCode } from '../../../../components/use-qr-code';\nimport { x } from '../../api/staff';\n" +
      'export const y = [useQrCode, x];\n';
    expect(await boundaryErrors('src/web/features/jobs/routes/staff/example.tsx', code)).toEqual([]);
  });
});
