/**
 * Who reads a sentence about a resident. The resident herself is spoken to (您 / you); anyone else who reads
 * about her — an officer acting for her (代办), an employer looking at a candidate — reads of her in the third
 * person (该居民 / the resident), never as if they were the one addressed. Every reason text about a resident
 * (match reasons, eligibility wording) takes its words for the person from here.
 */
import type { Locale } from './errors';

export const AUDIENCES = ['resident', 'staff'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** The words for the person a sentence is about: who (subject) and whose (possessive). */
export interface PersonWords {
  who: string;
  whose: string;
}

const WORDS: Record<Audience, Record<Locale, PersonWords>> = {
  resident: { 'zh-CN': { who: '您', whose: '您的' }, en: { who: 'you', whose: 'your' } },
  staff: { 'zh-CN': { who: '该居民', whose: '该居民的' }, en: { who: 'the resident', whose: "the resident's" } },
};

export function personWords(audience: Audience, locale: Locale): PersonWords {
  return WORDS[audience][locale];
}

/** The resident reading about herself is addressed; every other reader reads of her. */
export function audienceFor(reader: { kind: string; residentId: number | null }, residentId: number): Audience {
  return reader.kind === 'resident' && reader.residentId === residentId ? 'resident' : 'staff';
}
