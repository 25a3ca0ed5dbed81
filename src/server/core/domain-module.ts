/**
 * What a domain contributes to the server, exported from its index.ts and collected once in
 * domains/registry.ts: its routes, its background tasks and its part of the demo street.
 */
import type { FastifyInstance } from 'fastify';
import type { Transaction } from 'kysely';
import type { Deps } from '../context';
import type { Database } from '../db/types';
import type { FieldCipher } from '../platform/crypto';
import type { BackgroundTask } from '../platform/scheduler';

/** What a domain's demo seed step is given, inside the one seeding transaction. */
export interface SeedContext {
  trx: Transaction<Database>;
  cipher: FieldCipher;
  /** The id of a demo area by its name (the areas and people are seeded before any domain). */
  areaId: (name: string) => number;
}

export interface DomainModule {
  name: string;
  routes: (app: FastifyInstance, deps: Deps) => Promise<void>;
  backgroundTasks?: readonly BackgroundTask[];
  /** This domain's part of the demo street (SPEC scenarios), run in registry order. */
  seedDemo?: (ctx: SeedContext) => Promise<void>;
}
