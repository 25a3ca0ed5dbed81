import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { databaseFunctionFiles, readDatabaseFunction } from './functions';

const here = fileURLToPath(new URL('.', import.meta.url));
const serverRoot = join(here, '..');
const migrationsDir = join(here, 'migrations');

/** A function, procedure or trigger being defined, in any spelling PostgreSQL accepts. */
const DEFINES = /\bcreate\s+(?:or\s+replace\s+)?(?:constraint\s+)?(function|procedure|trigger)\b/gi;

function definitionsIn(text: string): string[] {
  return [...text.matchAll(DEFINES)].map((m) => m[0].replace(/\s+/g, ' ').toLowerCase());
}

function sqlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.sql') && basename(e.parentPath) === 'sql')
    .map((e) => join(e.parentPath, e.name));
}

describe('database functions live in their sql files, not in migrations', () => {
  it('finds a definition in every spelling (the check can fail)', () => {
    expect(definitionsIn('create function f() returns int')).toEqual(['create function']);
    expect(definitionsIn('CREATE OR REPLACE\n  FUNCTION f()')).toEqual(['create or replace function']);
    expect(definitionsIn('create constraint trigger t after insert')).toEqual(['create constraint trigger']);
    expect(definitionsIn('create or replace procedure p()')).toEqual(['create or replace procedure']);
    expect(definitionsIn('create index i on t (a); alter function f() set x = 1')).toEqual([]);
  });

  it('no migration defines a function, a procedure or a trigger', () => {
    const offenders = readdirSync(migrationsDir)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) => {
        const found = definitionsIn(readFileSync(join(migrationsDir, name), 'utf8'));
        return found.length ? [`${name}: ${found.join(', ')}`] : [];
      });
    expect(offenders, 'move the definition into src/server/domains/<domain>/sql/<function>.sql').toEqual([]);
  });

  it('every sql/ file is applied once, and every applied file exists', () => {
    const applied = databaseFunctionFiles.map((url) => relative(serverRoot, fileURLToPath(url)));
    expect(new Set(applied).size).toBe(applied.length);
    const onDisk = sqlFilesUnder(serverRoot).map((path) => relative(serverRoot, path));
    expect([...applied].sort()).toEqual([...onDisk].sort());
  });

  it('each file defines one function, named as the file, and only the triggers that call it', () => {
    for (const url of databaseFunctionFiles) {
      const name = basename(fileURLToPath(url), '.sql');
      const text = readDatabaseFunction(url);
      const functions = [...text.matchAll(/\bcreate\s+or\s+replace\s+function\s+(\w+)\s*\(/gi)].map((m) => m[1]);
      expect(functions, `${name}.sql`).toEqual([name]);
      // only re-runnable statements: every migrate runs the file again
      expect(
        definitionsIn(text).filter((d) => !d.startsWith('create or replace ')),
        `${name}.sql`,
      ).toEqual([]);
      for (const m of text.matchAll(
        /\bcreate\s+or\s+replace\s+trigger\s+\w+[\s\S]*?execute\s+function\s+(\w+)\s*\(/gi,
      )) {
        expect(m[1], `${name}.sql: a trigger calls its own file's function`).toBe(name);
      }
    }
  });
});
