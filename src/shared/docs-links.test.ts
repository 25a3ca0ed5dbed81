/**
 * The documents point at things that exist: decision records numbered without
 * gaps and all listed in their index, every citation of a record (`ADR 0042`,
 * `decision 0009`, a link) naming one that exists, every relative link in the
 * Markdown resolving, and every file, function and test named by the "Where each
 * rule lives" table of docs/architecture.md still there.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const decisionsDir = join(root, 'docs/decisions');
const RECORD_FILE = /^(\d{4})-[a-z0-9-]+\.md$/;

const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** Files under `dir` (relative to the root) whose names end with one of `exts`, skipping what is not source. */
function walk(dir: string, exts: string[]): string[] {
  const skip = new Set(['node_modules', 'dist', 'data', 'coverage', 'results', 'screenshots', '.git']);
  const out: string[] = [];
  const abs = join(root, dir);
  if (!existsSync(abs)) return out;
  for (const entry of readdirSync(abs, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path, exts));
    else if (exts.some((ext) => entry.name.endsWith(ext))) out.push(path);
  }
  return out;
}

const recordFiles = () =>
  readdirSync(decisionsDir)
    .filter((name) => RECORD_FILE.test(name))
    .sort();
const recordNumbers = () => new Set(recordFiles().map((name) => name.slice(0, 4)));

/** `ADR 0042`, `ADRs 0020–0023, 0028`, `decision 0009`, `(ADR 0021, 0028 and 0038)`: every number cited. */
export function citedRecords(text: string): string[] {
  const cited: string[] = [];
  const citation = /\b(?:ADRs?|[Dd]ecisions?)\s+(?:\*\s+)?(0\d{3}(?:\s*(?:,|and|–)\s*0\d{3})*)/g;
  for (const match of text.matchAll(citation)) {
    const list = match[1] ?? '';
    for (const part of list.split(/\s*(?:,|and)\s*/)) {
      const [from, to] = part.split('–').map((n) => Number(n));
      if (from === undefined || Number.isNaN(from)) continue;
      for (let n = from; n <= (to ?? from); n++) cited.push(String(n).padStart(4, '0'));
    }
  }
  return cited;
}

/** The relative links of a Markdown text: `[text](target)`, without anchors or external addresses. */
export function markdownLinks(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1] ?? '')
    .filter((target) => !/^(?:[a-z]+:|#)/.test(target))
    .map((target) => target.replace(/#.*$/, ''))
    .filter((target) => target !== '');
}

/** The rows of the table under `heading` in a Markdown text, each as its cells. */
export function tableUnder(text: string, heading: string): string[][] {
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) return [];
  const rows: string[][] = [];
  let inTable = false;
  for (const line of text.slice(start + heading.length + 2).split('\n')) {
    if (line.startsWith('#')) break;
    if (!line.startsWith('|')) {
      if (inTable) break;
      continue;
    }
    inTable = true;
    const cells = line
      .slice(1, line.endsWith('|') ? -1 : undefined)
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim());
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) continue;
    rows.push(cells);
  }
  return rows.slice(1); // the header
}

/**
 * What a cell of the rules table names: each `path/with.ext` in backticks, and the
 * identifiers in backticks that follow it (`name()` or `NAME`), which must occur in that file.
 */
export function namedInCell(cell: string): { path: string; names: string[] }[] {
  const named: { path: string; names: string[] }[] = [];
  for (const [, code] of cell.matchAll(/`([^`]+)`/g)) {
    if (!code) continue;
    if (/^[\w.@-]+(?:\/[\w.@[\]-]+)+\.\w+$/.test(code)) named.push({ path: code, names: [] });
    else if (/^[A-Za-z_$][\w$]*(?:\(\))?$/.test(code)) named[named.length - 1]?.names.push(code.replace(/\(\)$/, ''));
  }
  return named;
}

describe('decision records', () => {
  it('are numbered 0001 upwards without a gap, each headed by its own number', () => {
    const files = recordFiles();
    expect(files.length).toBeGreaterThan(0);
    files.forEach((name, i) => {
      expect(name.slice(0, 4), `${name}: the next number is ${String(i + 1).padStart(4, '0')}`).toBe(
        String(i + 1).padStart(4, '0'),
      );
      const title = readFileSync(join(decisionsDir, name), 'utf8').split('\n')[0] ?? '';
      expect(title, `${name} starts with "# ${name.slice(0, 4)} …"`).toMatch(new RegExp(`^# ${name.slice(0, 4)}\\b`));
    });
  });

  it('are all listed in docs/decisions/README.md, in order, by their titles', () => {
    const rows = tableUnder(read('docs/decisions/README.md'), '## Numbers');
    const listed = rows.map((cells) => {
      const link = /^\[(.+)\]\(([^)]+)\)$/.exec(cells[1] ?? '');
      return { number: cells[0], title: link?.[1], file: link?.[2] };
    });
    const expected = recordFiles().map((file) => {
      const heading = readFileSync(join(decisionsDir, file), 'utf8').split('\n')[0] ?? '';
      return { number: file.slice(0, 4), title: heading.replace(/^# \d{4} (?:— )?/, ''), file };
    });
    expect(listed, 'add a row for each new record to the table in docs/decisions/README.md').toEqual(expected);
  });

  it('cited anywhere in the repository exist', () => {
    const numbers = recordNumbers();
    const files = [
      'README.md',
      ...walk('docs', ['.md']),
      ...walk('bench', ['.md', '.ts']),
      ...walk('src', ['.ts', '.tsx', '.sql', '.md']),
      ...walk('tests', ['.ts', '.md']),
      ...walk('scripts', ['.ts', '.mjs', '.md']),
    ];
    const missing: string[] = [];
    for (const file of files) {
      const text = read(file);
      for (const n of citedRecords(text)) if (!numbers.has(n)) missing.push(`${file}: ADR ${n}`);
      for (const [, n, slug] of text.matchAll(/docs\/decisions\/(\d{4})-([a-z0-9-]+)\.md/g))
        if (!existsSync(join(decisionsDir, `${n}-${slug}.md`))) missing.push(`${file}: docs/decisions/${n}-${slug}.md`);
    }
    expect(missing).toEqual([]);
  });

  it('finds the citations it is meant to check', () => {
    expect(citedRecords('(ADR 0021, 0028 and 0038) · ADRs 0020–0023, 0047 · decision 0009 · ADR\n * 0035')).toEqual([
      '0021',
      '0028',
      '0038',
      '0020',
      '0021',
      '0022',
      '0023',
      '0047',
      '0009',
      '0035',
    ]);
    expect(citedRecords('migration 0021 · 139****0001 · record 0002')).toEqual([]);
  });
});

describe('Markdown links', () => {
  it('between the documents resolve to files that exist', () => {
    const broken: string[] = [];
    for (const file of ['README.md', ...walk('docs', ['.md']), ...walk('bench', ['.md'])]) {
      for (const target of markdownLinks(read(file))) {
        const path = resolve(join(root, dirname(file)), decodeURI(target));
        // A link out of the checkout (the product specification beside it) is not this repository's to check.
        if (relative(root, path).startsWith('..')) continue;
        if (!existsSync(path)) broken.push(`${file}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('docs/architecture.md, "Where each rule lives"', () => {
  const rows = tableUnder(read('docs/architecture.md'), '## Where each rule lives');
  const ruleOf = (cell: string | undefined) => /\*\*(.+?)\*\*/.exec(cell ?? '')?.[1] ?? cell ?? '';

  it('names a file and a test for every rule', () => {
    expect(rows.length).toBeGreaterThanOrEqual(15);
    for (const [rule, where, test] of rows) {
      expect(namedInCell(where ?? ''), `${ruleOf(rule)}: where it lives`).not.toEqual([]);
      expect(
        namedInCell(test ?? '').filter(({ path }) => /\.test\.tsx?$/.test(path)),
        `${ruleOf(rule)}: its test`,
      ).not.toEqual([]);
    }
  });

  it('points only at files that exist and at functions those files define', () => {
    const problems: string[] = [];
    for (const cells of rows) {
      for (const { path, names } of cells.slice(1).flatMap(namedInCell)) {
        const abs = join(root, path);
        if (!existsSync(abs) || !statSync(abs).isFile()) {
          problems.push(`${ruleOf(cells[0])}: ${path} does not exist`);
          continue;
        }
        const text = readFileSync(abs, 'utf8');
        for (const name of names) {
          const last = name.split('.').pop() ?? name;
          if (!new RegExp(`\\b${last}\\b`).test(text)) problems.push(`${ruleOf(cells[0])}: ${name} is not in ${path}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('reads a cell the way the table writes it', () => {
    expect(
      namedInCell('the rule `x` in `src/server/http/scope.ts` `areaInScope()` `ROLES`, `unique (a, b)`; `docs/x.md`'),
    ).toEqual([
      { path: 'src/server/http/scope.ts', names: ['areaInScope', 'ROLES'] },
      { path: 'docs/x.md', names: [] },
    ]);
  });
});
