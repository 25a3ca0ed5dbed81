/**
 * What a resident is never ranked by (SPEC §3.2 Transparency): her gender,
 * her children and the mother label are not facts of the score at all, and
 * keeping to school hours — the one choice of hers that touches family life —
 * never lowers a score; it raises one only for a post the street certified as
 * 妈妈岗. The same is proved of the database's ranking in matching.db.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOB_SKILLS, JOB_TYPES } from '../../../shared/enums';
import { hardLimit, scoreMatch, type PairFacts, type PostFacts, type SeekerFacts } from './match-score';
import { seekerFacts } from './matching.service';

const UNITS = ['month', 'day', 'hour', 'piece'] as const;
const skills = fc.uniqueArray(fc.constantFrom(...JOB_SKILLS), { maxLength: 4 });

const post: fc.Arbitrary<PostFacts> = fc
  .record({
    type: fc.constantFrom(...JOB_TYPES),
    flexible: fc.boolean(),
    slotCount: fc.integer({ min: 0, max: 336 }),
    payMinFen: fc.integer({ min: 0, max: 600_000 }),
    spread: fc.integer({ min: 0, max: 300_000 }),
    payUnit: fc.constantFrom(...UNITS),
    skills,
    motherCertified: fc.boolean(),
  })
  .map(({ spread, ...p }) => ({ ...p, payMaxFen: p.payMinFen + spread }));

const seeker: fc.Arbitrary<SeekerFacts> = fc.record({
  maxWalkMinutes: fc.constantFrom(5, 10, 15, 20, 30, 45, 60),
  slotCount: fc.integer({ min: 0, max: 336 }),
  schoolHoursPreset: fc.boolean(),
  skills,
  jobTypes: fc.uniqueArray(fc.constantFrom(...JOB_TYPES), { maxLength: 3 }),
  minPayFen: fc.option(fc.integer({ min: 0, max: 600_000 })),
  minPayUnit: fc.option(fc.constantFrom(...UNITS)),
});

const pair: fc.Arbitrary<PairFacts> = fc.record({
  straightKm: fc.double({ min: 0, max: 6, noNaN: true }),
  overlapSlots: fc.integer({ min: 0, max: 336 }),
});

describe('a score a resident can trust', () => {
  it('keeping to school hours never lowers a score, and raises one only for a certified 妈妈岗', () => {
    fc.assert(
      fc.property(post, seeker, pair, (p, s, pr) => {
        const without = { ...s, schoolHoursPreset: false };
        const withSchool = { ...s, schoolHoursPreset: true };
        // Keeping to school hours is not a hard limit either: the same posts are matches.
        expect(hardLimit(p, withSchool, pr)).toBe(hardLimit(p, without, pr));
        if (hardLimit(p, without, pr)) return;
        const a = scoreMatch(p, without, pr).score;
        const b = scoreMatch(p, withSchool, pr).score;
        expect(b).toBeGreaterThanOrEqual(a);
        if (!p.motherCertified) expect(b).toBe(a);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads nothing of gender, children or labels from a job profile', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('female', 'male', null),
        fc.option(fc.constant('2020-09-01')),
        fc.uniqueArray(fc.constantFrom('mother', 'hard_to_employ', 'veteran')),
        (gender, youngestChild, labels) => {
          const row = {
            max_walk_minutes: 20,
            slot_count: 70,
            school_hours_preset: false,
            skills: ['packing'],
            job_types: ['piecework'],
            min_pay_fen: 2000,
            min_pay_unit: 'hour' as const,
            windows: [],
          };
          const plain = seekerFacts(row as never);
          // Whatever a row carries besides, the facts a score is made of are the same.
          const dressed = seekerFacts({ ...row, gender, youngest_child_birth_date: youngestChild, labels } as never);
          expect(dressed).toEqual(plain);
          expect(Object.keys(plain).sort()).toEqual(
            [
              'jobTypes',
              'maxWalkMinutes',
              'minPayFen',
              'minPayUnit',
              'schoolHoursPreset',
              'skills',
              'slotCount',
              'windows',
            ].sort(),
          );
        },
      ),
    );
  });
});
