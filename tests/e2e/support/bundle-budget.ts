/**
 * What the built web app weighs, read from Vite's manifest (dist/web/.vite/manifest.json):
 * every chunk's minified size, and what a resident's phone downloads before the home
 * page shows — the entry, the resident shell, everything they import statically, and
 * their CSS — gzip-compressed as the server sends it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CHUNK_LIMIT_BYTES = 500_000;
export const RESIDENT_FIRST_LOAD_GZIP_LIMIT_BYTES = 250_000;

/** The shell a resident's first visit opens (the router loads it for every non-staff path). */
export const RESIDENT_SHELL = 'app/resident/resident-app.tsx';

export type ManifestChunk = {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
};
export type Manifest = Record<string, ManifestChunk>;

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** The files the given manifest keys pull in through static imports, with their CSS. */
export function staticClosure(manifest: Manifest, roots: readonly string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest has no entry ${key}`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  roots.forEach(visit);
  return [...files].sort();
}

export function residentFirstLoad(manifest: Manifest): string[] {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry);
  if (!manifest[RESIDENT_SHELL]) throw new Error(`the build manifest has no ${RESIDENT_SHELL}`);
  return staticClosure(manifest, [...entries, RESIDENT_SHELL]);
}

export function gzipBytes(dist: string, file: string): number {
  return gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
}

/** Every JavaScript chunk over the limit, as "file: bytes". */
export function oversizedChunks(dist: string, limit = CHUNK_LIMIT_BYTES): string[] {
  const assets = join(dist, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, bytes: readFileSync(join(assets, name)).length }))
    .filter(({ bytes }) => bytes > limit)
    .map(({ name, bytes }) => `assets/${name}: ${bytes}`);
}
