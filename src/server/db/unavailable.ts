/**
 * Whether an error means the database cannot be reached right now (stopped,
 * restarting, the connection cut) rather than that a query was wrong. A request
 * that met one is answered 503 DATABASE_UNAVAILABLE and may simply be retried;
 * anything else stays a logged 500.
 */

/** Socket failures: they count only when they came through the database client (see `fromDatabase`). */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is going or not yet there: 57P01 admin_shutdown (a
 * fast stop, pg_terminate_backend), 57P02 crash_shutdown (another backend died),
 * 57P03 cannot_connect_now (starting up, recovering), 53300 too_many_connections.
 * Class 08 (connection exception) is matched as a class.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** pg's own errors for a connection that ended or could not be had carry no code, only these texts. */
const PG_MESSAGES = [
  /^Connection terminated/,
  /^Client has encountered a connection error and is not queryable/,
  /^timeout exceeded when trying to connect/,
];

const FROM_DATABASE = Symbol('fromDatabase');

/**
 * Marks an error the database client met, so that a socket failure elsewhere
 * (another service a request might call) is never taken for the database's.
 */
export function fromDatabase<T>(err: T): T {
  if (err instanceof Error) Object.defineProperty(err, FROM_DATABASE, { value: true });
  return err;
}

export function isDatabaseUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  return unavailable(err, FROM_DATABASE in err, 0);
}

function unavailable(err: unknown, viaDatabase: boolean, depth: number): boolean {
  if (!(err instanceof Error) || depth > 5) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
    if (viaDatabase && SOCKET_CODES.has(code)) return true;
  }
  if (PG_MESSAGES.some((m) => m.test(err.message))) return true;
  if (err instanceof AggregateError && err.errors.some((e) => unavailable(e, viaDatabase, depth + 1))) return true;
  return unavailable(err.cause, viaDatabase, depth + 1);
}
