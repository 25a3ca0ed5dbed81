import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completion } from './completion';

const syb = { minAttendancePct: 80, assessmentRequired: true };

describe('completion', () => {
  it('completes at exactly the stated share of hours with the assessment passed', () => {
    expect(completion(syb, { totalHours: 10, attendedHours: 8, assessment: 'passed' })).toEqual({
      complete: true,
      attendedPct: 80,
      missing: [],
    });
  });

  it('an hour short of the share is not complete, whatever the assessment', () => {
    expect(completion(syb, { totalHours: 10, attendedHours: 7, assessment: 'passed' })).toEqual({
      complete: false,
      attendedPct: 70,
      missing: ['attendance'],
    });
  });

  it('names the assessment when it is asked for and not passed', () => {
    expect(completion(syb, { totalHours: 10, attendedHours: 10, assessment: null }).missing).toEqual(['assessment']);
    expect(completion(syb, { totalHours: 10, attendedHours: 10, assessment: 'failed' }).missing).toEqual([
      'assessment',
    ]);
    expect(completion(syb, { totalHours: 10, attendedHours: 2, assessment: 'failed' }).missing).toEqual([
      'attendance',
      'assessment',
    ]);
  });

  it('a course without an assessment completes on attendance alone', () => {
    const sewing = { minAttendancePct: 75, assessmentRequired: false };
    expect(completion(sewing, { totalHours: 12, attendedHours: 9, assessment: null }).complete).toBe(true);
    expect(completion(sewing, { totalHours: 12, attendedHours: 8, assessment: null }).complete).toBe(false);
  });

  it('a course with no sessions is never complete', () => {
    const none = { minAttendancePct: 0, assessmentRequired: false };
    expect(completion(none, { totalHours: 0, attendedHours: 0, assessment: null })).toEqual({
      complete: false,
      attendedPct: 0,
      missing: ['attendance'],
    });
  });

  it('agrees with the share computed in exact fractions, on any hours', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 100 }),
        (total, attendedRaw, pct) => {
          const attended = Math.min(attendedRaw, total);
          const result = completion(
            { minAttendancePct: pct, assessmentRequired: false },
            {
              totalHours: total,
              attendedHours: attended,
              assessment: null,
            },
          );
          // attended / total ≥ pct / 100, cross-multiplied
          expect(result.complete).toBe(attended * 100 >= pct * total);
          expect(result.attendedPct).toBeLessThanOrEqual(100);
          expect(result.attendedPct * total).toBeLessThanOrEqual(attended * 100);
        },
      ),
    );
  });
});
