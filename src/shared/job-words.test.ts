import { describe, expect, it } from 'vitest';
import { skillWord, yuan } from './job-words';

describe('yuan', () => {
  it('writes fen as yuan without trailing zeros', () => {
    expect([0, 5, 10, 99, 100, 105, 150, 2250, 2205, 350000, 123456].map(yuan)).toEqual([
      '0',
      '0.05',
      '0.1',
      '0.99',
      '1',
      '1.05',
      '1.5',
      '22.5',
      '22.05',
      '3500',
      '1234.56',
    ]);
  });
});

describe('skillWord', () => {
  it('names a dictionary skill in the reader language and keeps a free tag as it is', () => {
    expect([skillWord('sewing', 'zh-CN'), skillWord('sewing', 'en'), skillWord('绣花', 'zh-CN')]).toEqual([
      '缝纫',
      'sewing',
      '绣花',
    ]);
  });
});
