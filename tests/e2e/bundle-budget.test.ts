/**
 * The web app's weight budget, checked on the build the journeys run against:
 * no chunk over 500 kB minified, and a resident's first load at most 250 kB gzip.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CHUNK_LIMIT_BYTES,
  gzipBytes,
  oversizedChunks,
  readManifest,
  RESIDENT_FIRST_LOAD_GZIP_LIMIT_BYTES,
  residentFirstLoad,
  staticClosure,
} from './support/bundle-budget';

const dist = fileURLToPath(new URL('../../dist/web', import.meta.url));

describe('bundle budget', () => {
  it(`has no JavaScript chunk over ${CHUNK_LIMIT_BYTES} bytes minified`, () => {
    expect(oversizedChunks(dist)).toEqual([]);
  });

  it(`loads a resident's home in at most ${RESIDENT_FIRST_LOAD_GZIP_LIMIT_BYTES} bytes gzip`, () => {
    const files = residentFirstLoad(readManifest(dist));
    const sizes = files.map((file) => [file, gzipBytes(dist, file)] as const);
    const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
    expect(total, sizes.map(([file, bytes]) => `${file} ${bytes}`).join('\n')).toBeLessThanOrEqual(
      RESIDENT_FIRST_LOAD_GZIP_LIMIT_BYTES,
    );
  });

  it('counts what a first load pulls in statically, not the pages loaded later', () => {
    const manifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'], css: ['assets/index.css'] },
      '_shared.js': { file: 'assets/shared.js' },
      'app/resident/resident-app.tsx': {
        file: 'assets/resident.js',
        isDynamicEntry: true,
        imports: ['_shared.js', '_antd-mobile.js'],
        dynamicImports: ['features/jobs/routes/jobs-page.tsx'],
      },
      '_antd-mobile.js': { file: 'assets/antd-mobile.js', css: ['assets/antd-mobile.css'] },
      'features/jobs/routes/jobs-page.tsx': { file: 'assets/jobs-page.js', isDynamicEntry: true },
    };
    expect(residentFirstLoad(manifest)).toEqual([
      'assets/antd-mobile.css',
      'assets/antd-mobile.js',
      'assets/index.css',
      'assets/index.js',
      'assets/resident.js',
      'assets/shared.js',
    ]);
    expect(() => staticClosure(manifest, ['missing.tsx'])).toThrow(/missing\.tsx/);
  });
});
