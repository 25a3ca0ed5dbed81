/**
 * Guarantee loans after disbursement (SPEC §3.4): the bank records repayments against the schedule, on the
 * screen or by an Excel import (every bad row and column named; nothing written while any row is bad unless the
 * bank chooses to skip them; one repayment per bank reference, so the same file twice changes nothing); the
 * overdue check; the quarter's 贴息 recorded per loan by the database; the jobs a loan actually created; the
 * reviewer's download of a material.
 */
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { businessDay } from '../../../shared/dates';
import type { Locale } from '../../../shared/errors';
import { problemText } from '../../../shared/fields';
import { formatFen } from '../../../shared/money';
import type { LoanStatus } from '../../../shared/loans/enums';
import { LOAN_STATUS_WORDS } from '../../../shared/loans/words';
import type * as schemas from '../../../shared/schemas/loans';
import type { ActorContext } from '../../context';
import { AppError, FieldError, notFound } from '../../core/app-error';
import type { Db } from '../../db/client';
import { areaInScope } from '../../http/scope';
import { recordAudit } from '../../platform/audit';
import type { FileStorage } from '../../platform/files';
import { notifyUsers, queueSms, staffCoveringArea, userIdOfResident } from '../../platform/notifications';
import type { BackgroundTask } from '../../platform/scheduler';
import * as loansRepo from './loans.repository';
import { announceStep, getLoan, jobsRecordable, loanFor, sidesOf } from './loans.service';
import { quarterDays } from './quarter';
import { dueBusinessDay, isPastDue, periodOpenFen, standing, yuanToFen, type RepaymentPeriod } from './repayment';
import * as repo from './repayments.repository';

type Input = z.output<typeof schemas.recordRepayment>;
const COLUMNS = ['loanId', 'periodNo', 'paidOn', 'amountFen', 'reference'] as const;
type Column = (typeof COLUMNS)[number];
/** The most rows one import reads. */
export const IMPORT_MAX_ROWS = 5000;

export interface RepaymentLine {
  row: number;
  loanId: number | null;
  periodNo: number | null;
  paidOn: string | null;
  amountFen: number | null;
  reference: string;
}

function toPeriod(p: repo.PeriodRow): RepaymentPeriod {
  return {
    periodNo: p.period_no,
    dueOn: p.due_on,
    principalFen: p.principal_fen,
    interestFen: p.interest_fen,
    subsidyFen: p.subsidy_fen,
    paidFen: p.paid_fen,
    overdueOn: p.overdue_on,
  };
}

/** The bank's loan, in repayment; another bank's (or none) is 404, the guarantee institution may not record. */
async function bankLoan(ctx: ActorContext, loanId: number) {
  const row = await loanFor(ctx, loanId);
  if (!sidesOf(ctx, row).has('bank')) throw new AppError('FORBIDDEN');
  return row;
}

// ── checking lines (the screen's one, an import's many) ───────────────────

interface Checked {
  line: RepaymentLine;
  problems: { column: Column; problem: string }[];
  /** Recorded before under the same reference with the same details: nothing to do. */
  unchanged: boolean;
}

async function checkLines(ctx: ActorContext, lines: readonly RepaymentLine[]): Promise<Checked[]> {
  const today = businessDay(ctx.now);
  const loans = new Map<number, { row: loansRepo.LoanRow; periods: repo.PeriodRow[] } | null>();
  for (const id of new Set(lines.map((l) => l.loanId).filter((id): id is number => id !== null))) {
    const row = await loansRepo.findLoan(ctx.db, ctx.actor, id);
    loans.set(
      id,
      row && sidesOf(ctx, row).has('bank') ? { row, periods: await loansRepo.schedulePeriods(ctx.db, id) } : null,
    );
  }
  const before = await repo.repaymentsByReference(
    ctx.db,
    lines.flatMap((l) => (l.loanId !== null && l.reference ? [{ loanId: l.loanId, reference: l.reference }] : [])),
  );
  const seen = new Set<string>();
  // what the earlier lines of this batch already pay against each period
  const claimed = new Map<string, number>();
  return lines.map((line) => {
    const problems: Checked['problems'] = [];
    const add = (column: Column, problem: string) => problems.push({ column, problem });
    const loan = line.loanId === null ? undefined : loans.get(line.loanId);
    if (line.loanId === null) add('loanId', 'required');
    else if (!loan) add('loanId', 'loan_not_found');
    if (!line.reference) add('reference', 'required');
    if (line.paidOn === null) add('paidOn', 'not_date');
    else if (line.paidOn > today) add('paidOn', 'future');
    if (line.amountFen === null) add('amountFen', 'not_amount');
    if (line.periodNo === null) add('periodNo', 'required');
    if (!loan) return { line, problems, unchanged: false };

    const key = `${line.loanId}/${line.reference}`;
    const earlier = before.find((b) => b.loan_id === line.loanId && b.reference === line.reference);
    if (earlier && line.reference) {
      const same =
        earlier.period_no === line.periodNo && earlier.paid_on === line.paidOn && earlier.amount_fen === line.amountFen;
      if (!same) add('reference', 'reference_used');
      return { line, problems, unchanged: same && problems.length === 0 };
    }
    if (line.reference && seen.has(key)) add('reference', 'repeated_in_file');
    seen.add(key);
    if (line.paidOn !== null && loan.row.disbursed_on && line.paidOn < loan.row.disbursed_on)
      add('paidOn', 'before_disbursement');
    const period = loan.periods.find((p) => p.period_no === line.periodNo);
    if (line.periodNo !== null && !period) add('periodNo', 'period_not_found');
    if (period && line.amountFen !== null) {
      const pkey = `${line.loanId}/${period.period_no}`;
      const open = periodOpenFen(toPeriod(period)) - (claimed.get(pkey) ?? 0);
      if (open <= 0) add('periodNo', 'period_paid');
      else if (line.amountFen > open) add('amountFen', 'over_due');
      else if (!problems.length) claimed.set(pkey, (claimed.get(pkey) ?? 0) + line.amountFen);
    }
    return { line, problems, unchanged: false };
  });
}

/**
 * Writes checked lines in one transaction: each repayment (once per reference), each period's paid amount and
 * day, then each loan's standing: cured when nothing is past due any more, settled when everything is paid.
 */
async function applyLines(ctx: ActorContext, lines: readonly RepaymentLine[], source: 'screen' | 'import') {
  const today = businessDay(ctx.now);
  const loanIds = [...new Set(lines.map((l) => l.loanId!))];
  return ctx.db.transaction().execute(async (trx) => {
    const locked = await repo.lockPeriods(trx, loanIds);
    let recorded = 0;
    for (const l of lines) {
      const period = locked.find((p) => p.loan_id === l.loanId && p.period_no === l.periodNo);
      if (!period) throw new AppError('CONFLICT');
      const open = periodOpenFen(toPeriod(period));
      // paid meanwhile by someone else: the check no longer holds
      if (l.amountFen! > open) throw new AppError('CONFLICT');
      const inserted = await repo.insertRepayment(trx, {
        loan_id: l.loanId!,
        period_no: l.periodNo!,
        paid_on: l.paidOn!,
        amount_fen: l.amountFen!,
        reference: l.reference,
        source,
        recorded_by_user_id: ctx.actor.userId,
        recorded_at: ctx.now,
      });
      if (!inserted) continue;
      recorded++;
      period.paid_fen += l.amountFen!;
      const paidOn = periodOpenFen(toPeriod(period)) === 0 ? l.paidOn! : null;
      period.paid_on = paidOn;
      await repo.setPeriodPaid(trx, l.loanId!, l.periodNo!, period.paid_fen, paidOn);
    }
    for (const loanId of loanIds) {
      const row = (await loansRepo.findLoan(trx, ctx.actor, loanId))!;
      const now = standing(locked.filter((p) => p.loan_id === loanId).map(toPeriod), today);
      const action =
        now === 'settled' ? 'settle' : row.status === 'overdue' && now === 'repaying' ? 'cure_overdue' : null;
      if (!action || row.status === now) continue;
      const to: LoanStatus = now;
      if (!(await loansRepo.moveLoan(trx, loanId, row.status, { status: to, at: ctx.now })))
        throw new AppError('CONFLICT');
      await loansRepo.insertEvent(trx, {
        loan_id: loanId,
        action,
        from_status: row.status,
        to_status: to,
        actor_user_id: ctx.actor.userId,
        note: '',
        at: ctx.now,
      });
      await announceStep(trx, ctx.actor.locale, row, to, ctx.actor.userId);
    }
    await recordAudit(trx, ctx, {
      action: source === 'import' ? 'loan.repayment_import' : 'loan.repayment',
      targetType: 'loan',
      targetId: loanIds.length === 1 ? loanIds[0]! : 0,
      after: {
        recorded,
        lines: lines.map((l) => ({
          loanId: l.loanId,
          periodNo: l.periodNo,
          amountFen: l.amountFen,
          reference: l.reference,
        })),
      },
    });
    return recorded;
  });
}

export async function recordRepayment(ctx: ActorContext, loanId: number, input: Input) {
  const row = await bankLoan(ctx, loanId);
  if (
    !['repaying', 'overdue'].includes(row.status) &&
    !(await repo.repaymentsByReference(ctx.db, [{ loanId, reference: input.reference }])).length
  )
    throw new AppError('LOAN_INVALID_STEP', { status: LOAN_STATUS_WORDS[row.status][ctx.actor.locale] });
  const [checked] = await checkLines(ctx, [{ row: 1, loanId, ...input }]);
  const first = checked!.problems[0];
  if (first) throw new FieldError(first.column, first.problem);
  if (!checked!.unchanged) await applyLines(ctx, [checked!.line], 'screen');
  return getLoan(ctx, loanId);
}

// ── the Excel import ─────────────────────────────────────────────────────

const HEADER_WORDS: Record<Column, Record<Locale, string>> = {
  loanId: { 'zh-CN': '贷款编号', en: 'Loan number' },
  periodNo: { 'zh-CN': '期次', en: 'Period' },
  paidOn: { 'zh-CN': '还款日期', en: 'Paid on' },
  amountFen: { 'zh-CN': '还款金额（元）', en: 'Amount (¥)' },
  reference: { 'zh-CN': '银行流水号', en: 'Bank reference' },
};

/** The template to fill in: the five columns, and a sheet saying what each holds. */
export async function repaymentTemplate(ctx: ActorContext) {
  const locale = ctx.actor.locale;
  const zh = locale === 'zh-CN';
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(zh ? '还款记录' : 'Repayments');
  sheet.columns = COLUMNS.map((c) => ({ header: HEADER_WORDS[c][locale], key: c, width: 18 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn('paidOn').numFmt = 'yyyy-mm-dd';
  const help = book.addWorksheet(zh ? '填写说明' : 'How to fill it in');
  help.columns = [{ width: 18 }, { width: 80 }];
  const lines: [Column, string, string][] = [
    ['loanId', '贷款详情页上的贷款编号（数字）', 'The loan number shown on its page (digits)'],
    ['periodNo', '还款计划中的期次（数字）', "The period's number in the schedule"],
    ['paidOn', '实际还款日期，格式 2026-10-20', 'The day it was paid, e.g. 2026-10-20'],
    ['amountFen', '本期实还金额，单位元，最多两位小数', 'The amount paid, in yuan, at most two decimals'],
    [
      'reference',
      '银行交易流水号；同一流水号再次导入不会重复记账',
      'The bank reference; importing it again changes nothing',
    ],
  ];
  for (const [c, zhText, enText] of lines) help.addRow([HEADER_WORDS[c][locale], zh ? zhText : enText]);
  return {
    fileName: zh ? '还款导入模板.xlsx' : 'repayments-template.xlsx',
    data: Buffer.from(await book.xlsx.writeBuffer()),
  };
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
    return '';
  }
  return String(value).trim();
}

function parseDay(value: ExcelJS.CellValue): string | null {
  const text = cellText(value).replace(/[/.]/g, '-');
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (!m) return null;
  const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day ? null : day;
}

function parseWhole(value: ExcelJS.CellValue): number | null {
  const text = cellText(value);
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

/** The rows of the first sheet, by the template's headers (in either language, in any column order). */
async function readSheet(data: Buffer): Promise<RepaymentLine[]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new FieldError('file', 'not_xlsx');
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw new FieldError('file', 'not_xlsx');
  const at = new Map<Column, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const text = cellText(cell.value);
    const c = COLUMNS.find((k) => HEADER_WORDS[k]['zh-CN'] === text || HEADER_WORDS[k].en === text);
    if (c) at.set(c, col);
  });
  const missing = COLUMNS.find((c) => !at.has(c));
  if (missing) throw new FieldError(missing, 'column_missing');
  const lines: RepaymentLine[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const v = (c: Column) => row.getCell(at.get(c)!).value;
    if (COLUMNS.every((c) => cellText(v(c)) === '')) return;
    lines.push({
      row: n,
      loanId: parseWhole(v('loanId')),
      periodNo: parseWhole(v('periodNo')),
      paidOn: parseDay(v('paidOn')),
      amountFen: yuanToFen(typeof v('amountFen') === 'number' ? v('amountFen') : cellText(v('amountFen'))),
      reference: cellText(v('reference')).slice(0, 64),
    });
  });
  if (lines.length > IMPORT_MAX_ROWS) throw new FieldError('file', 'too_many_rows');
  return lines;
}

export async function importRepayments(ctx: ActorContext, data: Buffer, skipBadRows: boolean) {
  const locale = ctx.actor.locale;
  const lines = await readSheet(data);
  const checked = await checkLines(ctx, lines);
  const errors = checked.flatMap((c) =>
    c.problems.map((p) => ({
      row: c.line.row,
      column: HEADER_WORDS[p.column][locale],
      message:
        locale === 'zh-CN'
          ? `第${c.line.row}行 ${HEADER_WORDS[p.column][locale]}：${problemText(p.problem, locale)}`
          : `Row ${c.line.row} ${HEADER_WORDS[p.column][locale]}: ${problemText(p.problem, locale)}`,
    })),
  );
  const bad = new Set(checked.filter((c) => c.problems.length).map((c) => c.line.row));
  const unchanged = checked.filter((c) => c.unchanged).length;
  const good = checked.filter((c) => !c.problems.length && !c.unchanged).map((c) => c.line);
  const applied = bad.size === 0 || skipBadRows;
  const recorded = applied && good.length ? await applyLines(ctx, good, 'import') : 0;
  return {
    applied,
    rows: lines.length,
    recorded,
    unchanged: applied ? unchanged + (good.length - recorded) : 0,
    skipped: applied ? bad.size : 0,
    errors,
  };
}

// ── the overdue check ────────────────────────────────────────────────────

/**
 * Marks each period unpaid past its due business day overdue (no 贴息 on it), moves a loan in repayment to
 * overdue (an event by the platform), and tells the applicant (inbox and SMS), the station and the street.
 */
export async function markOverdue(db: Db, now: Date): Promise<number> {
  const today = businessDay(now);
  let marked = 0;
  for (const { loan_id: loanId } of await repo.overdueCandidates(db, today)) {
    await db.transaction().execute(async (trx) => {
      const periods = await repo.lockPeriods(trx, [loanId]);
      const late = periods.filter((p) => !p.overdue_on && isPastDue(toPeriod(p), today));
      if (!late.length) return;
      const loan = await trx
        .selectFrom('loans as l')
        .innerJoin('residents as r', 'r.id', 'l.resident_id')
        .select(['l.status', 'l.resident_id', 'r.name', 'r.phone', 'l.station_id', 'l.area_id'])
        .where('l.id', '=', loanId)
        .forUpdate()
        .executeTakeFirstOrThrow();
      for (const p of late) await repo.setPeriodOverdue(trx, loanId, p.period_no, today);
      const first = late[0]!;
      const words = `第${late.map((p) => p.period_no).join('、')}期（${dueBusinessDay(first.due_on)}到期）未按时归还`;
      if (loan.status === 'repaying') {
        await loansRepo.moveLoan(trx, loanId, 'repaying', { status: 'overdue', at: now });
        await loansRepo.insertEvent(trx, {
          loan_id: loanId,
          action: 'mark_overdue',
          from_status: 'repaying',
          to_status: 'overdue',
          actor_user_id: null,
          note: words,
          at: now,
        });
      }
      const amount = formatFen(periodOpenFen({ ...toPeriod(first), overdueOn: today }));
      const key = `loans.overdue.${loanId}.${first.period_no}`;
      const applicant = await userIdOfResident(trx, loan.resident_id);
      const staff = [
        ...(await loansRepo.stationAgents(trx, loan.station_id)),
        ...(await staffCoveringArea(trx, loan.area_id, ['street_officer'])),
      ];
      await notifyUsers(trx, applicant === null ? staff : [applicant, ...staff], {
        kind: 'loans.overdue',
        text: {
          template: 'loans.overdue',
          params: { applicant: loan.name, period: first.period_no, due: dueBusinessDay(first.due_on), amount },
        },
        link: `/loans/${loanId}`,
        data: { loanId },
        dedupeKey: key,
      });
      await queueSms(trx, {
        phone: loan.phone,
        template: 'loan_overdue',
        params: { name: loan.name, period: String(first.period_no), due: dueBusinessDay(first.due_on) },
        dedupeKey: key,
      });
      marked += late.length;
    });
  }
  return marked;
}

export const loansOverdueTask: BackgroundTask = {
  name: 'loans-overdue',
  everyMs: 60 * 60 * 1000,
  async run(db) {
    await markOverdue(db, new Date());
  },
};

// ── the quarter's 贴息 ───────────────────────────────────────────────────

function quarterOrField(quarter: string, today: string) {
  const days = quarterDays(quarter);
  if (days.to > today) throw new FieldError('quarter', 'quarter_not_ended');
  return days;
}

/** Records a quarter's 贴息 for every loan of the street, once; a second run changes nothing. */
export async function recordQuarterSubsidy(ctx: ActorContext, quarter: string) {
  const { from, to } = quarterOrField(quarter, businessDay(ctx.now));
  await ctx.db.transaction().execute(async (trx) => {
    const recorded = await repo.recordQuarter(trx, { quarter, from, to, userId: ctx.actor.userId, at: ctx.now });
    if (recorded)
      await recordAudit(trx, ctx, {
        action: 'loan.subsidy_quarter',
        targetType: 'loan_subsidy_quarter',
        targetId: quarter,
        after: { quarter, from, to },
      });
  });
  return quarterSubsidy(ctx, quarter);
}

/** The quarter's 贴息 list and total for the loans of the officer's areas; not yet recorded: an empty list. */
export async function quarterSubsidy(ctx: ActorContext, quarter: string) {
  const { from, to } = quarterDays(quarter);
  const batch = await repo.quarterBatch(ctx.db, quarter);
  const lines = batch ? await repo.quarterLines(ctx.db, quarter, areaInScope('l.area_id', ctx.actor)) : [];
  return {
    quarter,
    startsOn: from,
    endsOn: to,
    recorded: batch
      ? { by: batch.display_name, at: batch.recorded_at.toISOString(), loanCount: batch.loan_count }
      : null,
    items: lines.map((l) => ({
      loanId: l.loan_id,
      applicantName: l.resident_name,
      enterpriseName: l.enterprise_name,
      bankName: l.bank_name,
      amountFen: l.amount_fen,
      rateBp: l.rate_bp ?? 0,
      interestFen: l.interest_fen,
      subsidyFen: l.subsidy_fen,
    })),
    subsidyTotalFen: lines.reduce((t, l) => t + l.subsidy_fen, 0),
  };
}

// ── jobs actually created ────────────────────────────────────────────────

/** The station records the jobs a loan actually created, once it is settled or a year after disbursement. */
export async function recordJobsCreated(
  ctx: ActorContext,
  loanId: number,
  input: z.output<typeof schemas.jobsCreatedInput>,
) {
  const row = await loanFor(ctx, loanId);
  if (!sidesOf(ctx, row).has('station')) throw new AppError('FORBIDDEN');
  if (await loansRepo.eventByKey(ctx.db, loanId, input.clientKey)) return getLoan(ctx, loanId);
  if (!jobsRecordable(row, businessDay(ctx.now))) throw new FieldError('jobsCreated', 'jobs_too_early');
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('loans')
      .set({ jobs_created: input.jobsCreated, updated_at: ctx.now })
      .where('id', '=', loanId)
      .execute();
    await loansRepo.insertEvent(trx, {
      loan_id: loanId,
      action: 'record_jobs',
      from_status: row.status,
      to_status: row.status,
      actor_user_id: ctx.actor.userId,
      note: `${input.jobsCreated} / ${row.jobs_promised}`,
      client_key: input.clientKey,
      at: ctx.now,
    });
    await recordAudit(trx, ctx, {
      action: 'loan.jobs_created',
      targetType: 'loan',
      targetId: loanId,
      before: { jobsCreated: row.jobs_created },
      after: { jobsCreated: input.jobsCreated, jobsPromised: row.jobs_promised },
    });
  });
  return getLoan(ctx, loanId);
}

// ── a material, for whoever reviews the loan ─────────────────────────────

export async function readMaterial(ctx: ActorContext, files: FileStorage, loanId: number, materialId: number) {
  await loanFor(ctx, loanId);
  const m = await loansRepo.materialFile(ctx.db, loanId, materialId);
  if (!m) throw notFound();
  const data = await files.get(m.storage_key);
  if (ctx.actor.kind === 'staff')
    await recordAudit(ctx.db, ctx, {
      action: 'loan.material_open',
      targetType: 'loan',
      targetId: loanId,
      after: { materialId, material: m.material },
    });
  return { data, mime: m.mime, name: m.original_name };
}
