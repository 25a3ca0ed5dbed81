/**
 * The ledgers (台账, SPEC §3.7) in the shapes a street reports upward: 微工厂台账, 就业台账,
 * 补贴台账 and 贷款台账, each with a 填写说明 sheet. Written with ExcelJS's streaming writer a page of rows at
 * a time, straight to the response, so a ledger of any length holds one page in memory (ADR 0062).
 * IDs and phones are masked unless the officer gives a reason; every export is audited.
 */
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import { LABEL_WORDS } from '../../../shared/benefits-rules';
import type { LoanStatus } from '../../../shared/loans/enums';
import { LOAN_STATUS_WORDS } from '../../../shared/loans/words';
import type { Ledger } from '../../../shared/schemas/dashboard';
import { maskPhone } from '../../../shared/validators';
import type { ActorContext } from '../../context';
import type { Db } from '../../db/client';
import { recordAudit } from '../../platform/audit';
import { safeCell } from '../../platform/spreadsheet';
import type { FigureScope, MonthRange } from './dashboard.repository';
import { resolvePeriod } from './dashboard.service';
import * as repo from './ledgers.repository';

const PAGE = 1000;
type Cell = string | number | null;

interface LedgerSpec<Row, Key> {
  title: string;
  columns: { header: string; width: number }[];
  instructions: string[];
  first: Key;
  page: (db: Db, scope: FigureScope, range: MonthRange, after: Key, limit: number) => Promise<Row[]>;
  keyOf: (row: Row) => Key;
  cells: (row: Row, person: PersonNumbers) => Cell[];
}

/** How a row's ID and phone numbers are written: masked, or in full when the export gave a reason. */
interface PersonNumbers {
  idNumber: (masked: string | null, sealed: Buffer | null) => string;
  phone: (phone: string) => string;
}

const yuan = (fen: number) => Math.round(fen) / 100;
const labels = (list: string[]) =>
  list.map((l) => LABEL_WORDS[l as keyof typeof LABEL_WORDS]?.['zh-CN'] ?? l).join('、');
const COMMON_NOTES = [
  '1. 本台账由社区微业平台根据业务记录自动生成，统计区域和期间见文件名；请勿手工修改数据后再上报。',
  '2. 身份证号码、手机号码默认隐去中间位；如需完整号码，须在导出时填写理由，导出行为记入审计日志。',
  '3. 金额单位为元，保留两位小数。',
];

const FACTORIES: LedgerSpec<repo.FactoryLedgerRow, number> = {
  title: '微工厂台账',
  columns: [
    { header: '序号', width: 8 },
    { header: '微工厂名称', width: 28 },
    { header: '所在社区', width: 14 },
    { header: '所在小区', width: 16 },
    { header: '行业', width: 14 },
    { header: '经营主体', width: 28 },
    { header: '负责人', width: 10 },
    { header: '负责人电话', width: 16 },
    { header: '工位数', width: 8 },
    { header: '在册人数', width: 10 },
    { header: '开办日期', width: 12 },
    { header: '状态', width: 8 },
    { header: '期间已发工资（元）', width: 18 },
    { header: '期间未付工资（元）', width: 18 },
  ],
  instructions: [
    '微工厂台账 填写说明',
    ...COMMON_NOTES,
    '4. 在册人数：统计期间内任一天在该微工厂登记在册的工人人数。',
    '5. 已发 / 未付工资：统计期间内日结工资单的合计，未付含已确认未支付的日结。',
  ],
  first: 0,
  page: repo.factoryLedgerPage,
  keyOf: (r) => r.id,
  cells: (r, person) => [
    r.name,
    r.community,
    r.area_name,
    r.industry,
    r.operator,
    r.owner_name,
    person.phone(r.owner_phone),
    r.workstations,
    r.workers,
    r.opened,
    { preparing: '筹建', operating: '运营', closed: '停业' }[r.status] ?? r.status,
    yuan(r.paid_fen),
    yuan(r.unpaid_fen),
  ],
};

const EMPLOYMENT: LedgerSpec<repo.EmploymentLedgerRow, string> = {
  title: '就业台账',
  columns: [
    { header: '序号', width: 8 },
    { header: '姓名', width: 10 },
    { header: '身份证号码', width: 22 },
    { header: '手机号码', width: 16 },
    { header: '人员类别', width: 20 },
    { header: '所在社区', width: 14 },
    { header: '用工单位', width: 28 },
    { header: '岗位', width: 14 },
    { header: '就业日期', width: 12 },
    { header: '就业渠道', width: 12 },
  ],
  instructions: [
    '就业台账 填写说明',
    ...COMMON_NOTES,
    '4. 统计期间内开始就业的人员：经平台录用、社区登记的就业，以及登记进入微工厂的计件工人。',
    '5. 人员类别取自居民档案的人员标签（宝妈、就业困难人员、大龄劳动者等）。',
  ],
  first: '',
  page: repo.employmentLedgerPage,
  keyOf: (r) => r.id,
  cells: (r, person) => [
    r.name,
    person.idNumber(r.id_number_masked, r.id_number_enc),
    person.phone(r.phone),
    labels(r.labels),
    r.community,
    r.employer,
    r.title,
    r.start_date,
    { platform: '平台录用', recorded: '社区登记', micro_factory: '微工厂' }[r.source] ?? r.source,
  ],
};

const SUBSIDIES: LedgerSpec<repo.SubsidyLedgerRow, number> = {
  title: '补贴台账',
  columns: [
    { header: '序号', width: 8 },
    { header: '补贴项目', width: 24 },
    { header: '享受对象', width: 28 },
    { header: '对象类型', width: 10 },
    { header: '统一社会信用代码 / 身份证号码', width: 26 },
    { header: '联系电话', width: 16 },
    { header: '所在社区', width: 14 },
    { header: '金额（元）', width: 12 },
    { header: '发放日期', width: 12 },
    { header: '发放批次', width: 10 },
  ],
  instructions: [
    '补贴台账 填写说明',
    ...COMMON_NOTES,
    '4. 统计期间内已发放的补贴，每笔一行；发放批次为平台的支付批次编号。',
    '5. 企业对象填统一社会信用代码，个人对象填身份证号码。',
  ],
  first: 0,
  page: repo.subsidyLedgerPage,
  keyOf: (r) => r.id,
  cells: (r, person) => [
    r.policy,
    r.subject,
    r.subject_kind === 'enterprise' ? '企业' : '个人',
    r.credit_code ?? person.idNumber(r.id_number_masked, r.id_number_enc),
    person.phone(r.phone),
    r.community,
    yuan(r.amount_fen),
    r.paid_on,
    r.batch_id,
  ],
};

const LOANS: LedgerSpec<repo.LoanLedgerRow, number> = {
  title: '贷款台账',
  columns: [
    { header: '序号', width: 8 },
    { header: '贷款品种', width: 22 },
    { header: '借款主体', width: 28 },
    { header: '申请人', width: 10 },
    { header: '统一社会信用代码', width: 22 },
    { header: '申请人身份证号码', width: 22 },
    { header: '手机号码', width: 16 },
    { header: '所在社区', width: 14 },
    { header: '受理驿站', width: 22 },
    { header: '贷款金额（元）', width: 14 },
    { header: '期限（月）', width: 10 },
    { header: '年利率（%）', width: 10 },
    { header: '发放日期', width: 12 },
    { header: '到期日期', width: 12 },
    { header: '承诺带动就业（人）', width: 16 },
    { header: '实际带动就业（人）', width: 16 },
    { header: '状态', width: 14 },
    { header: '贴息合计（元）', width: 14 },
  ],
  instructions: [
    '贷款台账 填写说明',
    ...COMMON_NOTES,
    '4. 统计期间内已发放的创业担保贷款，每笔一行，按发放日期统计；所在社区为申请时登记的区域。',
    '5. 实际带动就业为借款主体报送的人数，未报送的留空；贴息合计为还款计划中各期财政贴息之和。',
  ],
  first: 0,
  page: repo.loanLedgerPage,
  keyOf: (r) => r.id,
  cells: (r, person) => [
    r.product,
    r.borrower,
    r.applicant,
    r.credit_code ?? '',
    person.idNumber(r.id_number_masked, r.id_number_enc),
    person.phone(r.phone),
    r.community,
    r.station,
    yuan(r.amount_fen),
    r.term_months,
    r.rate_bp === null ? null : r.rate_bp / 100,
    r.disbursed_on,
    r.maturity_on,
    r.jobs_promised,
    r.jobs_created,
    LOAN_STATUS_WORDS[r.status as LoanStatus]?.['zh-CN'] ?? r.status,
    yuan(r.subsidy_fen),
  ],
};

const SPECS = { factories: FACTORIES, employment: EMPLOYMENT, subsidies: SUBSIDIES, loans: LOANS } as const;

/**
 * Checks the request and audits the export before anything is sent; the returned function then
 * writes the workbook into the response stream.
 */
export async function prepareLedger(
  ctx: ActorContext,
  ledger: Ledger,
  query: { area?: number; from?: string; to?: string; reason?: string },
): Promise<{ fileName: string; write: (out: Writable) => Promise<number> }> {
  const { area, from, to, range } = await resolvePeriod(ctx, query);
  const scope = { areaPath: area.path, actorPaths: ctx.actor.areaPaths };
  const spec = SPECS[ledger] as LedgerSpec<unknown, unknown>;
  const reveal = query.reason !== undefined;
  await recordAudit(ctx.db, ctx, {
    action: reveal ? 'dashboard.ledger_reveal' : 'dashboard.ledger_export',
    targetType: 'area',
    targetId: area.id,
    after: { ledger, from, to, revealed: reveal, ...(reveal ? { reason: query.reason } : {}) },
  });
  const person: PersonNumbers = reveal
    ? {
        idNumber: (masked, sealed) => (sealed ? ctx.cipher.decrypt(sealed) : (masked ?? '')),
        phone: (phone) => phone,
      }
    : { idNumber: (masked) => masked ?? '', phone: (phone) => (phone ? maskPhone(phone) : '') };
  return {
    fileName: `${area.name}-${spec.title}-${from}至${to}.xlsx`,
    write: (out) => writeLedger(ctx.db, spec, scope, range, person, out),
  };
}

async function writeLedger<Row, Key>(
  db: Db,
  spec: LedgerSpec<Row, Key>,
  scope: FigureScope,
  range: MonthRange,
  person: PersonNumbers,
  out: Writable,
): Promise<number> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = book.addWorksheet(spec.title);
  sheet.columns = spec.columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  let written = 0;
  for (let after = spec.first; ;) {
    const rows = await spec.page(db, scope, range, after, PAGE);
    for (const row of rows) sheet.addRow([++written, ...spec.cells(row, person).map(safeCell)]).commit();
    if (rows.length < PAGE) break;
    after = spec.keyOf(rows[rows.length - 1]!);
  }
  sheet.commit();
  const notes = book.addWorksheet('填写说明');
  notes.columns = [{ header: spec.instructions[0]!, width: 100 }];
  notes.getRow(1).font = { bold: true };
  for (const line of spec.instructions.slice(1)) notes.addRow([safeCell(line)]).commit();
  notes.commit();
  await book.commit();
  return written;
}
