import { describe, expect, it } from 'vitest';
import { overlapDays, presentSharingReasons, scoreSharing, SHARING_WEIGHTS } from './sharing-match';

const here = { lat: 35.9668, lng: 120.2059 };
const post = (over: Partial<Parameters<typeof scoreSharing>[0]> = {}) => ({
  skills: ['packing'],
  startDate: '2026-12-01',
  endDate: '2026-12-31',
  ...here,
  ...over,
});

describe('shared-employment matching', () => {
  it('counts overlapping days inclusively', () => {
    expect(overlapDays(post(), post())).toBe(31);
    expect(overlapDays(post(), post({ startDate: '2026-12-31', endDate: '2027-01-31' }))).toBe(1);
    expect(overlapDays(post(), post({ startDate: '2027-01-01', endDate: '2027-01-31' }))).toBe(0);
  });

  it('is no match at all when the dates never meet', () => {
    expect(scoreSharing(post(), post({ startDate: '2027-01-01', endDate: '2027-01-10' }))).toBeNull();
  });

  it('gives full marks to the same skills, the whole period and the same site', () => {
    const s = scoreSharing(post(), post())!;
    expect(s.score).toBe(100);
    expect(s.parts.map((p) => p.points)).toEqual([SHARING_WEIGHTS.skills, SHARING_WEIGHTS.dates, 20]);
  });

  it('ranks by skill overlap, date overlap and distance, each with a reason', () => {
    const shortage = post({ skills: ['packing', 'sewing'] });
    const near = scoreSharing(post(), shortage)!;
    const far = scoreSharing(post({ lat: 35.9912, lng: 120.2311 }), shortage)!;
    const both = scoreSharing(post({ skills: ['packing', 'sewing'] }), shortage)!;
    const half = scoreSharing(post({ skills: ['packing', 'sewing'], endDate: '2026-12-15' }), shortage)!;
    expect(both.score).toBeGreaterThan(near.score);
    expect(near.score).toBeGreaterThan(far.score);
    expect(both.score).toBeGreaterThan(half.score);
    expect(presentSharingReasons(near.parts, 'zh-CN').map((r) => r.text)).toEqual([
      '技能对口：包装',
      '缺少技能：缝纫',
      '日期全部覆盖（31天）',
      '两地步行约1分钟',
    ]);
    expect(presentSharingReasons(half.parts, 'en').find((r) => r.part === 'dates')?.text).toBe(
      '15 of the 31 days needed overlap',
    );
  });

  it('gives nothing for distance beyond an hour on foot, without refusing the match', () => {
    const s = scoreSharing(post({ lat: 36.1, lng: 120.4 }), post())!;
    expect(s.parts.find((p) => p.part === 'distance')?.points).toBe(0);
    expect(s.score).toBe(80);
  });
});
