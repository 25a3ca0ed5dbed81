/** Imports of residents and enterprises from Excel (导入, SPEC §3.7): the upload's fields and the job it starts. */
import type { Locale } from '../errors';
import { z } from './zod';

export const IMPORT_KINDS = ['residents', 'enterprises'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const importKind = z.enum(IMPORT_KINDS);
export const importKindParam = z.object({ kind: importKind });

/** The most data rows one file may hold; larger registers are imported in parts. */
export const IMPORT_MAX_ROWS = 20_000;

/** The multipart fields sent with the file. A retried upload with the same key answers the same job. */
export const importFields = z
  .object({
    kind: importKind,
    skipBad: z.enum(['true', 'false']).default('false'),
    clientKey: z.uuid(),
  })
  .strict();

export const IMPORT_STATUSES = ['checking', 'importing', 'done', 'rejected', 'failed'] as const;

export const importProblem = z.object({
  /** The row of the sheet, as Excel numbers it (the header is row 1). */
  row: z.number().int(),
  column: z.string(),
  /** "第12行 身份证号码：校验位不正确" */
  message: z.string(),
});

export const importJob = z.object({
  id: z.number().int(),
  kind: importKind,
  fileName: z.string(),
  skipBad: z.boolean(),
  status: z.enum(IMPORT_STATUSES),
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  imported: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.number().int(),
  problems: z.array(importProblem),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJob>;

/** A bad cell in words: the row, the column's name and the problem. */
export function importProblemText(row: number, column: string, problem: string, locale: Locale): string {
  return locale === 'zh-CN' ? `第${row}行 ${column}：${problem}` : `Row ${row}, ${column}: ${problem}`;
}
