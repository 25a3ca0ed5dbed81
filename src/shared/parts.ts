/**
 * The shapes of what each domain contributes to the shared tables (errors, field labels,
 * problem words, notices, SMS texts), and the one way they are joined. Each table is
 * collected in one file (errors.ts, fields.ts, server/platform/notice-texts.ts,
 * server/platform/sms.ts) from the core part and one part per domain (src/shared/<domain>/).
 */
import type { Locale } from './errors';

export interface ErrorEntry {
  status: number;
  'zh-CN': string;
  en: string;
}
export type ErrorPart = Readonly<Record<string, ErrorEntry>>;
export type Words = Readonly<Record<Locale, string>>;
export type WordsPart = Readonly<Record<string, Words>>;
export type NoticeTexts = Readonly<Record<Locale, readonly [title: string, body: string]>>;
export type NoticePart = Readonly<Record<string, NoticeTexts>>;
export type SmsText = (p: Record<string, string>) => string;
export type SmsPart = Readonly<Record<string, SmsText>>;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/**
 * One table from its parts, keeping every key's own type. Two parts defining the same key would
 * have one silently replace the other, so that is refused when the module loads.
 */
export function mergeParts<const P extends readonly object[]>(table: string, parts: P): UnionToIntersection<P[number]> {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      if (Object.hasOwn(merged, key)) throw new Error(`${table}: ${key} is defined by two parts`);
      merged[key] = value;
    }
  }
  return merged as UnionToIntersection<P[number]>;
}
