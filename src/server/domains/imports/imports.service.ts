/**
 * Imports from Excel (SPEC §3.7, ADR 0070). An upload becomes a job the officer follows by polling:
 * the sheet is read and every row checked first (progress by rows checked); if any row is bad and
 * she did not choose to skip bad rows, nothing is written and every problem is listed in words;
 * otherwise the new rows are written in one transaction (progress by rows written), rows already on
 * file are left as they are, and a retried upload with the same key answers the same job.
 */
import ExcelJS from 'exceljs';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { z } from 'zod';
import { IMPORT_MAX_ROWS, type importFields, type ImportKind } from '../../../shared/schemas/imports';
import type { ActorContext } from '../../context';
import type { Db } from '../../db/client';
import type { CellProblem, ImportKindDefinition } from '../../core/import-kind';
import { notFound } from '../../core/app-error';
import { recordAudit } from '../../platform/audit';
import { safeCell } from '../../platform/spreadsheet';
import { IMPORT_DEFINITIONS } from './import-registry';
import { headerOf, matchHeaders, readRows, type SheetRow } from './import-sheet';
import { presentJob, type StoredProblem } from './imports.presenter';
import * as repo from './imports.repository';

type Fields = z.output<typeof importFields>;

/** Rows checked or written between two progress updates (and two yields to other requests). */
const STEP = 250;
/** The problems a job keeps to show; the count of bad rows is kept whole. */
const PROBLEMS_SHOWN = 1000;

/**
 * A running job records progress at least every STEP rows; one silent this long has lost its process
 * (a restart, a crash) and is marked failed, to be uploaded again (ADR 0077).
 */
export const IMPORT_SILENT_LIMIT_MS = 15 * 60 * 1000;

/** A job taken for dead while this process was still at it: its write is rolled back. */
class ImportInterrupted extends Error {}

/**
 * Marks failed every import whose process has died: still checking or importing, silent past the
 * limit at `now`. Nothing of theirs was written (the write is one transaction); the officer reads
 * that the import was interrupted and uploads the file again, which imports what is not on file.
 */
export async function failInterruptedImports(db: Db, now: Date): Promise<number[]> {
  return repo.failJobsSilentSince(db, new Date(now.getTime() - IMPORT_SILENT_LIMIT_MS), now);
}

/** Jobs still running in this process, so a test or a shutdown can wait for them. */
const running = new Set<Promise<void>>();
export async function importsSettled(): Promise<void> {
  await Promise.all([...running]);
}

export async function startImport(ctx: ActorContext, fields: Fields, file: { name: string; data: Buffer }) {
  const locale = ctx.actor.locale;
  const retried = await repo.findJobByKey(ctx.db, ctx.actor.userId, fields.clientKey);
  if (retried) return presentJob(retried, locale);
  const job = await repo.insertJob(ctx.db, {
    kind: fields.kind,
    file_name: file.name.slice(0, 200) || 'import.xlsx',
    skip_bad: fields.skipBad === 'true',
    status: 'checking',
    created_by_user_id: ctx.actor.userId,
    client_key: fields.clientKey,
  });
  const work = runImport(ctx, job.id, IMPORT_DEFINITIONS[fields.kind], file.data, job.skip_bad)
    .catch(async () => {
      await repo.updateJob(ctx.db, job.id, { status: 'failed', finished_at: new Date() }).catch(() => undefined);
    })
    .finally(() => running.delete(work));
  running.add(work);
  return presentJob(job, locale);
}

export async function getImport(ctx: ActorContext, id: number) {
  const job = await repo.findJob(ctx.db, ctx.actor.userId, id);
  if (!job) throw notFound();
  return presentJob(job, ctx.actor.locale);
}

/** The first sheet's rows as the text Excel shows, or null when the file is not a workbook. */
async function readWorkbook(data: Buffer) {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    return null;
  }
  const sheet = book.worksheets[0];
  if (!sheet) return null;
  const rows: { row: number; values: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values: string[] = [];
    for (let i = 1; i <= sheet.columnCount; i++) values.push(row.getCell(i).text ?? '');
    rows.push({ row: number, values });
  });
  return rows;
}

async function finish(
  ctx: ActorContext,
  id: number,
  status: 'done' | 'rejected',
  problems: StoredProblem[],
  counts: { imported?: number; unchanged?: number; skipped?: number } = {},
) {
  await repo.updateJob(ctx.db, id, {
    status,
    problems: JSON.stringify(problems.slice(0, PROBLEMS_SHOWN)),
    ...counts,
    finished_at: new Date(),
  });
}

async function runImport(
  ctx: ActorContext,
  id: number,
  def: ImportKindDefinition,
  data: Buffer,
  skipBad: boolean,
): Promise<void> {
  const fileProblem = (problem: string) => finish(ctx, id, 'rejected', [{ row: 1, column: 'file', problem }]);
  const sheet = await readWorkbook(data);
  if (!sheet) return fileProblem('import_not_workbook');
  const [header, ...body] = sheet;
  if (!header || body.length === 0) return fileProblem('import_no_rows');
  const { fields, problems: missing } = matchHeaders(header.values, def.columns);
  if (missing.length > 0)
    return finish(
      ctx,
      id,
      'rejected',
      missing.map((p) => ({ row: header.row, ...p })),
    );
  const rows = readRows(body, fields);
  if (rows.length === 0) return fileProblem('import_no_rows');
  if (rows.length > IMPORT_MAX_ROWS) return fileProblem('import_too_many_rows');
  await repo.updateJob(ctx.db, id, { total_rows: rows.length });

  // ── every row checked, before anything is written ──
  const areas = await repo.areasServed(ctx.db, ctx.actor.areaPaths);
  const checked: {
    row: SheetRow;
    input?: unknown;
    key?: string;
    problems: CellProblem[];
    unique: { column: string; value: string }[];
  }[] = [];
  const firstRowOf = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const result = def.check(row.cells, areas);
    const problems = [...result.problems];
    const unique = result.unique ?? [];
    for (const [column, value] of [
      [def.keyColumn, result.key] as const,
      ...unique.map((u) => [u.column, u.value] as const),
    ]) {
      if (value === undefined) continue;
      const seen = firstRowOf.get(`${column}:${value}`);
      if (seen === undefined) firstRowOf.set(`${column}:${value}`, row.row);
      else problems.push({ column, problem: 'import_duplicate_row' });
    }
    checked.push({ row, input: result.input, key: result.key, problems, unique });
    if ((i + 1) % STEP === 0) {
      await repo.updateJob(ctx.db, id, { processed_rows: i + 1 });
      await yieldToEventLoop();
    }
  }
  const keys = checked.filter((c) => c.problems.length === 0 && c.key !== undefined).map((c) => c.key!);
  const onFile = new Set<string>();
  for (let i = 0; i < keys.length; i += 1000)
    for (const k of await def.existing(ctx, keys.slice(i, i + 1000))) onFile.add(k);
  const fresh = checked.filter((c) => c.problems.length === 0 && !onFile.has(c.key!));
  if (def.taken) {
    const unique = fresh.flatMap((c) => c.unique);
    const taken = new Set<string>();
    for (let i = 0; i < unique.length; i += 1000)
      for (const v of await def.taken(ctx, unique.slice(i, i + 1000))) taken.add(v);
    for (const c of fresh)
      for (const u of c.unique)
        if (taken.has(u.value)) c.problems.push({ column: u.column, problem: 'import_phone_taken' });
  }
  await repo.updateJob(ctx.db, id, { processed_rows: rows.length });
  const problems = checked.flatMap((c) => c.problems.map((p) => ({ row: c.row.row, ...p })));
  const bad = checked.filter((c) => c.problems.length > 0).length;
  if (bad > 0 && !skipBad) return finish(ctx, id, 'rejected', problems, { skipped: 0 });

  // ── the new rows written, all or none ──
  const toWrite = fresh.filter((c) => c.problems.length === 0);
  const unchanged = checked.length - bad - toWrite.length;
  // a job taken for dead while it was checking stays failed
  if (!(await repo.updateJob(ctx.db, id, { status: 'importing', unchanged, skipped: bad }))) return;
  await ctx.db.transaction().execute(async (trx) => {
    for (let i = 0; i < toWrite.length; i++) {
      await def.insert(trx, ctx, toWrite[i]!.input);
      if ((i + 1) % STEP === 0) {
        await repo.updateJob(ctx.db, id, { imported: i + 1 });
        await yieldToEventLoop();
      }
    }
    // taken for dead meanwhile (failInterruptedImports): write nothing, as the officer was told
    if (!(await repo.stillImporting(trx, id))) throw new ImportInterrupted();
    await recordAudit(trx, ctx, {
      action: 'import.run',
      targetType: 'import_job',
      targetId: id,
      after: { kind: def.kind, rows: rows.length, imported: toWrite.length, unchanged, skipped: bad },
    });
  });
  await finish(ctx, id, 'done', problems, { imported: toWrite.length, unchanged, skipped: bad });
}

/** The template to fill in: the kind's columns as headers, typed as text, and a 填写说明 sheet. */
export async function importTemplate(kind: ImportKind): Promise<{ fileName: string; data: Buffer }> {
  const def = IMPORT_DEFINITIONS[kind];
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(`${def.title}导入`);
  sheet.columns = def.columns.map((c) => ({ header: headerOf(c.field, 'zh-CN'), width: 22, style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  const notes = book.addWorksheet('填写说明');
  notes.columns = [
    { header: '列名', width: 16 },
    { header: '是否必填', width: 10 },
    { header: '填写要求', width: 80 },
  ];
  notes.getRow(1).font = { bold: true };
  for (const c of def.columns)
    notes.addRow([headerOf(c.field, 'zh-CN'), c.required ? '必填' : '选填', safeCell(c.note)]);
  notes.addRow([]);
  notes.addRow(['', '', `第一行为列名，请勿修改；从第二行起每行一条${def.title}记录，最多${IMPORT_MAX_ROWS}行。`]);
  notes.addRow([
    '',
    '',
    '有任何一行出错时整个文件都不会导入，除非选择“跳过错误行”；已登记的记录不会重复导入，也不会被修改。',
  ]);
  return { fileName: `${def.title}导入模板.xlsx`, data: Buffer.from(await book.xlsx.writeBuffer()) };
}
