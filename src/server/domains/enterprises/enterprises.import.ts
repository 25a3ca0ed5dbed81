/**
 * Enterprises from Excel (SPEC §3.7): each row is checked by the registration form's own schema
 * (createEnterprise: the 统一社会信用代码 rule, the mobile rule), placed in an area the officer
 * serves, and matched to an enterprise already on file by its credit code, so importing a file
 * twice changes nothing (ADR 0070).
 */
import type { z } from 'zod';
import { CHOICE_WORDS } from '../../../shared/benefits-rules';
import { ENTERPRISE_TYPES } from '../../../shared/enums';
import { createEnterprise } from '../../../shared/schemas/enterprises';
import { resolveArea, type CellProblem, type ImportKindDefinition } from '../../core/import-kind';
import * as repo from './enterprises.repository';
import { insertEnterpriseRecord } from './enterprises.service';

type Input = z.output<typeof createEnterprise>;
const rowSchema = createEnterprise.omit({ areaId: true });
/** The sheet's column for each of the schema's fields, where the two differ. */
const COLUMN_OF: Record<string, string> = { name: 'enterpriseName', type: 'enterpriseType' };

export const enterprisesImport: ImportKindDefinition<Input> = {
  kind: 'enterprises',
  title: '企业',
  keyColumn: 'creditCode',
  columns: [
    { field: 'enterpriseName', required: true, note: '营业执照上的名称' },
    { field: 'creditCode', required: true, note: '18位统一社会信用代码' },
    {
      field: 'enterpriseType',
      required: true,
      note: ENTERPRISE_TYPES.map((t) => CHOICE_WORDS[t]!['zh-CN']).join('、'),
    },
    { field: 'areaId', required: true, note: '您服务范围内的社区、小区或场所名称；重名时写成“社区/小区”' },
    { field: 'ownerName', required: true, note: '负责人姓名' },
    { field: 'ownerPhone', required: true, note: '负责人的11位手机号码' },
    { field: 'establishedOn', required: false, note: '年-月-日，例如 2024-03-15' },
  ],
  check(cells, areas) {
    const problems: CellProblem[] = [];
    const given = (field: string) => (cells[field] ? cells[field] : undefined);
    const type = given('enterpriseType');
    const parsed = rowSchema.safeParse({
      name: given('enterpriseName'),
      creditCode: given('creditCode'),
      type: type && (ENTERPRISE_TYPES.find((t) => t === type || CHOICE_WORDS[t]!['zh-CN'] === type) ?? type),
      ownerName: given('ownerName'),
      ownerPhone: given('ownerPhone'),
      ...(given('establishedOn') ? { establishedOn: given('establishedOn') } : {}),
    });
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        problems.push({ column: COLUMN_OF[field] ?? field, problem: issue.message });
      }
    const area = cells.areaId
      ? resolveArea(cells.areaId, areas, ['street', 'community', 'compound', 'place'])
      : { problem: 'required' };
    if ('problem' in area) problems.push({ column: 'areaId', problem: area.problem });
    if (!parsed.success || 'problem' in area) return { problems };
    return { input: { ...parsed.data, areaId: area.id }, key: parsed.data.creditCode, problems };
  },
  async existing(ctx, keys) {
    return new Set(await repo.existingCreditCodes(ctx.db, keys));
  },
  async insert(trx, ctx, input) {
    await insertEnterpriseRecord(trx, ctx, input);
  },
};
