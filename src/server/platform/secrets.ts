/**
 * Keys for sessions, field encryption and the blind index. Production reads
 * them from the environment (checked at start-up); development and tests keep
 * generated ones under the data directory so a restart can still read its data.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Env } from '../env';

export interface Secrets {
  sessionSecret: string;
  dataKey: Buffer;
  blindIndexKey: Buffer;
}

function decodeKey(name: string, value: string): Buffer {
  const key = Buffer.from(value, 'base64');
  if (key.length !== 32) throw new Error(`Invalid environment:\n  ${name}: must be 32 bytes, base64`);
  return key;
}

export function loadSecrets(env: Env): Secrets {
  if (env.SESSION_SECRET && env.DATA_ENCRYPTION_KEY && env.BLIND_INDEX_KEY) {
    return {
      sessionSecret: env.SESSION_SECRET,
      dataKey: decodeKey('DATA_ENCRYPTION_KEY', env.DATA_ENCRYPTION_KEY),
      blindIndexKey: decodeKey('BLIND_INDEX_KEY', env.BLIND_INDEX_KEY),
    };
  }
  const dir = resolve(env.DATA_DIR);
  const file = join(dir, 'secrets.json');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const fresh = {
      sessionSecret: randomBytes(32).toString('base64url'),
      dataKey: randomBytes(32).toString('base64'),
      blindIndexKey: randomBytes(32).toString('base64'),
    };
    writeFileSync(file, JSON.stringify(fresh, null, 2), { mode: 0o600 });
  }
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return {
    sessionSecret: env.SESSION_SECRET ?? stored.sessionSecret!,
    dataKey: decodeKey('DATA_ENCRYPTION_KEY', env.DATA_ENCRYPTION_KEY ?? stored.dataKey!),
    blindIndexKey: decodeKey('BLIND_INDEX_KEY', env.BLIND_INDEX_KEY ?? stored.blindIndexKey!),
  };
}
