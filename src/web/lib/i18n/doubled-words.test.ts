/**
 * A message made of a field's name and a problem must not say a word twice
 * ("结束时间结束时间应晚于开始时间"). Every pairing the server can make (field label ×
 * problem, and each error template's {field}) and every web template with
 * {{field}} is put together with every field name and read for a doubled word.
 */
import { describe, expect, it } from 'vitest';
import { ERRORS, type Locale } from '../../../shared/errors';
import { FIELD_LABELS, PROBLEMS } from '../../../shared/fields';
import en from './en';
import zhCN from './zh-CN';

/** The first run of at least two characters (zh) or one word (en) said twice in a row, or null. */
export function doubledWord(text: string, locale: Locale): string | null {
  if (locale === 'en') {
    const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
    for (let i = 1; i < words.length; i++) if (words[i] === words[i - 1] && words[i]!.length > 1) return words[i]!;
    return null;
  }
  const chars = [...text].filter((c) => /\p{Script=Han}/u.test(c) || /[A-Za-z0-9]/.test(c));
  const s = chars.join('');
  for (let k = 2; k <= s.length / 2; k++)
    for (let i = 0; i + 2 * k <= s.length; i++)
      if (s.slice(i, i + k) === s.slice(i + k, i + 2 * k)) return s.slice(i, i + k);
  return null;
}

function strings(tree: unknown, out: string[] = []): string[] {
  if (typeof tree === 'string') out.push(tree);
  else if (tree && typeof tree === 'object') for (const v of Object.values(tree)) strings(v, out);
  return out;
}

const LOCALES: Locale[] = ['zh-CN', 'en'];
const webResources = { 'zh-CN': zhCN, en } as const;

function fieldNames(locale: Locale): string[] {
  const web = strings((webResources[locale] as { fields: unknown }).fields);
  return [...new Set([...Object.values(FIELD_LABELS).map((l) => l[locale]), ...web])];
}

/** Each message that says a word twice although neither of its parts does. */
function doubledPairs(locale: Locale, templates: string[], fill: (template: string, name: string) => string) {
  const found: string[] = [];
  for (const template of templates)
    for (const name of fieldNames(locale)) {
      const text = fill(template, name);
      if (doubledWord(text, locale) && !doubledWord(name, locale) && !doubledWord(template, locale)) found.push(text);
    }
  return found;
}

describe('no message says a word twice', () => {
  it('finds a doubled word where there is one', () => {
    expect(doubledWord('结束时间结束时间应晚于开始时间', 'zh-CN')).toBe('结束时间');
    expect(doubledWord('To to must be after', 'en')).toBe('to');
    expect(doubledWord('结束时间应晚于开始时间', 'zh-CN')).toBeNull();
  });

  it.each(LOCALES)('field name + problem (%s)', (locale) => {
    const sep = locale === 'zh-CN' ? '' : ' ';
    const problems = Object.values(PROBLEMS).map((p) => p[locale]);
    expect(doubledPairs(locale, problems, (p, name) => `${name}${sep}${p}`)).toEqual([]);
  });

  it.each(LOCALES)('error templates with a field (%s)', (locale) => {
    const templates = Object.values(ERRORS)
      .map((e) => e[locale] as string)
      .filter((t) => t.includes('{field}'));
    expect(templates.length).toBeGreaterThan(0);
    expect(doubledPairs(locale, templates, (t, name) => t.replaceAll('{field}', name))).toEqual([]);
  });

  it.each(LOCALES)('web templates with a field (%s)', (locale) => {
    const templates = strings(webResources[locale]).filter((t) => t.includes('{{field}}'));
    expect(templates.length).toBeGreaterThan(0);
    expect(doubledPairs(locale, templates, (t, name) => t.replaceAll('{{field}}', name))).toEqual([]);
  });
});
