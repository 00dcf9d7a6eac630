/** How a queue backs off after a failed attempt: base × factor^(attempt − 1), at most maxMs. */
export interface Backoff {
  readonly baseMs: number;
  readonly factor: number;
  readonly maxMs: number;
  /** 0..1: the delay is drawn from [(1 − jitter) × d, d], so workers that failed together spread out. */
  readonly jitter: number;
}

/**
 * One outbox table as the queue mechanism sees it. Every such table has the same queue columns
 * (attempts, next_attempt_at, lease_until, dead_at, last_error); what "not done yet" means and
 * what done and dead set is the table's own. The SQL fragments are constants of ours, never input.
 */
export interface OutboxQueue {
  /** As metrics and logs name it. */
  readonly name: string;
  readonly table: string;
  /** The primary key column (uuid). */
  readonly key: string;
  /** A row still to be worked on, e.g. `status = 'pending'`. */
  readonly open: string;
  /** The claim's order, oldest first. */
  readonly order: string;
  /** Assignments that mark a row done; `$3` is the instant. Null: done rows are removed instead. */
  readonly doneSet: string | null;
  /** Assignments besides dead_at when a row is given up (e.g. `status = 'failed'`), or null. */
  readonly deadSet: string | null;
  /** What undoes deadSet when a person sends a dead letter back (e.g. `status = 'pending'`), or null. */
  readonly reviveSet: string | null;
  /** The attempt that fails with this number is the last: the row becomes a dead letter. */
  readonly maxAttempts: number;
  readonly backoff: Backoff;
  /** How long a claim holds: longer than one attempt takes, so only a dead worker's claim runs out. */
  readonly leaseMs: number;
}

/** A row a worker holds: its key, the attempt this is (counted at claim), and the lease it holds. */
export interface Claim {
  readonly key: string;
  readonly attempts: number;
  /**
   * The fence: settling only works while the row still carries this lease. Null: the attempt did
   * not come through a claim (a failed inbound mail's first ingest), so it settles whoever holds it.
   */
  readonly leaseUntil: Date | null;
}
