/**
 * What can be imported from Excel (SPEC §3.7: residents and enterprises), defined in the domain
 * that owns the records (`<domain>.import.ts`) and listed in domains/imports/import-registry.ts.
 * A kind names its columns, checks a row with the same schema its registration form uses, says
 * which key matches a record already on file (the 身份证 blind index, the 统一社会信用代码), and
 * writes the new records as its own create does (ADR 0070).
 */
import type { Transaction } from 'kysely';
import type { ActorContext } from '../context';
import type { Database } from '../db/types';

export interface ImportColumn {
  /** The field's name in FIELD_LABELS: the column's header is its label (zh-CN or English). */
  field: string;
  required: boolean;
  /** What to write in the column, for the template's 填写说明. */
  note: string;
}

/** A problem with one cell: the column's field name and a problem code of PROBLEMS. */
export interface CellProblem {
  column: string;
  problem: string;
}

export interface CheckedRow<Input> {
  input?: Input;
  /** The key matching a record already on file and the other rows of the file. */
  key?: string;
  /** Further values no two rows may share (a resident's phone), each with its column. */
  unique?: { column: string; value: string }[];
  problems: CellProblem[];
}

export interface ImportKindDefinition<Input = unknown> {
  kind: 'residents' | 'enterprises';
  title: string;
  /** The column holding the matching key, where a row repeating another's is reported. */
  keyColumn: string;
  columns: readonly ImportColumn[];
  /** One row's cells (trimmed text by field name) into the create's input, or its problems; areas are those the officer serves. */
  check: (cells: Readonly<Record<string, string>>, areas: readonly ImportArea[]) => CheckedRow<Input>;
  /** The keys among these already on file. */
  existing: (ctx: ActorContext, keys: readonly string[]) => Promise<Set<string>>;
  /** Values of the unique columns already held by records on file, by column. */
  taken?: (ctx: ActorContext, unique: readonly { column: string; value: string }[]) => Promise<Set<string>>;
  /** Writes one new record as the domain's own create does, audited, inside the import's transaction. */
  insert: (trx: Transaction<Database>, ctx: ActorContext, input: Input) => Promise<void>;
}

/** An area the officer serves, as a sheet names it. */
export interface ImportArea {
  id: number;
  name: string;
  path: string;
  level: string;
}

/**
 * The area a cell names among those the officer serves, of the given levels: by its name alone
 * ("复兴B区") or under its parent ("复兴社区/复兴B区") when two share a name.
 */
export function resolveArea(
  text: string,
  areas: readonly ImportArea[],
  levels: readonly string[],
): { id: number } | { problem: 'import_area_unknown' | 'import_area_ambiguous' } {
  const parts = text.split(/[/／]/).map((p) => p.trim());
  const name = parts.pop()!;
  const parents = parts.length ? areas.filter((a) => a.name === parts[parts.length - 1]) : [];
  const found = areas.filter(
    (a) =>
      a.name === name &&
      levels.includes(a.level) &&
      (parts.length === 0 || parents.some((p) => a.path.startsWith(p.path) && a.path !== p.path)),
  );
  if (found.length === 1) return { id: found[0]!.id };
  return { problem: found.length === 0 ? 'import_area_unknown' : 'import_area_ambiguous' };
}
