import { describe, expect, it } from 'vitest';
import { bpOfPercent, percentOfBp } from './loan-words';

describe('rates typed as percentages', () => {
  it('reads two decimals exactly, never through a float', () => {
    expect(bpOfPercent('3.5')).toBe(350);
    expect(bpOfPercent('3.45')).toBe(345);
    expect(bpOfPercent('4')).toBe(400);
    expect(bpOfPercent('0.07')).toBe(7);
    expect(bpOfPercent('3.455')).toBeNull();
    expect(bpOfPercent('abc')).toBeNull();
    expect(percentOfBp(350)).toBe('3.50');
  });
});
