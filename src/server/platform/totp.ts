/**
 * RFC 6238 time-based one-time codes (30 s steps, 6 digits, SHA-1: what every
 * authenticator app reads), via the `otpauth` library. A code is accepted
 * within ±1 step and only once: the caller stores the accepted step.
 */
import { Secret, TOTP } from 'otpauth';

const ISSUER = '社区微业';

function totp(secretBase32: string, label: string) {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secretBase32),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, label: string): string {
  return totp(secretBase32, label).toString();
}

/** The step the code belongs to, or null when it matches none within the window or was already used. */
export function verifyTotp(secretBase32: string, code: string, now: Date, lastStep: number | null): number | null {
  const delta = totp(secretBase32, 'x').validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 30_000) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

export function totpCodeAt(secretBase32: string, at: Date): string {
  return totp(secretBase32, 'x').generate({ timestamp: at.getTime() });
}
