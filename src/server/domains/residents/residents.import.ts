/**
 * Residents from Excel (SPEC §3.7): each row is checked by the registration form's own schema
 * (createResident: the 身份证 rule, the mobile rule), placed in a compound the officer serves, and
 * matched to a resident already on file by the 身份证 blind index, so importing a file twice
 * changes nothing (ADR 0070).
 */
import type { z } from 'zod';
import { LABEL_WORDS, CHOICE_WORDS } from '../../../shared/benefits-rules';
import { RESIDENT_LABELS } from '../../../shared/enums';
import { createResident } from '../../../shared/schemas/residents';
import { resolveArea, type CellProblem, type ImportKindDefinition } from '../../core/import-kind';
import * as repo from './residents.repository';
import { insertResidentRecord } from './residents.service';

type Input = z.output<typeof createResident>;
const rowSchema = createResident.omit({ compoundId: true });

/** A word of the sheet (宝妈, female, 女) as the code it stands for, or the word itself. */
function codeOf(word: string, codes: readonly string[], words: Record<string, Record<string, string>>): string {
  const found = codes.find((c) => c === word || words[c]?.['zh-CN'] === word || words[c]?.en === word);
  return found ?? word;
}

export const residentsImport: ImportKindDefinition<Input> = {
  kind: 'residents',
  title: '居民',
  keyColumn: 'idNumber',
  columns: [
    { field: 'name', required: true, note: '居民姓名' },
    { field: 'idNumber', required: true, note: '18位居民身份证号码，单元格设为文本，末位X大小写均可' },
    { field: 'phone', required: true, note: '11位手机号码' },
    { field: 'compoundId', required: true, note: '您服务范围内的小区或社区名称；重名时写成“社区/小区”' },
    { field: 'gender', required: false, note: '女 或 男；不填则按身份证号码' },
    {
      field: 'labels',
      required: false,
      note: `人员标签，多个用顿号分隔：${RESIDENT_LABELS.map((l) => LABEL_WORDS[l]['zh-CN']).join('、')}`,
    },
    { field: 'hukouArea', required: false, note: '户籍所在地，例如 山东省青岛市黄岛区' },
  ],
  check(cells, areas) {
    const problems: CellProblem[] = [];
    const given = (field: string) => (cells[field] ? cells[field] : undefined);
    const labels = given('labels')
      ?.split(/[、,，;；\s]+/)
      .filter(Boolean)
      .map((w) => codeOf(w, RESIDENT_LABELS, LABEL_WORDS));
    const gender = given('gender');
    const parsed = rowSchema.safeParse({
      name: given('name'),
      idNumber: given('idNumber'),
      phone: given('phone'),
      ...(gender ? { gender: codeOf(gender, ['female', 'male'], CHOICE_WORDS) } : {}),
      ...(labels ? { labels } : {}),
      ...(given('hukouArea') ? { hukouArea: given('hukouArea') } : {}),
    });
    if (!parsed.success)
      for (const issue of parsed.error.issues) problems.push({ column: String(issue.path[0]), problem: issue.message });
    const home = cells.compoundId
      ? resolveArea(cells.compoundId, areas, ['compound', 'community'])
      : { problem: 'required' };
    if ('problem' in home) problems.push({ column: 'compoundId', problem: home.problem });
    if (!parsed.success || 'problem' in home) return { problems };
    return {
      input: { ...parsed.data, compoundId: home.id },
      key: parsed.data.idNumber,
      unique: [{ column: 'phone', value: parsed.data.phone }],
      problems,
    };
  },
  async existing(ctx, keys) {
    const byHash = new Map(keys.map((k) => [ctx.cipher.blindIndex(k).toString('hex'), k]));
    const found = await repo.existingIdHashes(
      ctx.db,
      keys.map((k) => ctx.cipher.blindIndex(k)),
    );
    return new Set(found.map((h) => byHash.get(h.toString('hex'))!));
  },
  async taken(ctx, unique) {
    return new Set(
      await repo.takenPhones(
        ctx.db,
        unique.map((u) => u.value),
      ),
    );
  },
  async insert(trx, ctx, input) {
    await insertResidentRecord(trx, ctx, input);
  },
};
