/**
 * The unguessable numbers of training (ADR 0063): a certificate's serial is 80 random bits in
 * RFC 4648 base32 (16 letters and digits, no 0/1/8/9 to misread), so a forged serial has no
 * practical chance of naming a real certificate and serials reveal no count or order; a
 * check-in code is 6 random digits, unique among a course's live enrolments (the database's
 * unique index; a clash draws again).
 */
import { randomBytes, randomInt } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function newCertificateSerial(): string {
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

export const SERIAL_PATTERN = /^[A-Z2-7]{16}$/;

export function newCheckInCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}
