import { describe, expect, it } from 'vitest';
import { pathInScope } from './scope';

describe('area scope', () => {
  const street = '/1/2/';
  const fuxing = '/1/2/5/';
  it('includes the area itself and everything below it', () => {
    expect(pathInScope('/1/2/5/', [fuxing])).toBe(true);
    expect(pathInScope('/1/2/5/17/', [fuxing])).toBe(true);
    expect(pathInScope('/1/2/5/17/', [street])).toBe(true);
  });
  it('excludes siblings, parents and ids that merely share digits', () => {
    expect(pathInScope('/1/2/6/', [fuxing])).toBe(false);
    expect(pathInScope('/1/2/', [fuxing])).toBe(false);
    expect(pathInScope('/1/2/55/', [fuxing])).toBe(false);
  });
  it('matches nothing for an actor with no areas', () => {
    expect(pathInScope('/1/', [])).toBe(false);
  });
  it('joins several areas', () => {
    expect(pathInScope('/1/2/6/9/', [fuxing, '/1/2/6/'])).toBe(true);
  });
});
