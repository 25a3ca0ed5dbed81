/**
 * Posts that ask job seekers for money are refused (SPEC §3.2 Trust; 《就业服务与
 * 就业管理规定》 forbids employers to charge deposits or fees). The words are
 * the common names of such charges. A word is a promise, not a demand, when its
 * clause says so (ADR 0027):
 * - before it, a negation followed only by verbs of paying and quantifiers
 *   ("不收取任何押金和费用", "无需押金", "免押金、培训费"), or the employer paying
 *   ("工厂报销体检费", "包工装费");
 * - after it, that nothing is charged or who pays ("押金：无", "体检费由工厂承担", "服装费全免").
 * Anything else with such a word is a demand ("入职需交押金200元", "押金由员工承担").
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

/** Marks that end a clause; "、" and "和" join words inside one. */
const CLAUSE_END = /[，,。.;；！!？?\n]/;

/**
 * Words that may stand between a negation and the fee word without changing
 * what is said: verbs of asking and paying, quantifiers, conjunctions and the
 * other fee words of a list ("不收取任何押金和培训费"). Longest first.
 */
const FILLERS = [
  ...FEE_WORDS,
  '任何形式的',
  '任何形式',
  '收取',
  '交纳',
  '缴纳',
  '支付',
  '需要',
  '任何',
  '一切',
  '其他',
  '其它',
  '额外',
  '费用',
  '以及',
  '另外',
  '收',
  '交',
  '缴',
  '付',
  '需',
  '要',
  '用',
  '的',
  '和',
  '及',
  '与',
  '或',
  '、',
  '/',
].sort((a, b) => b.length - a.length);

/** What a clause may say right before the (fillers and the) fee word for it to be a promise. */
const NEGATIONS = ['不', '无', '免', '零', '没有', '拒绝', '杜绝', '禁止', '严禁', '绝不'];
/** The employer pays: a promise unless itself negated ("不报销体检费"). */
const EMPLOYER_PAYS_BEFORE = ['报销', '承担', '包'];
/** "员工自行承担体检费": the worker pays, whatever verb follows. */
const WORKER_PAYS = /自行|自己|自费|个人|本人|员工|工人|求职者|应聘者|学员/;
/** Said right after the word (and any other fee words of its list): nothing is charged. */
const NOTHING_AFTER =
  /^[:：是]?(无|免|全免|全部免|一律免|一律不|不收|不需|不用|不要|没有|为0|为零|零元|0元|0(?![0-9.]))/;
/** Said after the word within its clause: the employer pays ("体检费由工厂承担", "工装费公司出"). */
const EMPLOYER_PAYS_AFTER =
  /(由)?(工厂|公司|单位|用人单位|企业|店里|本店|厂里|厂方|本厂|本公司|老板|我方|我司)(全额)?(承担|负担|支付|出|报销|包)/;

function stripFillers(text: string, from: 'end' | 'start'): string {
  let rest = text;
  for (;;) {
    const filler = FILLERS.find((f) => (from === 'end' ? rest.endsWith(f) : rest.startsWith(f)));
    if (!filler) return rest;
    rest = from === 'end' ? rest.slice(0, rest.length - filler.length) : rest.slice(filler.length);
  }
}

function promisedBefore(clauseBefore: string): boolean {
  const rest = stripFillers(clauseBefore, 'end');
  const pays = EMPLOYER_PAYS_BEFORE.find((w) => rest.endsWith(w));
  if (pays) return !rest.slice(0, rest.length - pays.length).endsWith('不') && !WORKER_PAYS.test(rest);
  return NEGATIONS.some((n) => rest.endsWith(n));
}

function promisedAfter(clauseAfter: string): boolean {
  return NOTHING_AFTER.test(stripFillers(clauseAfter, 'start')) || EMPLOYER_PAYS_AFTER.test(clauseAfter);
}

/** The first fee word the text demands, or null. */
export function findFeeDemand(text: string | null | undefined): string | null {
  if (!text) return null;
  const compact = text.replace(/\s+/g, '');
  for (const word of FEE_WORDS) {
    let from = 0;
    for (;;) {
      const at = compact.indexOf(word, from);
      if (at < 0) break;
      const clauseBefore = compact.slice(0, at).split(CLAUSE_END).pop() ?? '';
      const clauseAfter = compact.slice(at + word.length).split(CLAUSE_END)[0] ?? '';
      if (!promisedBefore(clauseBefore) && !promisedAfter(clauseAfter)) return word;
      from = at + word.length;
    }
  }
  return null;
}
