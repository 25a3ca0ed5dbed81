/**
 * One style of API module across the web app: each file in src/web/features/<name>/api/ holds
 * one endpoint of the API — its fetcher and the query or mutation hook over it — and is named
 * <verb>-<noun>.ts after what it does (get-enterprise.ts, list-residents.ts). A feature's query
 * keys, shared by its endpoint files, may live in a keys.ts that calls no endpoint; its contract
 * types in contracts.ts. See docs/decisions (one file per endpoint).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FEATURES = resolve(import.meta.dirname, '../features');
/** Files of an api/ folder that hold no endpoint by design. */
const SUPPORT_FILES = new Set(['keys.ts', 'contracts.ts']);

/** The endpoints a module's source reaches: "METHOD /path", with ${…} parts as {}. */
export function endpointsOf(source: string): string[] {
  const found = new Set<string>();
  const path = (raw: string) => raw.replace(/\$\{[^}]*\}/g, '{}').replace(/\?.*$/, '');
  for (const m of source.matchAll(/\bapi\.(get|post|put|patch|delete)\s*(?:<[^(]*?>)?\(\s*([`'"])(.*?)\2/gs))
    found.add(`${m[1]!.toUpperCase()} ${path(m[3]!)}`);
  // Any other path of the API the module names (a download link, a request sent by hand).
  for (const m of source.matchAll(/([`'"])(\/api\/[^`'"]*)\1/g)) {
    const p = path(m[2]!);
    if (![...found].some((e) => e.endsWith(` ${p}`))) found.add(`LINK ${p}`);
  }
  return [...found].sort();
}

function apiFiles(): { feature: string; file: string; source: string }[] {
  const out: { feature: string; file: string; source: string }[] = [];
  for (const feature of readdirSync(FEATURES, { withFileTypes: true })) {
    if (!feature.isDirectory()) continue;
    const dir = join(FEATURES, feature.name, 'api');
    let files: string[];
    try {
      files = readdirSync(dir);
    } catch {
      continue;
    }
    for (const file of files.filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f)))
      out.push({ feature: feature.name, file, source: readFileSync(join(dir, file), 'utf8') });
  }
  return out;
}

describe('web API modules', () => {
  it('finds every endpoint a module reaches, however it is written', () => {
    const source = `
      export const getA = (id: number) => api.get<A>(\`/api/v1/a/\${id}\`, { signal });
      export const close = (id: number) => api.patch<A>(\`/api/v1/a/\${id}\`, { close: true });
      export const link = (id: number) => \`/api/v1/a/\${id}/export.xlsx?month=1\`;
    `;
    expect(endpointsOf(source)).toEqual(['GET /api/v1/a/{}', 'LINK /api/v1/a/{}/export.xlsx', 'PATCH /api/v1/a/{}']);
    expect(endpointsOf(`api.post('/api/v1/b', input)`)).toEqual(['POST /api/v1/b']);
  });

  it('holds one endpoint in each api file, named <verb>-<noun>.ts', () => {
    const files = apiFiles();
    expect(files.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    for (const { feature, file, source } of files) {
      const where = `src/web/features/${feature}/api/${file}`;
      const endpoints = endpointsOf(source);
      if (SUPPORT_FILES.has(file)) {
        if (endpoints.length) wrong.push(`${where} holds endpoints (${endpoints.join(', ')}); keys and contracts only`);
        continue;
      }
      if (!/^[a-z]+(-[a-z0-9]+)+\.ts$/.test(file)) wrong.push(`${where}: name it <verb>-<noun>.ts`);
      if (endpoints.length !== 1) wrong.push(`${where} reaches ${endpoints.length} endpoints: ${endpoints.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });
});
