/**
 * The mixed load's virtual users and what each kind does, shared by the
 * benchmark (which signs the users in and reports) and the load generator
 * (which runs in a child process and sends the requests).
 */
import type { LatencySummary } from './stats';

export type UserKind = 'resident' | 'owner' | 'officer';

export interface VirtualUser {
  kind: UserKind;
  /** `sid=…` of the user's own session, signed in before the load starts. */
  cookie: string;
  csrfToken: string;
  /** Owners: the factory whose day grid they fill, its active workers and products. */
  factory?: { id: number; workerIds: number[]; productIds: number[] };
}

/**
 * Each request the load sends is one of these, drawn by weight (the weights
 * are shares of all requests, in per cent); it is then sent by an idle virtual
 * user of that kind, so one person never has two requests in flight.
 */
export const ACTIONS = [
  { route: 'GET /api/v1/jobs/matches', kind: 'resident', weight: 20, what: "a resident's top 20 jobs" },
  { route: 'GET /api/v1/piecework/me', kind: 'resident', weight: 25, what: "a worker's count and pay today" },
  {
    route: 'GET /api/v1/piecework/me/statement',
    kind: 'resident',
    weight: 10,
    what: "a worker's month (this month twice as often as the last)",
  },
  {
    route: 'POST /api/v1/piecework/factories/:id/records/batch',
    kind: 'owner',
    weight: 16,
    what: "an owner's day-grid save: 1–8 workers, fresh idempotency keys",
  },
  {
    route: 'POST …/records/batch, resent',
    kind: 'owner',
    weight: 2,
    what: 'the same batch again, as a phone does when the answer was lost: must change nothing',
  },
  {
    route: 'GET /api/v1/piecework/factories/:id/day',
    kind: 'owner',
    weight: 6,
    what: "an owner's day grid today",
  },
  { route: 'GET /api/v1/residents', kind: 'officer', weight: 8, what: 'registry page 1–5 of 20 in scope' },
  { route: 'GET /api/v1/piecework/wages', kind: 'officer', weight: 6, what: 'wages and arrears, last 30 days' },
  {
    route: 'GET /api/v1/benefits/applications',
    kind: 'officer',
    weight: 7,
    what: 'the application queue, page 1 (all, or submitted)',
  },
] as const satisfies readonly { route: string; kind: UserKind; weight: number; what: string }[];

export type Route = (typeof ACTIONS)[number]['route'];

export interface MixedLoadJob {
  baseUrl: string;
  connections: number;
  warmupS: number;
  durationS: number;
  users: VirtualUser[];
  /** The business day the owners write, and the months and window the reads ask for. */
  today: string;
  thisMonth: string;
  lastMonth: string;
  wagesFrom: string;
  /** Seeds the draws, so two runs send the same mix. */
  seed: number;
}

export interface RouteResult extends LatencySummary {
  route: Route;
  kind: UserKind;
  /** Answers recorded in the measured window. */
  requests: number;
  rps: number;
  /** Answers by HTTP status, in the measured window. */
  statuses: Record<string, number>;
  /** Requests that got no answer (refused, reset, timed out). */
  transportErrors: number;
  /** 200s whose body broke the route's promise (a fresh batch not taken whole, a resend that wrote). */
  badAnswers: number;
  /** The first failed answer's status and body, to find the cause. */
  firstFailure: string | null;
  bytesPerResponse: number;
}

export interface MixedLoadResult {
  overall: LatencySummary & { requests: number; rps: number; elapsedS: number };
  routes: RouteResult[];
  /** Piece records the owners' batches reported accepted, warm-up included (checked against the database). */
  acceptedRecords: number;
  /** Batches resent: every one must have been answered accepted 0, duplicates n. */
  resends: number;
  loadGeneratorCpuPct: number | null;
}
