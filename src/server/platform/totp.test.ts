import { describe, expect, it } from 'vitest';
import { newTotpSecret, totpCodeAt, totpUri, verifyTotp } from './totp';

const at = new Date('2026-11-18T02:00:10Z');
const step = Math.floor(at.getTime() / 30_000);

describe('TOTP', () => {
  it('matches the RFC 6238 SHA-1 test vector', () => {
    // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s → 94287082 (8 digits); 6 digits → 287082
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    expect(totpCodeAt(secret, new Date(59_000))).toBe('287082');
  });
  it('accepts the current code and its neighbours, once each', () => {
    const secret = newTotpSecret();
    expect(verifyTotp(secret, totpCodeAt(secret, at), at, null)).toBe(step);
    expect(verifyTotp(secret, totpCodeAt(secret, new Date(at.getTime() - 30_000)), at, null)).toBe(step - 1);
    expect(verifyTotp(secret, totpCodeAt(secret, at), at, step)).toBeNull(); // replay
    expect(verifyTotp(secret, totpCodeAt(secret, new Date(at.getTime() - 120_000)), at, null)).toBeNull(); // too old
  });
  it('writes an otpauth URI that authenticator apps read', () => {
    expect(totpUri('JBSWY3DPEHPK3PXP', 'wangguiling')).toMatch(
      /^otpauth:\/\/totp\/.+:wangguiling\?.*secret=JBSWY3DPEHPK3PXP/,
    );
  });
});
