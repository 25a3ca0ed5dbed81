import { describe, expect, it } from 'vitest';
import { redactText } from './redact';

describe('log redaction', () => {
  it('masks mobiles and ID numbers wherever they appear in a line', () => {
    expect(redactText('/api/v1/residents?q=13900000001&page=2')).toBe('/api/v1/residents?q=139****0001&page=2');
    expect(redactText('id 11010519491231002X found')).toBe('id 110105********002X found');
    expect(redactText('order 20261118')).toBe('order 20261118');
  });
});
