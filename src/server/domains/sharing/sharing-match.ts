/**
 * Ranking a firm's counterparts (共享用工 matching, SPEC §3.5): a surplus post against shortage
 * posts or the other way round, from three named parts, each with a sentence a person can read —
 * as job matching does (ADR 0024), and with its walking measure (jobs' walkingMinutes, the same
 * pace and detour). Posts whose dates never meet are not a match at all.
 */
import type { Locale } from '../../../shared/errors';
import { skillWord } from '../../../shared/job-words';
import { KM_PER_DEGREE_LAT, KM_PER_DEGREE_LNG, projectKm, WALKING, walkingMinutes } from '../jobs';

export type SharingPart = 'skills' | 'dates' | 'distance';

/** Points out of 100 each part can give: the skills and the dates decide a loan of staff, the distance helps. */
export const SHARING_WEIGHTS: Record<SharingPart, number> = { skills: 40, dates: 40, distance: 20 };

/** The walk beyond which distance gives nothing (an hour on foot: a short bus ride between two firms). */
export const FAR_MINUTES = 60;

export interface SidePost {
  skills: readonly string[];
  startDate: string;
  endDate: string;
  lat: number;
  lng: number;
}

export type SharingReason =
  | { part: 'skills'; code: 'has' | 'missing'; skills: string[] }
  | { part: 'dates'; code: 'all' | 'some'; days: number; neededDays: number }
  | { part: 'distance'; code: 'walk'; minutes: number };

export interface SharingScoredPart {
  part: SharingPart;
  value: number;
  points: number;
  good: boolean;
  reasons: SharingReason[];
}

const DAY_MS = 86_400_000;
const dayNumber = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / DAY_MS;

/** Calendar days both ranges cover, inclusive; 0 when they do not meet. */
export function overlapDays(a: { startDate: string; endDate: string }, b: { startDate: string; endDate: string }) {
  const from = Math.max(dayNumber(a.startDate), dayNumber(b.startDate));
  const to = Math.min(dayNumber(a.endDate), dayNumber(b.endDate));
  return Math.max(0, to - from + 1);
}

/**
 * Straight-line km on the deployment's plane. √(dx² + dy²) rather than Math.hypot: each step is one
 * correctly rounded IEEE operation, so the database (sharing_ranked_counterparts) gets the same bits.
 */
export function straightKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const p = projectKm(a.lat, a.lng);
  const q = projectKm(b.lat, b.lng);
  const dx = p.x - q.x;
  const dy = p.y - q.y;
  return Math.sqrt(dx * dx + dy * dy);
}

/** The numbers sharing_ranked_counterparts scores with (its `p_model`): the weights and the walking measure above. */
export const SHARING_MODEL = {
  ...SHARING_WEIGHTS,
  far: FAR_MINUTES,
  lat: KM_PER_DEGREE_LAT,
  lng: KM_PER_DEGREE_LNG,
  detour: WALKING.detourFactor,
  kmh: WALKING.kmPerHour,
} as const;

const round1 = (v: number) => Math.round(v * 10) / 10;

function part(p: SharingPart, value: number, good: boolean, reasons: SharingReason[]): SharingScoredPart {
  return { part: p, value, good, reasons, points: round1(value * SHARING_WEIGHTS[p]) };
}

/**
 * The score of a surplus meeting a shortage, or null when their dates never meet. The shortage
 * names what is needed: the skills it asks for and the days it must fill.
 */
export function scoreSharing(surplus: SidePost, shortage: SidePost) {
  const days = overlapDays(surplus, shortage);
  if (days === 0) return null;
  const neededDays = overlapDays(shortage, shortage);
  const has = shortage.skills.filter((s) => surplus.skills.includes(s));
  const missing = shortage.skills.filter((s) => !surplus.skills.includes(s));
  const skillValue = shortage.skills.length === 0 ? 1 : has.length / shortage.skills.length;
  const skillReasons: SharingReason[] = [];
  if (has.length > 0) skillReasons.push({ part: 'skills', code: 'has', skills: has });
  if (missing.length > 0) skillReasons.push({ part: 'skills', code: 'missing', skills: missing });
  const minutes = walkingMinutes(straightKm(surplus, shortage));
  const parts = [
    part('skills', skillValue, missing.length === 0, skillReasons),
    part('dates', days / neededDays, days === neededDays, [
      { part: 'dates', code: days === neededDays ? 'all' : 'some', days, neededDays },
    ]),
    part('distance', Math.max(0, 1 - (minutes - 1) / FAR_MINUTES), minutes <= FAR_MINUTES / 2, [
      { part: 'distance', code: 'walk', minutes },
    ]),
  ];
  let sum = 0;
  for (const p of parts) sum += p.value * SHARING_WEIGHTS[p.part];
  return { score: round1(sum), walkMinutes: minutes, parts };
}

function skillList(skills: string[], locale: Locale) {
  return skills.map((s) => skillWord(s, locale)).join(locale === 'zh-CN' ? '、' : ', ');
}

export function sharingReasonText(r: SharingReason, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (r.code) {
    case 'has':
      return zh ? `技能对口：${skillList(r.skills, locale)}` : `Skills that fit: ${skillList(r.skills, locale)}`;
    case 'missing':
      return zh ? `缺少技能：${skillList(r.skills, locale)}` : `Missing skills: ${skillList(r.skills, locale)}`;
    case 'all':
      return zh ? `日期全部覆盖（${r.days}天）` : `Covers every day (${r.days} days)`;
    case 'some':
      return zh ? `日期重合${r.days}天，需要${r.neededDays}天` : `${r.days} of the ${r.neededDays} days needed overlap`;
    case 'walk':
      return zh ? `两地步行约${r.minutes}分钟` : `About ${r.minutes} min on foot between the sites`;
  }
}

/** The parts as the API shows them: one line per reason, the part's points on its first line. */
export function presentSharingReasons(parts: SharingScoredPart[], locale: Locale) {
  const out: { part: SharingPart; points: number; good: boolean; text: string }[] = [];
  for (const p of parts)
    p.reasons.forEach((r, i) =>
      out.push({
        part: p.part,
        points: i === 0 ? p.points : 0,
        good: r.code === 'missing' ? false : r.code === 'has' ? true : p.good,
        text: sharingReasonText(r, locale),
      }),
    );
  return out;
}
