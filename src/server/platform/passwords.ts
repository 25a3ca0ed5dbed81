/** Staff passwords: argon2id with OWASP's minimum parameters (19 MiB, 2 passes). */
import { hash, verify } from '@node-rs/argon2';

// 2 = Argon2id in @node-rs/argon2's Algorithm enum (a const enum, so not importable here).
const OPTIONS = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified against when the username does not exist, so both paths take as long.
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword('no-such-user-' + Math.random());
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}
