/** An import job as the officer reads it: its problems in her language. */
import type { Locale } from '../../../shared/errors';
import { problemText } from '../../../shared/fields';
import { importProblemText, type ImportJob } from '../../../shared/schemas/imports';
import { headerOf } from './import-sheet';
import type { JobRow } from './imports.repository';

export interface StoredProblem {
  row: number;
  column: string;
  problem: string;
}

export function presentJob(row: JobRow, locale: Locale): ImportJob {
  const problems = (row.problems as StoredProblem[]).map((p) => ({
    row: p.row,
    column: p.column,
    message: importProblemText(p.row, headerOf(p.column, locale), problemText(p.problem, locale), locale),
  }));
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.file_name,
    skipBad: row.skip_bad,
    status: row.status,
    totalRows: row.total_rows,
    processedRows: row.processed_rows,
    imported: row.imported,
    unchanged: row.unchanged,
    skipped: row.skipped,
    problems,
    createdAt: row.created_at.toISOString(),
    finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
  };
}
