/**
 * Every benchmark, in the order they run. A capability adds its own: a file in
 * this folder exporting a `Benchmark`, and one line here.
 */
import type { Benchmark } from '../lib/types';
import { benefitsBenchmark } from './benefits';
import { residentList } from './resident-list';

export const benchmarks: Benchmark[] = [
  residentList,
  // ── piecework ──
  // ── end piecework ──

  // ── jobs ──
  // ── end jobs ──

  // ── benefits ──
  benefitsBenchmark,
  // ── end benefits ──
];
