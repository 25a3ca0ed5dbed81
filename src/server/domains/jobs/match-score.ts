/**
 * One match score from named parts (SPEC §3.2 Matching, ADR 0024). Every
 * part gives a value in 0…1 and a sentence a person can read; the weights
 * below are the only place the parts are balanced against each other. Hard
 * limits are not a low score: a post outside them is not a match at all.
 * The database applies the same hard limits (nearest first, within the
 * walking radius, inside the free time) and ranks a resident's pool with the
 * same arithmetic in SQL (jobs_ranked_posts, ADR 0033; matching.db.test.ts
 * holds the two together); this module scores and explains what is shown.
 * A change to a part's formula here is a change to that function too.
 */
import { personWords, type Audience } from '../../../shared/audience';
import type { Locale } from '../../../shared/errors';
import { fitsWithTravel, type ScheduleWindow } from '../../../shared/job-schedule';
import { JOB_TYPE_WORDS, PAY_UNIT_WORDS, skillWord, yuan } from '../../../shared/job-words';

export type Part = 'walk' | 'schedule' | 'skills' | 'pay' | 'preference';

/** Points out of 100 each part can give. See ADR 0024 for why these. */
export const MATCH_WEIGHTS: Record<Part, number> = { walk: 30, schedule: 25, skills: 20, pay: 15, preference: 10 };

/** An adult's walking pace and how much longer streets are than the straight line between two compounds. */
export const WALKING = { kmPerHour: 4.8, detourFactor: 1.3 } as const;

/** Hours in a pay unit, to compare a monthly wage with an hourly expectation (21.75 working days of 8 hours). */
export const HOURS_PER_UNIT = { hour: 1, day: 8, month: 174 } as const;

export type PayUnit = 'month' | 'day' | 'hour' | 'piece';

/** Straight-line kilometres → walking minutes, rounded up, at least 1. */
export function walkingMinutes(straightKm: number): number {
  return Math.max(1, Math.ceil(((straightKm * WALKING.detourFactor) / WALKING.kmPerHour) * 60));
}

/** The straight-line radius a walking limit allows (the inverse, for the database's circle). */
export function radiusKmForMinutes(minutes: number): number {
  return ((minutes / 60) * WALKING.kmPerHour) / WALKING.detourFactor;
}

/**
 * The latitude at which a degree of longitude is measured (the demo district,
 * 青岛西海岸新区, lies at about 36° N). One fixed latitude for the whole
 * deployment keeps every point on the same plane; within a district the
 * error is far below the detour factor's (ADR 0025).
 */
export const REFERENCE_LATITUDE = 36;
export const KM_PER_DEGREE_LAT = 110.574;
export const KM_PER_DEGREE_LNG = 111.32 * Math.cos((REFERENCE_LATITUDE * Math.PI) / 180);

/** Longitude/latitude → kilometres on the deployment's plane. */
export function projectKm(lat: number, lng: number): { x: number; y: number } {
  return { x: lng * KM_PER_DEGREE_LNG, y: lat * KM_PER_DEGREE_LAT };
}

export interface PostFacts {
  type: string;
  flexible: boolean;
  /** Half-hour slots the post's fixed schedule covers. */
  slotCount: number;
  /** The fixed schedule itself, when known: whether the school run fits depends on the walk at each end. */
  windows?: readonly ScheduleWindow[];
  payMinFen: number;
  payMaxFen: number;
  payUnit: PayUnit;
  skills: readonly string[];
  motherCertified: boolean;
}

export interface SeekerFacts {
  maxWalkMinutes: number;
  /** Slots of free time the seeker declared (0: none declared, so no schedule limit). */
  slotCount: number;
  schoolHoursPreset: boolean;
  /** The free time itself, when known (the school hours for someone who keeps to them). */
  windows?: readonly ScheduleWindow[];
  skills: readonly string[];
  jobTypes: readonly string[];
  minPayFen: number | null;
  minPayUnit: PayUnit | null;
}

export interface PairFacts {
  straightKm: number;
  /** Slots both in the post's schedule and in the seeker's free time. */
  overlapSlots: number;
}

export type Reason =
  | { part: 'walk'; code: 'walk'; minutes: number }
  | {
      part: 'schedule';
      code: 'flexible' | 'flexible_school' | 'fits' | 'fits_school' | 'unknown' | 'partial';
      percent?: number;
    }
  | { part: 'schedule'; code: 'school_walk'; minutes: number }
  | { part: 'skills'; code: 'none_required' | 'has_all' | 'missing'; skills: string[] }
  | {
      part: 'pay';
      code: 'above' | 'covers' | 'below' | 'piece' | 'no_expectation';
      min: number;
      max: number;
      unit: PayUnit;
    }
  | { part: 'preference'; code: 'type_wanted' | 'type_other' | 'type_any'; type: string }
  | { part: 'preference'; code: 'mother'; type: string };

export interface ScoredPart {
  part: Part;
  value: number;
  points: number;
  good: boolean;
  reasons: Reason[];
}

export type HardLimit = 'walk' | 'schedule';

/** Why a pair is not a match at all, or null when it is one. */
export function hardLimit(post: PostFacts, seeker: SeekerFacts, pair: PairFacts): HardLimit | null {
  if (walkingMinutes(pair.straightKm) > seeker.maxWalkMinutes) return 'walk';
  if (!post.flexible && post.slotCount > 0 && seeker.slotCount > 0 && pair.overlapSlots === 0) return 'schedule';
  return null;
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));

function hourly(fen: number, unit: Exclude<PayUnit, 'piece'>): number {
  return fen / HOURS_PER_UNIT[unit];
}

export function walkPart(seeker: SeekerFacts, pair: PairFacts): Omit<ScoredPart, 'points'> {
  const minutes = walkingMinutes(pair.straightKm);
  const value = clamp(1 - (minutes - 1) / seeker.maxWalkMinutes);
  return {
    part: 'walk',
    value,
    good: minutes <= Math.max(10, seeker.maxWalkMinutes / 2),
    reasons: [{ part: 'walk', code: 'walk', minutes }],
  };
}

export function schedulePart(post: PostFacts, seeker: SeekerFacts, pair: PairFacts): Omit<ScoredPart, 'points'> {
  if (post.flexible || post.slotCount === 0) {
    return {
      part: 'schedule',
      value: 1,
      good: true,
      reasons: [{ part: 'schedule', code: seeker.schoolHoursPreset ? 'flexible_school' : 'flexible' }],
    };
  }
  if (seeker.slotCount === 0)
    return { part: 'schedule', value: 0.5, good: false, reasons: [{ part: 'schedule', code: 'unknown' }] };
  const share = pair.overlapSlots / post.slotCount;
  if (share >= 1) {
    if (!seeker.schoolHoursPreset)
      return { part: 'schedule', value: 1, good: true, reasons: [{ part: 'schedule', code: 'fits' }] };
    // The hours lie inside the school hours; whether the school run fits also depends on the walk
    // before the shift and after it. The value stays the overlap's (jobs_ranked_posts ranks by it);
    // only the sentence and its colour change.
    const walk = walkingMinutes(pair.straightKm);
    if (post.windows && seeker.windows && fitsWithTravel(post.windows, seeker.windows, walk))
      return { part: 'schedule', value: 1, good: true, reasons: [{ part: 'schedule', code: 'fits_school' }] };
    if (!post.windows || !seeker.windows)
      return { part: 'schedule', value: 1, good: true, reasons: [{ part: 'schedule', code: 'fits' }] };
    return {
      part: 'schedule',
      value: 1,
      good: false,
      reasons: [{ part: 'schedule', code: 'school_walk', minutes: walk }],
    };
  }
  return {
    part: 'schedule',
    value: clamp(share),
    good: false,
    reasons: [{ part: 'schedule', code: 'partial', percent: Math.round(share * 100) }],
  };
}

export function skillsPart(post: PostFacts, seeker: SeekerFacts): Omit<ScoredPart, 'points'> {
  if (post.skills.length === 0)
    return { part: 'skills', value: 1, good: true, reasons: [{ part: 'skills', code: 'none_required', skills: [] }] };
  // A post asks for a few skills and a person has a few: scanning the short lists is cheaper than building a Set.
  const missing: string[] = [];
  const matched: string[] = [];
  for (const s of post.skills) (seeker.skills.includes(s) ? matched : missing).push(s);
  const value = matched.length / post.skills.length;
  const reasons: Reason[] = [];
  if (matched.length > 0) reasons.push({ part: 'skills', code: 'has_all', skills: matched });
  if (missing.length > 0) reasons.push({ part: 'skills', code: 'missing', skills: missing });
  return { part: 'skills', value, good: missing.length === 0, reasons };
}

function payReason(post: PostFacts, code: Extract<Reason, { part: 'pay' }>['code']): Reason {
  return { part: 'pay', code, min: post.payMinFen, max: post.payMaxFen, unit: post.payUnit };
}

export function payPart(post: PostFacts, seeker: SeekerFacts): Omit<ScoredPart, 'points'> {
  if (seeker.minPayFen === null || seeker.minPayUnit === null) {
    return { part: 'pay', value: 1, good: true, reasons: [payReason(post, 'no_expectation')] };
  }
  if (post.payUnit === 'piece' || seeker.minPayUnit === 'piece') {
    // A piece rate cannot be compared with a wage without knowing the pace; neither good nor bad.
    return { part: 'pay', value: 0.6, good: true, reasons: [payReason(post, 'piece')] };
  }
  const want = hourly(seeker.minPayFen, seeker.minPayUnit);
  const low = hourly(post.payMinFen, post.payUnit);
  const high = hourly(post.payMaxFen, post.payUnit);
  if (want === 0 || low >= want) return { part: 'pay', value: 1, good: true, reasons: [payReason(post, 'above')] };
  if (high >= want) return { part: 'pay', value: 0.7, good: true, reasons: [payReason(post, 'covers')] };
  return { part: 'pay', value: clamp((high / want) * 0.5), good: false, reasons: [payReason(post, 'below')] };
}

export function preferencePart(post: PostFacts, seeker: SeekerFacts): Omit<ScoredPart, 'points'> {
  const reasons: Reason[] = [];
  let value: number;
  if (seeker.jobTypes.length === 0) {
    value = 0.5;
    reasons.push({ part: 'preference', code: 'type_any', type: post.type });
  } else if (seeker.jobTypes.includes(post.type)) {
    value = 1;
    reasons.push({ part: 'preference', code: 'type_wanted', type: post.type });
  } else {
    value = 0;
    reasons.push({ part: 'preference', code: 'type_other', type: post.type });
  }
  // A certified 妈妈岗 is what someone who keeps to school hours is looking for.
  if (post.motherCertified && seeker.schoolHoursPreset) {
    value = Math.min(1, value + 0.5);
    reasons.push({ part: 'preference', code: 'mother', type: post.type });
  }
  return { part: 'preference', value, good: value >= 0.5, reasons };
}

export interface MatchScore {
  score: number;
  walkMinutes: number;
  parts: ScoredPart[];
}

/** The score out of 100 (one decimal) with every part; call only for pairs that pass hardLimit. */
export function scoreMatch(post: PostFacts, seeker: SeekerFacts, pair: PairFacts): MatchScore {
  const parts = [
    withPoints(walkPart(seeker, pair)),
    withPoints(schedulePart(post, seeker, pair)),
    withPoints(skillsPart(post, seeker)),
    withPoints(payPart(post, seeker)),
    withPoints(preferencePart(post, seeker)),
  ];
  // The weighted sum in the parts' order (jobs_ranked_posts adds them in the same order).
  let sum = 0;
  for (const p of parts) sum += p.value * MATCH_WEIGHTS[p.part];
  return { score: Math.round(sum * 10) / 10, walkMinutes: walkingMinutes(pair.straightKm), parts };
}

/** Built field by field: on V8 a spread followed by a new key ({ ...p, points }) is some fifty times dearer. */
function withPoints(p: Omit<ScoredPart, 'points'>): ScoredPart {
  return {
    part: p.part,
    value: p.value,
    good: p.good,
    reasons: p.reasons,
    points: Math.round(p.value * MATCH_WEIGHTS[p.part] * 10) / 10,
  };
}

function list(words: string[], locale: Locale) {
  return words.join(locale === 'zh-CN' ? '、' : ', ');
}

function money(r: { min: number; max: number; unit: PayUnit }, locale: Locale) {
  const range = r.min === r.max ? yuan(r.min) : `${yuan(r.min)}–${yuan(r.max)}`;
  return locale === 'zh-CN' ? `${range}${PAY_UNIT_WORDS[r.unit]['zh-CN']}` : `${range} ${PAY_UNIT_WORDS[r.unit].en}`;
}

/**
 * A reason as a sentence in the reader's language, spoken to the resident herself or, for anyone else
 * (an officer doing 代办, an employer), of her (src/shared/audience.ts).
 */
export function reasonText(r: Reason, locale: Locale, audience: Audience = 'resident'): string {
  const zh = locale === 'zh-CN';
  const { who, whose } = personWords(audience, locale);
  switch (r.code) {
    case 'walk':
      return zh ? `步行约${r.minutes}分钟` : `About ${r.minutes} min on foot`;
    case 'flexible':
      return zh ? '时间灵活，可随时离岗' : 'Flexible hours, step out when needed';
    case 'flexible_school':
      return zh ? '时间灵活，不耽误接送孩子' : 'Flexible hours, school runs still fit';
    case 'fits':
      return zh ? `工作时间都在${whose}空闲时间内` : `All working hours are within ${whose} free time`;
    case 'fits_school':
      return zh ? '与接送孩子时间不冲突' : 'No clash with taking the children to school';
    case 'school_walk':
      return zh
        ? `工作时间在接送孩子的时间之间，但单程步行约${r.minutes}分钟，上班或接孩子可能来不及`
        : `The hours sit between the school runs, but with about ${r.minutes} min on foot each way, getting to work or to the school gate may be late`;
    case 'unknown':
      return zh ? `${who}还没有填写空闲时间` : `No free time given yet for ${who}`;
    case 'partial':
      return zh
        ? `约${r.percent}%的工作时间在${whose}空闲时间内`
        : `About ${r.percent}% of the hours are in ${whose} free time`;
    case 'none_required':
      return zh ? '无技能要求' : 'No skills required';
    case 'has_all':
      return zh
        ? `技能符合：${list(
            r.skills.map((s) => skillWord(s, locale)),
            locale,
          )}`
        : `Has the skills: ${list(
            r.skills.map((s) => skillWord(s, locale)),
            locale,
          )}`;
    case 'missing':
      return zh
        ? `缺少技能：${list(
            r.skills.map((s) => skillWord(s, locale)),
            locale,
          )}`
        : `Missing skills: ${list(
            r.skills.map((s) => skillWord(s, locale)),
            locale,
          )}`;
    case 'no_expectation':
      return zh ? `工资${money(r, locale)}` : `Pays ${money(r, locale)}`;
    case 'above':
      return zh
        ? `工资${money(r, locale)}，不低于${whose}期望`
        : `Pays ${money(r, locale)}, at least what ${who} asked`;
    case 'covers':
      return zh
        ? `工资${money(r, locale)}，可达到${whose}期望`
        : `Pays ${money(r, locale)}, can reach what ${who} asked`;
    case 'below':
      return zh ? `工资${money(r, locale)}，低于${whose}期望` : `Pays ${money(r, locale)}, below what ${who} asked`;
    case 'piece':
      return zh ? `计件工资${money(r, locale)}，多劳多得` : `Piece rate ${money(r, locale)}: paid for every piece made`;
    case 'type_wanted':
      return zh
        ? `是${who}想找的${JOB_TYPE_WORDS[r.type as keyof typeof JOB_TYPE_WORDS]?.['zh-CN'] ?? r.type}工作`
        : `A ${JOB_TYPE_WORDS[r.type as keyof typeof JOB_TYPE_WORDS]?.en ?? r.type} job, as ${who} wanted`;
    case 'type_other':
      return zh
        ? `${JOB_TYPE_WORDS[r.type as keyof typeof JOB_TYPE_WORDS]?.['zh-CN'] ?? r.type}，不在${who}选的岗位类型中`
        : `${JOB_TYPE_WORDS[r.type as keyof typeof JOB_TYPE_WORDS]?.en ?? r.type}, not a type ${who} chose`;
    case 'type_any':
      return zh
        ? `${JOB_TYPE_WORDS[r.type as keyof typeof JOB_TYPE_WORDS]?.['zh-CN'] ?? r.type}岗位`
        : `${JOB_TYPE_WORDS[r.type as keyof typeof JOB_TYPE_WORDS]?.en ?? r.type} job`;
    case 'mother':
      return zh ? '街道认证的妈妈岗' : 'Certified mother-friendly post';
  }
}

/** The parts as the API shows them: one line per reason, with the part's points. */
export function presentReasons(parts: ScoredPart[], locale: Locale, audience: Audience = 'resident') {
  // Plain loops: flatMap over nested maps costs more than the sentences themselves.
  const out: { part: Part; points: number; good: boolean; text: string }[] = [];
  for (const p of parts) {
    for (let i = 0; i < p.reasons.length; i++) {
      const r = p.reasons[i]!;
      out.push({
        part: p.part,
        points: i === 0 ? p.points : 0,
        good: r.code === 'missing' ? false : p.good || r.code === 'has_all',
        text: reasonText(r, locale, audience),
      });
    }
  }
  return out;
}
