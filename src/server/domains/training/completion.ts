/**
 * When a trainee has completed a course (SPEC §3.6): the course states its rule — at least
 * `minAttendancePct` % of the course's hours attended, and an assessment passed when it asks
 * for one. Compared in integers (attended × 100 ≥ pct × total), never through a float, so
 * 80 % of 10 hours is exactly 8 hours.
 */
export interface CompletionRule {
  minAttendancePct: number;
  assessmentRequired: boolean;
}

export interface TraineeRecord {
  /** The hours of every session the course has. */
  totalHours: number;
  /** The hours of the sessions the trainee was checked in to. */
  attendedHours: number;
  assessment: 'passed' | 'failed' | null;
}

export interface Completion {
  complete: boolean;
  /** Whole per cent of the course's hours attended, rounded down (0 for a course with no sessions yet). */
  attendedPct: number;
  /** What is still missing, in the order a trainee meets it. */
  missing: ('attendance' | 'assessment')[];
}

export function completion(rule: CompletionRule, record: TraineeRecord): Completion {
  const { totalHours, attendedHours } = record;
  const attendedPct = totalHours > 0 ? Math.floor((Math.min(attendedHours, totalHours) * 100) / totalHours) : 0;
  const missing: Completion['missing'] = [];
  // A course with no sessions has nothing attended: it is never complete by attendance alone.
  if (totalHours === 0 || attendedHours * 100 < rule.minAttendancePct * totalHours) missing.push('attendance');
  if (rule.assessmentRequired && record.assessment !== 'passed') missing.push('assessment');
  return { complete: missing.length === 0, attendedPct, missing };
}
