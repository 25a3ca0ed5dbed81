/** Summary statistics of latency samples (milliseconds). */

/** Nearest-rank quantile of an ascending array: the smallest sample with at least q of the samples at or below it. */
export function quantile(sorted: Float64Array | readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export interface LatencySummary {
  meanMs: number;
  medianMs: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

export function summarise(samples: Float64Array): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    meanMs: sorted.length ? sum / sorted.length : Number.NaN,
    medianMs: quantile(sorted, 0.5),
    p90Ms: quantile(sorted, 0.9),
    p99Ms: quantile(sorted, 0.99),
    maxMs: sorted.length ? sorted[sorted.length - 1]! : Number.NaN,
  };
}

/** A growable Float64Array: a 10-second run can record hundreds of thousands of samples without boxing each. */
export class Samples {
  private data = new Float64Array(65_536);
  length = 0;
  push(v: number) {
    if (this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}
