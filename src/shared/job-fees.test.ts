import { describe, expect, it } from 'vitest';
import { findFeeDemand } from './job-fees';

describe('posts that ask job seekers for money', () => {
  it.each([
    ['入职需交押金200元', '押金'],
    ['先交培训费，培训合格后上岗', '培训费'],
    ['服装费 150 元从首月工资扣除', '服装费'],
    ['报名费50', '报名费'],
  ])('%s → %s', (text, word) => {
    expect(findFeeDemand(text)).toBe(word);
  });

  it.each(['不收押金，免培训费', '无需任何押金', '体检费由工厂承担', '工厂报销体检费', '在家门口上班，计件日结', ''])(
    '%s is not a demand',
    (text) => {
      expect(findFeeDemand(text)).toBeNull();
    },
  );

  it('a negation in another clause does not excuse a demand', () => {
    expect(findFeeDemand('包吃住，不加班。押金300')).toBe('押金');
  });
});
