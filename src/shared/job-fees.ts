/**
 * Posts that ask job seekers for money are refused (SPEC §3.2 Trust; 《就业服务与
 * 就业管理规定》 forbids employers to charge deposits or fees). The words are
 * the common names of such charges; a word right after a negation ("不收押金",
 * "无需培训费") is a promise, not a demand (ADR 0027).
 */
export const FEE_WORDS = [
  '押金',
  '保证金',
  '培训费',
  '服装费',
  '工装费',
  '制服费',
  '体检费',
  '报名费',
  '中介费',
  '介绍费',
  '手续费',
  '资料费',
  '办卡费',
  '入职费',
  '建档费',
  '上岗费',
] as const;

const NEGATIONS = [
  '不收',
  '不交',
  '无需',
  '不需',
  '不用',
  '免收',
  '免交',
  '免',
  '无',
  '不要',
  '没有',
  '零',
  '承担',
  '报销',
  '包',
];
/** "体检费由工厂承担": the employer pays, said after the word. */
const EMPLOYER_PAYS_AFTER = ['由工厂', '由公司', '由单位', '由店', '承担', '报销', '全免'];

/** The first fee word the text demands, or null. */
export function findFeeDemand(text: string | null | undefined): string | null {
  if (!text) return null;
  const compact = text.replace(/\s+/g, '');
  for (const word of FEE_WORDS) {
    let from = 0;
    for (;;) {
      const at = compact.indexOf(word, from);
      if (at < 0) break;
      // "不收任何押金" / "无押金": a negation within four characters before the word, in the same clause.
      const before =
        compact
          .slice(Math.max(0, at - 4), at)
          .split(/[，,。.;；、！!？?：:]/)
          .pop() ?? '';
      const after = compact.slice(at + word.length, at + word.length + 6).split(/[，,。.;；、！!？?：:]/)[0] ?? '';
      const negated = NEGATIONS.some((n) => before.includes(n)) || EMPLOYER_PAYS_AFTER.some((n) => after.includes(n));
      if (!negated) return word;
      from = at + word.length;
    }
  }
  return null;
}
