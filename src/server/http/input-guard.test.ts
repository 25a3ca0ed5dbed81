import { describe, expect, it } from 'vitest';
import { inputProblem, MAX_INPUT_DEPTH } from './input-guard';

describe('the input guard', () => {
  it('finds NUL and broken UTF-16 in values and keys, naming where', () => {
    expect(inputProblem({ name: 'ok', list: [{ note: 'a\u0000b' }] })).toEqual({
      path: ['list', 0, 'note'],
      problem: 'nul_character',
    });
    expect(inputProblem({ q: 'ab\ud800' })).toEqual({ path: ['q'], problem: 'broken_text' });
    expect(inputProblem({ a: { 'k\u0000ey': 1 } })).toEqual({ path: ['a', 'key'], problem: 'nul_character' });
    expect(inputProblem('x\u0000')).toEqual({ path: [], problem: 'nul_character' });
  });
  it('lets ordinary text through, emoji and Chinese included', () => {
    expect(inputProblem({ name: '宋秀秀 😀', n: 1, b: true, none: null, list: ['a', 'é'] })).toBeNull();
    expect(inputProblem(undefined)).toBeNull();
  });
  it('refuses nesting past its depth without walking it recursively', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(inputProblem(deep)).toMatchObject({ problem: 'too_deep' });
    expect(inputProblem(deep)!.path).toHaveLength(MAX_INPUT_DEPTH);
    let fine: unknown = 'x';
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) fine = { a: fine };
    expect(inputProblem(fine)).toBeNull();
  });
});
