import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFen, parseYuan, parseYuanToFen } from './money';

describe('parseYuanToFen', () => {
  it.each([
    ['0.1', 10],
    ['0.29', 29],
    ['1.15', 115],
    ['12', 1200],
    ['12.5', 1250],
    ['12.50', 1250],
    ['0', 0],
    ['0.00', 0],
    ['007.01', 701],
    [' 30000 ', 3_000_000],
    ['１２．５', 1250],
    ['999999999.99', 99_999_999_999],
  ])('%j → %i fen', (text, fen) => {
    expect(parseYuanToFen(text)).toEqual({ ok: true, value: fen });
  });

  it.each([
    ['12.345', 'decimals'],
    ['0.001', 'decimals'],
    ['1e3', 'format'],
    ['1E3', 'format'],
    ['', 'format'],
    ['.5', 'format'],
    ['5.', 'format'],
    ['1,000', 'format'],
    ['1 000', 'format'],
    ['+5', 'format'],
    ['0x10', 'format'],
    ['Infinity', 'format'],
    ['NaN', 'format'],
    ['十元', 'format'],
    ['-1', 'negative'],
    ['-0.5', 'negative'],
    ['1000000000', 'tooLarge'],
  ])('%j is refused: %s', (text, problem) => {
    expect(parseYuanToFen(text)).toEqual({ ok: false, problem });
  });

  it('reads every amount it formats back to the same fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (fen) => {
        expect(parseYuanToFen(formatFen(fen))).toEqual({ ok: true, value: fen });
      }),
    );
  });
});

describe('parseYuan with four decimals (piece rates)', () => {
  it.each([
    ['0.35', 3500],
    ['0.1234', 1234],
    ['2', 20_000],
  ])('%j → %i', (text, e4) => {
    expect(parseYuan(text, 4)).toEqual({ ok: true, value: e4 });
  });

  it('refuses a fifth decimal', () => {
    expect(parseYuan('0.12345', 4)).toEqual({ ok: false, problem: 'decimals' });
  });
});
