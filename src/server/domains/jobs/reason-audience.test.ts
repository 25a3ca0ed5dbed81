import { describe, expect, it } from 'vitest';
import { audienceFor, personWords } from '../../../shared/audience';
import { reasonText, type Reason } from './match-score';

const pay = { min: 2500, max: 2500, unit: 'hour' } as const;
/** One reason of every code, so a new code without an audience shows up here. */
const EVERY_REASON: Reason[] = [
  { part: 'walk', code: 'walk', minutes: 8 },
  { part: 'schedule', code: 'flexible' },
  { part: 'schedule', code: 'flexible_school' },
  { part: 'schedule', code: 'fits' },
  { part: 'schedule', code: 'fits_school' },
  { part: 'schedule', code: 'unknown' },
  { part: 'schedule', code: 'partial', percent: 50 },
  { part: 'schedule', code: 'school_walk', minutes: 25 },
  { part: 'skills', code: 'none_required', skills: [] },
  { part: 'skills', code: 'has_all', skills: ['sewing'] },
  { part: 'skills', code: 'missing', skills: ['sewing'] },
  { part: 'pay', code: 'above', ...pay },
  { part: 'pay', code: 'covers', ...pay },
  { part: 'pay', code: 'below', ...pay },
  { part: 'pay', code: 'piece', ...pay },
  { part: 'pay', code: 'no_expectation', ...pay },
  { part: 'preference', code: 'type_wanted', type: 'part_time' },
  { part: 'preference', code: 'type_other', type: 'part_time' },
  { part: 'preference', code: 'type_any', type: 'part_time' },
  { part: 'preference', code: 'mother', type: 'part_time' },
];

describe('match reasons speak to the resident and of her to anyone else', () => {
  it('addresses the resident herself as 您 where a sentence names her', () => {
    expect(reasonText({ part: 'schedule', code: 'fits' }, 'zh-CN', 'resident')).toBe('工作时间都在您的空闲时间内');
    expect(reasonText({ part: 'pay', code: 'below', ...pay }, 'zh-CN')).toBe('工资25元/小时，低于您的期望');
  });

  it('never says 您 or "you" to an officer or an employer', () => {
    for (const r of EVERY_REASON) {
      expect(reasonText(r, 'zh-CN', 'staff'), r.code).not.toContain('您');
      expect(reasonText(r, 'en', 'staff'), r.code).not.toMatch(/\byou(r)?\b/i);
    }
    expect(reasonText({ part: 'schedule', code: 'fits' }, 'zh-CN', 'staff')).toBe('工作时间都在该居民的空闲时间内');
    expect(reasonText({ part: 'schedule', code: 'unknown' }, 'en', 'staff')).toBe(
      'No free time given yet for the resident',
    );
  });

  it('a sentence that names nobody reads the same to both', () => {
    for (const code of ['walk', 'fits_school', 'missing', 'mother'] as const) {
      const r = EVERY_REASON.find((x) => x.code === code)!;
      expect(reasonText(r, 'zh-CN', 'staff')).toBe(reasonText(r, 'zh-CN', 'resident'));
    }
  });

  it('the resident reading about herself is the resident audience; anyone else is not', () => {
    expect(audienceFor({ kind: 'resident', residentId: 7 }, 7)).toBe('resident');
    expect(audienceFor({ kind: 'resident', residentId: 8 }, 7)).toBe('staff');
    expect(audienceFor({ kind: 'staff', residentId: null }, 7)).toBe('staff');
    expect(personWords('staff', 'zh-CN').who).toBe('该居民');
  });
});
