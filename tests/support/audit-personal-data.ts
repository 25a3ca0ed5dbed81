/**
 * The auditor reads who did what, not personal data (ADR 0007): after each
 * route test file, every audit event its database holds is searched for the
 * personal values that same database keeps — residents' names, birth dates,
 * 户籍, ID numbers, full phones, sensitive labels, children's birth dates,
 * owners' names and venues' addresses — and for anything shaped like a full
 * mobile or ID number. `useTestApp` runs it, so every route test file does.
 */
import type pg from 'pg';
import { RESIDENT_LABELS } from '../../src/shared/enums';
import type { FieldCipher } from '../../src/server/platform/crypto';

type Query = (text: string, values?: unknown[]) => Promise<pg.QueryResult>;

/** What a leaked value is, for the failure message. */
type Kind =
  | 'name'
  | 'birth date'
  | 'hukou'
  | 'ID number'
  | 'phone'
  | 'label'
  | 'address'
  | "child's birth date"
  | 'date registered unemployed';

const FULL_MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;
const FULL_ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/;
/**
 * A policy's definition names labels and places ("has the label disabled",
 * "户籍 starts with 青岛市"): those words describe the policy, not a person.
 */
const DEFINITIONS = new Set(['benefit_policy']);
const DEFINITION_KINDS = new Set<Kind>(['label', 'hukou']);

export interface AuditLeak {
  eventId: number;
  action: string;
  path: string;
  kind: Kind;
}

interface PersonalValues {
  /** Values that are personal wherever they stand. */
  anywhere: Map<string, Kind>;
  /**
   * Recent dates (a child's birth, an unemployment registration) that ordinary
   * business dates share: looked for in the events about that resident.
   */
  ofResident: Map<string, Map<string, Kind>>;
}

async function personalValues(query: Query, cipher: FieldCipher): Promise<PersonalValues> {
  const values = new Map<string, Kind>();
  const ofResident = new Map<string, Map<string, Kind>>();
  const add = (value: unknown, kind: Kind) => {
    if (typeof value === 'string' && value.trim().length >= 2) values.set(value, kind);
  };
  const residents = await query(
    `select name, to_char(birth_date, 'YYYY-MM-DD') as birth_date, phone, id_number_enc, hukou_area from residents`,
  );
  for (const r of residents.rows) {
    add(r.name, 'name');
    add(r.birth_date, 'birth date');
    add(r.phone, 'phone');
    add(r.hukou_area, 'hukou');
    if (r.id_number_enc) add(cipher.decrypt(r.id_number_enc as Buffer), 'ID number');
  }
  const facts = await query(
    `select resident_id::text as id, to_char(youngest_child_birth_date, 'YYYY-MM-DD') as child,
       to_char(unemployed_registered_on, 'YYYY-MM-DD') as unemployed from resident_facts`,
  );
  for (const f of facts.rows) {
    const own = new Map<string, Kind>();
    if (f.child) own.set(f.child as string, "child's birth date");
    if (f.unemployed) own.set(f.unemployed as string, 'date registered unemployed');
    ofResident.set(f.id as string, own);
  }
  for (const e of (await query(`select owner_name, owner_phone from enterprises`)).rows) {
    add(e.owner_name, 'name');
    add(e.owner_phone, 'phone');
  }
  for (const v of (await query(`select owner_name, owner_phone, address from venues`)).rows) {
    add(v.owner_name, 'name');
    add(v.owner_phone, 'phone');
    add(v.address, 'address');
  }
  for (const label of RESIDENT_LABELS) values.set(label, 'label');
  return { anywhere: values, ofResident };
}

/** Every place in the audit log where a personal value stands in clear. */
export async function personalDataInAudit(query: Query, cipher: FieldCipher): Promise<AuditLeak[]> {
  const { anywhere, ofResident } = await personalValues(query, cipher);
  const leaks: AuditLeak[] = [];
  const events = await query(`select id, action, target_type, target_id, before, after from audit_events order by id`);
  for (const e of events.rows) {
    const definition = DEFINITIONS.has(e.target_type as string);
    const own = e.target_type === 'resident' ? ofResident.get(e.target_id as string) : undefined;
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value !== null && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
      else if (typeof value === 'string') {
        const kind =
          anywhere.get(value) ??
          own?.get(value) ??
          (FULL_MOBILE.test(value) ? 'phone' : FULL_ID_NUMBER.test(value) ? 'ID number' : undefined);
        if (kind && !(definition && DEFINITION_KINDS.has(kind)))
          leaks.push({ eventId: e.id as number, action: e.action as string, path, kind });
      }
    };
    walk(e.before, 'before');
    walk(e.after, 'after');
  }
  return leaks;
}

/** Throws, naming each event, field and kind (never the value itself), when the audit log holds personal data. */
export async function expectNoPersonalDataInAudit(query: Query, cipher: FieldCipher): Promise<void> {
  const leaks = await personalDataInAudit(query, cipher);
  if (leaks.length === 0) return;
  const lines = leaks.slice(0, 40).map((l) => `  #${l.eventId} ${l.action} ${l.path}: a ${l.kind}`);
  throw new Error(
    `the audit log holds personal data in ${leaks.length} place(s):\n${lines.join('\n')}${leaks.length > 40 ? '\n  …' : ''}`,
  );
}
