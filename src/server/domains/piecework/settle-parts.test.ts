import { describe, expect, it } from 'vitest';
import { contiguousParts } from './settlements.service';

const workersOf = (factories: { id: number; workers: number }[], part: number[]) =>
  part.reduce((sum, id) => sum + factories.find((f) => f.id === id)!.workers, 0);

describe('every factory’s day in parts', () => {
  it('splits by workers, not by factories: the large factories do not make one slow part', () => {
    const factories = [
      ...Array.from({ length: 100 }, (_, i) => ({ id: i + 1, workers: 50 })),
      ...Array.from({ length: 900 }, (_, i) => ({ id: i + 101, workers: 17 })),
    ];
    const parts = contiguousParts(factories, 2);
    expect(parts).toHaveLength(2);
    // contiguous, in id order, every factory once
    expect(parts.flat()).toEqual(factories.map((f) => f.id));
    const total = factories.reduce((s, f) => s + f.workers, 0);
    for (const part of parts) expect(Math.abs(workersOf(factories, part) - total / 2)).toBeLessThanOrEqual(50);
  });

  it('never makes an empty part, and gives one part when asked for one', () => {
    const few = [
      { id: 1, workers: 500 },
      { id: 2, workers: 0 },
      { id: 3, workers: 1 },
    ];
    expect(contiguousParts(few, 1)).toEqual([[1, 2, 3]]);
    const four = contiguousParts(few, 4);
    expect(four.every((p) => p.length > 0)).toBe(true);
    expect(four.flat()).toEqual([1, 2, 3]);
  });

  it('balances factories without workers by count', () => {
    const empty = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, workers: 0 }));
    expect(contiguousParts(empty, 2).map((p) => p.length)).toEqual([5, 5]);
  });
});
