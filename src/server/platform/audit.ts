/**
 * The audit log: one append-only, hash-chained row for every write and every
 * reveal of personal data. Each row's hash covers the previous row's hash, so
 * changing or removing a row breaks the chain at that row.
 */
import { createHash } from 'node:crypto';
import { sql, type RawBuilder, type Transaction } from 'kysely';
import { maskIdNumber, maskPhone } from '../../shared/validators';
import { PREPARED, type Db } from '../db/client';
import type { Database } from '../db/types';
import type { Actor } from '../core/actor';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface AuditContext {
  /** Who acted; at sign-in, the user signing in. */
  actor: Pick<Actor, 'userId' | 'role' | 'displayName'> | null;
  ip: string | null;
}

/**
 * How each field of an event's before / after enters the log, by its name,
 * whichever domain writes it (ADR 0007). The auditor reads who did what:
 * identifiers stay, masked, so a person can be told apart; secrets are
 * dropped; a personal or sensitive field keeps only its name, standing for
 * "this was set" or "this changed", never its value. A snake_case name is read
 * as its camelCase. A person's name goes under `personName`: `name` alone is a
 * product's, a factory's or an area's.
 */
export const AUDIT_FIELDS = {
  phone: 'phone',
  ownerPhone: 'phone',
  contactPhone: 'phone',
  idNumber: 'idNumber',
  password: 'secret',
  passwordHash: 'secret',
  code: 'secret',
  idNumberEnc: 'secret',
  idNumberHash: 'secret',
  personName: 'personal',
  ownerName: 'personal',
  operatorName: 'personal',
  gender: 'personal',
  birthDate: 'personal',
  hukouArea: 'personal',
  address: 'personal',
  venueAddress: 'personal',
  labels: 'personal',
  unemployedRegisteredOn: 'personal',
  youngestChildBirthDate: 'personal',
} as const satisfies Record<string, 'phone' | 'idNumber' | 'secret' | 'personal'>;
type FieldKind = (typeof AUDIT_FIELDS)[keyof typeof AUDIT_FIELDS];

/** What a personal field's value becomes in the log. */
export const WITHHELD = '***';

function fieldKind(key: string): FieldKind | undefined {
  const camel = key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return Object.hasOwn(AUDIT_FIELDS, camel) ? AUDIT_FIELDS[camel as keyof typeof AUDIT_FIELDS] : undefined;
}

/** Personal fields never enter the audit log in clear, at any depth. */
export function maskPersonal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskPersonal);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const kind = fieldKind(key);
    if (kind === 'secret') continue;
    if (kind === 'phone' && typeof v === 'string') out[key] = maskPhone(v);
    else if (kind === 'idNumber' && typeof v === 'string') out[key] = maskIdNumber(v);
    else if (kind === 'personal') out[key] = v == null ? null : WITHHELD;
    else out[key] = maskPersonal(v);
  }
  return out;
}

/**
 * Before and after as the log keeps them: masked, and a personal field that
 * both name with the same value left out of both, so the personal fields that
 * remain are exactly the ones set or changed.
 */
export function auditValues(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): { before: Record<string, unknown> | null; after: Record<string, unknown> | null } {
  const b = before == null ? null : (maskPersonal(before) as Record<string, unknown>);
  const a = after == null ? null : (maskPersonal(after) as Record<string, unknown>);
  if (before && after && b && a)
    for (const key of Object.keys(b)) {
      if (fieldKind(key) !== 'personal' || !(key in after)) continue;
      if (canonicalJson(before[key]) === canonicalJson(after[key])) {
        delete b[key];
        delete a[key];
      }
    }
  // round-tripped through JSON so the hash covers exactly what jsonb returns
  const json = (v: Record<string, unknown> | null) =>
    v == null ? null : (JSON.parse(JSON.stringify(v)) as Record<string, unknown>);
  return { before: json(b), after: json(a) };
}

/** JSON with keys sorted at every level: jsonb does not keep key order. */
export function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

interface HashedFields {
  at: Date;
  actor_user_id: number | null;
  actor_role: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  ip: string | null;
  before: unknown;
  after: unknown;
}

/** The canonical text of an event that its hash covers, after the previous hash and a newline. */
export function eventBody(e: HashedFields): string {
  return canonicalJson({
    at: e.at,
    actor: e.actor_user_id,
    role: e.actor_role,
    action: e.action,
    targetType: e.target_type,
    targetId: e.target_id,
    ip: e.ip,
    before: e.before ?? null,
    after: e.after ?? null,
  });
}

export function eventHash(prevHash: string, e: HashedFields): string {
  return createHash('sha256').update(prevHash).update('\n').update(eventBody(e)).digest('hex');
}

/**
 * Appends one event: inside the caller's transaction (the write and its audit
 * commit together), or on its own (`db`, a reveal that writes nothing else:
 * one statement, its own transaction).
 */
export async function recordAudit(
  trx: Transaction<Database> | Db,
  ctx: AuditContext,
  entry: AuditEntry,
): Promise<void> {
  await auditInsert(ctx, entry).execute(trx);
}

/**
 * The INSERT of one event, as SQL: run alone by recordAudit, or placed as a
 * data-modifying CTE in the statement of a read that reveals personal data,
 * with `when` naming the condition under which the read revealed anything
 * (the event is written only then, in the read's own statement and commit).
 */
export function auditInsert(ctx: AuditContext, entry: AuditEntry, when?: RawBuilder<boolean>): RawBuilder<unknown> {
  const row = hashedFields(ctx, entry, entry.targetId == null ? null : String(entry.targetId));
  // audit_chain_head() (domains/audit/sql/audit_chain_head.sql) takes the chain's lock, one writer at a
  // time until the transaction ends, and then reads the last hash with a fresh
  // snapshot, so it sees the event of the writer that held the lock before.
  // The server computes the new hash in the same statement (sha256 over UTF-8,
  // as eventHash does): one round trip per event. Named and planned once per
  // connection (PREPARED, ADR 0035).
  return sql`insert into audit_events (at, actor_user_id, actor_role, actor_name, action, target_type, target_id, ip, before, after, prev_hash, hash)
    select ${row.at}::timestamptz, ${row.actor_user_id}::bigint, ${row.actor_role}::text, ${ctx.actor?.displayName ?? null}::text, ${row.action}::text,
      ${row.target_type}::text, ${row.target_id}::text, ${row.ip}::text,
      ${row.before ? JSON.stringify(row.before) : null}::jsonb, ${row.after ? JSON.stringify(row.after) : null}::jsonb,
      h.head, encode(sha256(convert_to(h.head || chr(10) || ${eventBody(row)}::text, 'UTF8')), 'hex')
    from (select audit_chain_head() as head) h${when ? sql` where ${when}` : sql``} ${sql.raw(PREPARED)}`;
}

/** The hashed fields of an event, its values as the log keeps them (auditValues). */
type MaskedValues = { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
function hashedFields(ctx: AuditContext, entry: AuditEntry, targetId: string | null): HashedFields & MaskedValues {
  const { before, after } = auditValues(entry.before, entry.after);
  return {
    at: new Date(),
    actor_user_id: ctx.actor?.userId ?? null,
    actor_role: ctx.actor?.role ?? null,
    action: entry.action,
    target_type: entry.targetType,
    target_id: targetId,
    ip: ctx.ip,
    before,
    after,
  };
}

/** An event whose target the database creates in the same call, as a database function appends it (ADR 0042). */
export interface AuditEventAroundTarget {
  at: string;
  actor_user_id: number | null;
  actor_role: string | null;
  actor_name: string | null;
  action: string;
  target_type: string;
  ip: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The hashed text (eventBody) before the target's id … */
  head: string;
  /** … and after it: the function hashes head, the id and tail, so the chain check recomputes the same hash. */
  tail: string;
}
const TARGET_MARK = '\u0001target\u0001';
export function auditEventAroundTarget(ctx: AuditContext, entry: Omit<AuditEntry, 'targetId'>): AuditEventAroundTarget {
  const row = hashedFields(ctx, entry, TARGET_MARK);
  const body = eventBody(row);
  // targetId comes after before and after in the canonical order, so the last mark is the id's place
  const mark = JSON.stringify(TARGET_MARK).slice(1, -1);
  const at = body.lastIndexOf(mark);
  return {
    at: row.at.toISOString(),
    actor_user_id: row.actor_user_id,
    actor_role: row.actor_role,
    actor_name: ctx.actor?.displayName ?? null,
    action: row.action,
    target_type: row.target_type,
    ip: row.ip,
    before: row.before,
    after: row.after,
    head: body.slice(0, at),
    tail: body.slice(at + mark.length),
  };
}

/** Walks the chain in id order; reports the first row whose hash does not follow. */
export async function verifyAuditChain(db: Db): Promise<{ ok: boolean; checked: number; brokenAtId: number | null }> {
  let prev = GENESIS_HASH;
  let checked = 0;
  let afterId = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_events')
      .select([
        'id',
        'at',
        'actor_user_id',
        'actor_role',
        'action',
        'target_type',
        'target_id',
        'ip',
        'before',
        'after',
        'prev_hash',
        'hash',
      ])
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(5000)
      .execute();
    if (rows.length === 0) return { ok: true, checked, brokenAtId: null };
    for (const r of rows) {
      if (r.prev_hash !== prev || eventHash(prev, r) !== r.hash) return { ok: false, checked, brokenAtId: r.id };
      prev = r.hash;
      checked++;
      afterId = r.id;
    }
  }
}
