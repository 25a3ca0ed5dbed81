/**
 * Reading an uploaded sheet (pure): the first row's headers matched to the kind's columns by
 * their labels in either language, and each later row as trimmed text by field name. Cells are
 * read as the text Excel shows, so a 身份证号码 typed as text stays whole.
 */
import { FIELD_LABELS } from '../../../shared/fields';
import type { CellProblem, ImportColumn } from '../../core/import-kind';

export interface SheetRow {
  /** The row's number as Excel shows it. */
  row: number;
  cells: Record<string, string>;
}

/** The header of a column in each language: the label of its field. */
export function headerOf(field: string, locale: 'zh-CN' | 'en'): string {
  return FIELD_LABELS[field]?.[locale] ?? field;
}

const normalise = (text: string) => text.replace(/[\s*＊]/g, '').toLowerCase();

/**
 * Which field each column of the header row holds (by position), and the required columns that
 * are missing, reported on row 1.
 */
export function matchHeaders(
  header: readonly string[],
  columns: readonly ImportColumn[],
): { fields: (string | null)[]; problems: CellProblem[] } {
  const fields = header.map((text) => {
    const said = normalise(text);
    const column = columns.find(
      (c) => normalise(headerOf(c.field, 'zh-CN')) === said || normalise(headerOf(c.field, 'en')) === said,
    );
    return column?.field ?? null;
  });
  const problems = columns
    .filter((c) => c.required && !fields.includes(c.field))
    .map((c) => ({ column: c.field, problem: 'import_column_missing' }));
  return { fields, problems };
}

/** The data rows (those with any text), by field name. */
export function readRows(
  rows: readonly { row: number; values: readonly string[] }[],
  fields: readonly (string | null)[],
) {
  const out: SheetRow[] = [];
  for (const { row, values } of rows) {
    const cells: Record<string, string> = {};
    let any = false;
    fields.forEach((field, i) => {
      const text = (values[i] ?? '').trim();
      if (text) any = true;
      if (field) cells[field] = text;
    });
    if (any) out.push({ row, cells });
  }
  return out;
}
