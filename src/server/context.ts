import type { Env } from './env';
import type { Db } from './db/client';
import type { Actor } from './core/actor';
import type { FieldCipher } from './platform/crypto';
import type { FileStorage } from './platform/files';
import type { SmsProvider } from './platform/sms';

/** What the app is built from; tests pass their own (a fresh database, the memory SMS outbox). */
export interface Deps {
  db: Db;
  env: Env;
  cipher: FieldCipher;
  sms: SmsProvider;
  /** Where uploads are kept; default: local disk under DATA_DIR/files. */
  files?: FileStorage;
  sessionSecret: string;
  databaseKind: 'bundled' | 'external';
  /** The built web app (default dist/web); tests point it elsewhere. */
  webRoot?: string;
  /** Where log lines go (default stdout); tests read them to check redaction. */
  logStream?: NodeJS.WritableStream;
  /** Per-IP request limits; tests that are not about limits turn them off. */
  rateLimits?: boolean;
}

/** What a use case is given: the database, who asks, from where, and when. */
export interface ServiceContext {
  db: Db;
  cipher: FieldCipher;
  actor: Actor | null;
  ip: string | null;
  now: Date;
}

export interface ActorContext extends ServiceContext {
  actor: Actor;
}
