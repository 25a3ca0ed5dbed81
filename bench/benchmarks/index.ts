/**
 * Every benchmark, in the order they run. A capability adds its own: a file in
 * this folder exporting a `Benchmark`, and one line here.
 */
import type { Benchmark } from '../lib/types';
import { piecework } from './piecework';
import { jobsMatching } from './jobs-matching';
import { benefitsBenchmark } from './benefits';
import { requestPath } from './request-path';
import { loansBenchmark } from './loans';
import { residentList } from './resident-list';
import { mixedLoad } from './mixed-load';
import { sharingMatching } from './sharing-matching';
import { stationsBenchmark } from './stations';
import { dashboardBenchmark } from './dashboard';

export const benchmarks: Benchmark[] = [
  residentList,
  requestPath,
  // ── piecework ──
  piecework,
  // ── end piecework ──

  // ── jobs ──
  jobsMatching,
  // ── end jobs ──

  // ── benefits ──
  benefitsBenchmark,
  // ── end benefits ──

  // ── sharing ──
  sharingMatching,
  // ── end sharing ──
  // ── loans ──
  loansBenchmark,
  // ── end loans ──
  // ── stations ──
  stationsBenchmark,
  // ── end stations ──
  // ── dashboard ──
  dashboardBenchmark,
  // ── end dashboard ──

  // Last: it reads the data the others generate (piecework's month settled and paid), and writes today's records.
  mixedLoad,
];
