/**
 * The port a test server listens on when none is set: the given base, moved by a
 * hash of this checkout's path, so two checkouts of the project on one machine can
 * run their tests at the same time without taking each other's port.
 */
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';

export function checkoutPort(base: number, setting: string | undefined): number {
  if (setting) return Number(setting);
  const digest = createHash('sha256').update(realpathSync(process.cwd())).digest();
  return base + (digest.readUInt16BE(0) % 200) * 5;
}
