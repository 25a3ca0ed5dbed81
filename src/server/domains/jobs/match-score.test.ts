import { describe, expect, it } from 'vitest';
import { countSlots, overlapSlots, windowsToSlots } from '../../../shared/job-schedule';
import {
  hardLimit,
  MATCH_WEIGHTS,
  payPart,
  preferencePart,
  presentReasons,
  projectKm,
  radiusKmForMinutes,
  schedulePart,
  scoreMatch,
  skillsPart,
  walkingMinutes,
  walkPart,
  type PostFacts,
  type SeekerFacts,
} from './match-score';

const SCHOOL_HOURS = [{ days: [1, 2, 3, 4, 5], from: '08:30', to: '15:30' }];
const SCHOOL = windowsToSlots(SCHOOL_HOURS);

const seeker = (over: Partial<SeekerFacts> = {}): SeekerFacts => ({
  maxWalkMinutes: 40,
  slotCount: countSlots(SCHOOL),
  schoolHoursPreset: true,
  skills: ['packing', 'sewing'],
  jobTypes: ['piecework', 'part_time', 'full_time'],
  minPayFen: 2000,
  minPayUnit: 'hour',
  ...over,
});

const post = (over: Partial<PostFacts> = {}): PostFacts => ({
  type: 'piecework',
  flexible: true,
  slotCount: 0,
  payMinFen: 5,
  payMaxFen: 8,
  payUnit: 'piece',
  skills: ['packing'],
  motherCertified: false,
  ...over,
});

/** Straight-line km between two demo compounds, as the database computes it. */
function km(a: [number, number], b: [number, number]) {
  const p = projectKm(a[0], a[1]);
  const q = projectKm(b[0], b[1]);
  return Math.hypot(p.x - q.x, p.y - q.y);
}
const FUXING_B: [number, number] = [35.9575, 120.2024];
const XIAOTAIHOU: [number, number] = [35.9702, 120.1874];
const TIEJUESHAN: [number, number] = [35.9668, 120.2059];
const BOLI: [number, number] = [35.9575, 120.2912];

describe('walking minutes', () => {
  it('turns straight-line distance into minutes with the detour factor, rounding up', () => {
    expect(walkingMinutes(0)).toBe(1);
    // 0.5 km × 1.3 / 4.8 km/h = 8.125 min → 9
    expect(walkingMinutes(0.5)).toBe(9);
    expect(walkingMinutes(radiusKmForMinutes(20))).toBeLessThanOrEqual(20);
  });

  it('reads "步行约N分钟" and scores nearer higher', () => {
    const near = walkPart(seeker(), { straightKm: 0.3, overlapSlots: 0 });
    const far = walkPart(seeker(), { straightKm: 2, overlapSlots: 0 });
    expect(near.value).toBeGreaterThan(far.value);
    expect(presentReasons([{ ...near, points: 0 }], 'zh-CN')[0]!.text).toBe(`步行约${walkingMinutes(0.3)}分钟`);
  });
});

describe('schedule overlap', () => {
  it('a post inside school hours, with time to walk there after drop-off and back before pick-up, fits the school run', () => {
    const windows = [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '15:00' }];
    const slots = windowsToSlots(windows);
    // 1 km is a 17-minute walk: leaving at 08:43 and back at 15:17, both inside 08:30–15:30.
    const part = schedulePart(
      post({ flexible: false, slotCount: countSlots(slots), windows }),
      seeker({ windows: SCHOOL_HOURS }),
      { straightKm: 1, overlapSlots: overlapSlots(slots, SCHOOL) },
    );
    expect(part.value).toBe(1);
    expect(part.good).toBe(true);
    expect(presentReasons([{ ...part, points: 25 }], 'zh-CN')[0]!.text).toBe('与接送孩子时间不冲突');
  });

  it('a post that fills the school hours exactly does not claim to fit once the walk is counted', () => {
    // 08:30–15:30 is inside her free time slot by slot, but a 17-minute walk means leaving at 08:13.
    const slots = windowsToSlots(SCHOOL_HOURS);
    const part = schedulePart(
      post({ flexible: false, slotCount: countSlots(slots), windows: SCHOOL_HOURS }),
      seeker({ windows: SCHOOL_HOURS }),
      { straightKm: 1, overlapSlots: overlapSlots(slots, SCHOOL) },
    );
    expect(part.value).toBe(1); // the score is the overlap's, as jobs_ranked_posts computes it
    expect(part.good).toBe(false);
    const [zh] = presentReasons([{ ...part, points: 25 }], 'zh-CN');
    expect(zh!.text).not.toBe('与接送孩子时间不冲突');
    expect(zh!.text).toBe(`工作时间在接送孩子的时间之间，但单程步行约${walkingMinutes(1)}分钟，上班或接孩子可能来不及`);
    expect(presentReasons([{ ...part, points: 25 }], 'en')[0]!.text).toContain(`${walkingMinutes(1)} min on foot`);
  });

  it('without the schedules themselves it says only that the hours are in her free time', () => {
    const slots = windowsToSlots(SCHOOL_HOURS);
    const part = schedulePart(post({ flexible: false, slotCount: countSlots(slots) }), seeker(), {
      straightKm: 0.1,
      overlapSlots: overlapSlots(slots, SCHOOL),
    });
    expect(presentReasons([{ ...part, points: 25 }], 'zh-CN')[0]!.text).toBe('工作时间都在您的空闲时间内');
  });

  it('a half-overlapping shift scores by the share inside her free time', () => {
    const slots = windowsToSlots([{ days: [1, 2, 3, 4, 5], from: '12:30', to: '18:30' }]);
    const part = schedulePart(post({ flexible: false, slotCount: countSlots(slots) }), seeker(), {
      straightKm: 1,
      overlapSlots: overlapSlots(slots, SCHOOL),
    });
    expect(part.value).toBeCloseTo(0.5, 5);
    expect(presentReasons([{ ...part, points: 0 }], 'zh-CN')[0]!.text).toBe('约50%的工作时间在您的空闲时间内');
  });

  it('flexible hours fit anyone', () => {
    expect(schedulePart(post(), seeker(), { straightKm: 1, overlapSlots: 0 }).value).toBe(1);
  });
});

describe('skills', () => {
  it('names the missing skill', () => {
    const part = skillsPart(post({ skills: ['sewing', 'cooking'] }), seeker({ skills: ['packing', 'cooking'] }));
    expect(part.value).toBe(0.5);
    expect(presentReasons([{ ...part, points: 10 }], 'zh-CN').map((r) => r.text)).toEqual([
      '技能符合：烹饪',
      '缺少技能：缝纫',
    ]);
  });
  it('no requirement is a full part', () => {
    expect(skillsPart(post({ skills: [] }), seeker()).value).toBe(1);
  });
});

describe('pay against expectation', () => {
  it('compares a monthly wage with an hourly expectation over 174 hours', () => {
    // 3000 元/月 = 17.2 元/小时 < 20; 4000 元/月 = 23 元/小时 ≥ 20
    expect(payPart(post({ payUnit: 'month', payMinFen: 300000, payMaxFen: 400000 }), seeker()).value).toBe(0.7);
    expect(payPart(post({ payUnit: 'month', payMinFen: 360000, payMaxFen: 400000 }), seeker()).value).toBe(1);
    const low = payPart(post({ payUnit: 'day', payMinFen: 10000, payMaxFen: 12000 }), seeker());
    expect(low.value).toBeCloseTo((1500 / 2000) * 0.5, 5);
    expect(low.good).toBe(false);
  });
  it('a piece rate is neither good nor bad news', () => {
    expect(payPart(post(), seeker()).value).toBe(0.6);
  });
  it('no expectation counts fully', () => {
    expect(
      payPart(post({ payUnit: 'hour', payMinFen: 1, payMaxFen: 2 }), seeker({ minPayFen: null, minPayUnit: null }))
        .value,
    ).toBe(1);
  });
});

describe('preferences', () => {
  it('a wanted type and a certified 妈妈岗 for someone keeping school hours', () => {
    expect(preferencePart(post({ type: 'hourly' }), seeker()).value).toBe(0);
    expect(preferencePart(post({ type: 'hourly', motherCertified: true }), seeker()).value).toBe(0.5);
    expect(preferencePart(post({ type: 'full_time', motherCertified: true }), seeker()).value).toBe(1);
    expect(preferencePart(post({ type: 'hourly' }), seeker({ jobTypes: [] })).value).toBe(0.5);
  });
});

describe('hard limits', () => {
  it('beyond the walking limit is not a match', () => {
    expect(hardLimit(post(), seeker({ maxWalkMinutes: 20 }), { straightKm: 2, overlapSlots: 0 })).toBe('walk');
  });
  it('a fixed schedule wholly outside her free time is not a match', () => {
    const evening = windowsToSlots([{ days: [1, 2, 3, 4, 5, 6], from: '18:00', to: '23:00' }]);
    expect(
      hardLimit(post({ flexible: false, slotCount: countSlots(evening) }), seeker(), {
        straightKm: 0.2,
        overlapSlots: overlapSlots(evening, SCHOOL),
      }),
    ).toBe('schedule');
  });
  it('without declared free time the schedule is no limit', () => {
    expect(
      hardLimit(post({ flexible: false, slotCount: 10 }), seeker({ slotCount: 0 }), {
        straightKm: 0.2,
        overlapSlots: 0,
      }),
    ).toBeNull();
  });
});

describe('the weights', () => {
  it('add up to 100, so a perfect match scores 100', () => {
    expect(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
    const m = scoreMatch(
      post({ type: 'full_time', payUnit: 'hour', payMinFen: 2500, payMaxFen: 3000, skills: [] }),
      seeker(),
      { straightKm: 0, overlapSlots: 0 },
    );
    expect(m.score).toBe(100);
  });
});

describe('SPEC §3.2 scenario: 张丽 of 复兴社区B区', () => {
  const zhangLi = seeker({ windows: SCHOOL_HOURS });
  const factory = post(); // 窦金花's packing, piece rate, flexible, in her own compound
  const mother = post({
    type: 'full_time',
    flexible: false,
    slotCount: countSlots(SCHOOL),
    windows: SCHOOL_HOURS,
    payUnit: 'month',
    payMinFen: 300000,
    payMaxFen: 400000,
    skills: ['sewing'],
    motherCertified: true,
  });
  const lunch = windowsToSlots([{ days: [1, 2, 3, 4, 5, 6, 7], from: '10:30', to: '14:00' }]);
  const restaurant = post({
    type: 'part_time',
    flexible: false,
    slotCount: countSlots(lunch),
    payUnit: 'hour',
    payMinFen: 2000,
    payMaxFen: 2500,
    skills: ['serving'],
  });
  const evening = windowsToSlots([{ days: [1, 2, 3, 4, 5, 6], from: '18:00', to: '23:00' }]);
  const nightSorting = post({
    type: 'full_time',
    flexible: false,
    slotCount: countSlots(evening),
    payUnit: 'hour',
    payMinFen: 2500,
    payMaxFen: 3000,
    skills: ['warehouse'],
  });

  it("ranks 窦金花's factory and 奥合源's 妈妈岗 above the restaurant, with reasons", () => {
    const f = scoreMatch(factory, zhangLi, { straightKm: 0, overlapSlots: 0 });
    const m = scoreMatch(mother, zhangLi, { straightKm: km(FUXING_B, XIAOTAIHOU), overlapSlots: countSlots(SCHOOL) });
    const r = scoreMatch(restaurant, zhangLi, {
      straightKm: km(FUXING_B, TIEJUESHAN),
      overlapSlots: overlapSlots(lunch, SCHOOL),
    });
    expect(f.score).toBeGreaterThan(m.score);
    expect(m.score).toBeGreaterThan(r.score);
    const reasons = presentReasons(m.parts, 'zh-CN').map((x) => x.text);
    // 8:30 to 15:30 is her free time exactly; with the walk to 小台后 it does not fit the school run.
    expect(reasons).not.toContain('与接送孩子时间不冲突');
    expect(reasons).toContain(`工作时间在接送孩子的时间之间，但单程步行约${m.walkMinutes}分钟，上班或接孩子可能来不及`);
    expect(reasons).toContain('街道认证的妈妈岗');
    expect(reasons).toContain(`步行约${m.walkMinutes}分钟`);
    expect(presentReasons(r.parts, 'zh-CN').map((x) => x.text)).toContain('缺少技能：餐厅服务');
  });

  it('an evening job 8 km away is not shown', () => {
    const distance = km(FUXING_B, BOLI);
    expect(distance).toBeGreaterThan(7.5);
    expect(
      hardLimit(nightSorting, zhangLi, { straightKm: distance, overlapSlots: overlapSlots(evening, SCHOOL) }),
    ).not.toBeNull();
    // Either limit alone removes it.
    expect(hardLimit(nightSorting, zhangLi, { straightKm: 0.1, overlapSlots: overlapSlots(evening, SCHOOL) })).toBe(
      'schedule',
    );
    expect(hardLimit(factory, zhangLi, { straightKm: distance, overlapSlots: 0 })).toBe('walk');
  });
});
