import { describe, expect, it } from 'vitest';
import { redactText } from './redact';

describe('log redaction', () => {
  it('masks mobiles and ID numbers wherever they appear in a line', () => {
    expect(redactText('/api/v1/residents?q=13900000001&page=2')).toBe('/api/v1/residents?q=139****0001&page=2');
    expect(redactText('id 11010519491231002X found')).toBe('id 110105********002X found');
    expect(redactText('order 20261118')).toBe('order 20261118');
  });

  it('masks a mobile written with its country code, as vendors write them', () => {
    expect(redactText('to +8613900000001 failed')).toBe('to +86139****0001 failed');
    expect(redactText('PhoneNumbers=8613900000001&x')).toBe('PhoneNumbers=86139****0001&x');
    expect(redactText('0086 13900000001')).toBe('0086 139****0001');
  });

  it('masks a sign-in code in a rendered message', () => {
    expect(redactText('【社区微业】您的登录验证码为204816，5分钟内有效。')).toBe(
      '【社区微业】您的登录验证码为******，5分钟内有效。',
    );
  });
});
