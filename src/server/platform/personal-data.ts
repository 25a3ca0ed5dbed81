/**
 * A resident's own data, gathered from every capability for "download my
 * data" (PIPL art. 45). Each capability registers the section it holds about a
 * person, so the export grows with the platform instead of silently missing
 * what a new capability keeps.
 */
import type { Db } from '../db/client';

export type PersonalDataSection = (db: Db, residentId: number) => Promise<unknown>;

const sections = new Map<string, PersonalDataSection>();

export function registerPersonalDataSection(name: string, section: PersonalDataSection): void {
  sections.set(name, section);
}

/** Every registered section, by name, in registration order. */
export async function collectPersonalData(db: Db, residentId: number): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    [...sections].map(async ([name, section]) => [name, await section(db, residentId)] as const),
  );
  return Object.fromEntries(entries);
}
