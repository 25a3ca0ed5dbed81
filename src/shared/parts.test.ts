import { describe, expect, it } from 'vitest';
import { BENEFITS_ERRORS } from './benefits/errors';
import { ERRORS, type ErrorCode, renderMessage } from './errors';
import { FIELD_LABELS, PROBLEMS } from './fields';
import { JOBS_FIELD_LABELS } from './jobs/fields';
import { mergeParts } from './parts';
import { PIECEWORK_PROBLEMS } from './piecework/fields';

describe('tables joined from the domains’ parts', () => {
  it('refuses a key that two parts define, naming the table and the key', () => {
    const platform = { NOT_FOUND: { status: 404, 'zh-CN': '未找到', en: 'Not found' } };
    const domain = { NOT_FOUND: { status: 410, 'zh-CN': '已删除', en: 'Gone' } };
    expect(() => mergeParts('ERRORS', [platform, domain])).toThrow('ERRORS: NOT_FOUND is defined by two parts');
  });

  it('keeps every part’s entries as they were written', () => {
    const merged = mergeParts('T', [{ a: 1 }, { b: 'x' }, { c: [2] }] as const);
    expect(merged).toEqual({ a: 1, b: 'x', c: [2] });
  });

  it('answers a domain’s error code with its own status and words', () => {
    for (const [code, entry] of Object.entries(BENEFITS_ERRORS)) {
      expect(ERRORS[code as ErrorCode]).toBe(entry);
    }
    expect(renderMessage('VENUE_TAKEN', 'zh-CN')).toBe('该场地已有微工厂在使用');
  });

  it('labels a domain’s field and words a domain’s problem', () => {
    expect(FIELD_LABELS.jobTypes).toBe(JOBS_FIELD_LABELS.jobTypes);
    expect(PROBLEMS.rate_format).toBe(PIECEWORK_PROBLEMS.rate_format);
  });

  it('keeps error codes a closed union', () => {
    // @ts-expect-error a code no part defines is not an ErrorCode
    const unknown: ErrorCode = 'NO_SUCH_CODE';
    expect(unknown in ERRORS).toBe(false);
  });
});
