import { describe, expect, it } from 'vitest';
import { newCertificateSerial, newCheckInCode, SERIAL_PATTERN } from './serials';

describe('serials', () => {
  it('a serial is 16 base32 characters, and a thousand of them never repeat', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const s = newCertificateSerial();
      expect(s).toMatch(SERIAL_PATTERN);
      seen.add(s);
    }
    expect(seen.size).toBe(1000);
  });

  it('a check-in code is six digits, leading zeros kept', () => {
    for (let i = 0; i < 200; i++) expect(newCheckInCode()).toMatch(/^\d{6}$/);
  });
});
