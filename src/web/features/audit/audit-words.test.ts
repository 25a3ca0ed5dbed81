/**
 * Every audit action and record type the server writes has words in both languages, so the
 * log never shows a code (issue 18 item 10). The server's source is read for the codes it writes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import en from '../../lib/i18n/en';
import zhCN from '../../lib/i18n/zh-CN';

const serverDir = fileURLToPath(new URL('../../../server', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const code = sources(serverDir).map((path) => readFileSync(path, 'utf8'));
const lines = (key: string) => code.flatMap((text) => text.split('\n').filter((line) => line.includes(`${key}:`)));

/** Quoted codes on `action:` lines, and the fixed part of the ones built from a template. */
const actionLines = lines('action');
const actions = new Set(
  actionLines.flatMap((line) => [...line.matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g)].map((m) => m[1]!)),
);
const templated = new Set(actionLines.flatMap((line) => [...line.matchAll(/`([a-z_.]+)\.\$\{/g)].map((m) => m[1]!)));
const targets = new Set(
  lines('targetType').flatMap((line) => [...line.matchAll(/targetType: '([a-z_]+)'/g)].map((m) => m[1]!)),
);

function lookup(tree: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

describe('audit words', () => {
  it('finds the codes it checks', () => {
    expect(actions.size).toBeGreaterThan(50);
    expect(templated.size).toBeGreaterThan(3);
    expect(targets.size).toBeGreaterThan(15);
  });

  it.each([
    ['zh-CN', zhCN],
    ['en', en],
  ] as const)('%s has words for every action the server records', (_locale, messages) => {
    const words = messages.staff.audit.actions;
    const missing = [...actions].filter((a) => !a.startsWith('test.') && typeof lookup(words, a) !== 'string');
    expect(missing).toEqual([]);
    // An action built from a template (settlement.${action}) has its family of words.
    expect([...templated].filter((prefix) => typeof lookup(words, prefix) !== 'object')).toEqual([]);
  });

  it.each([
    ['zh-CN', zhCN],
    ['en', en],
  ] as const)('%s names every kind of record the log points at, and every platform setting', (_locale, messages) => {
    const missing = [...targets].filter((t) => t !== 'test' && !(t in messages.staff.audit.targets));
    expect(missing).toEqual([]);
    const settings = new Set(
      lines('targetId').flatMap((line) => [...line.matchAll(/targetId: '([a-z_]+)'/g)].map((m) => m[1]!)),
    );
    expect(settings.size).toBeGreaterThan(0);
    expect([...settings].filter((key) => !(key in messages.staff.audit.settingNames))).toEqual([]);
  });
});
