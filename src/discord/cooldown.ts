/**
 * How often one person may run the commands that search the whole corpus (/search, /summary,
 * Find in article). A sliding window: at most `uses` runs in any `windowMs`, so a burst is
 * refused at once and a steady pace never is. Cheap commands (/who, /quote, /help, paging) are
 * not counted.
 */
export interface CooldownPolicy {
  uses: number;
  windowMs: number;
  /** People remembered at once; the least recently active are forgotten first, bounding memory. */
  trackedUsers: number;
}

export const EXPENSIVE_COMMAND_COOLDOWN: CooldownPolicy = {
  uses: 5,
  windowMs: 30_000,
  trackedUsers: 10_000,
};

export type CooldownVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Per-user sliding-window counter, kept in memory and bounded by `trackedUsers`. */
export class Cooldown {
  readonly #policy: CooldownPolicy;
  readonly #now: () => number;
  /** userId -> times of the runs still inside the window, oldest first; Map order is recency. */
  readonly #recent = new Map<string, number[]>();

  constructor(policy: CooldownPolicy = EXPENSIVE_COMMAND_COOLDOWN, now: () => number = Date.now) {
    if (policy.uses < 1 || policy.windowMs <= 0 || policy.trackedUsers < 1) {
      throw new RangeError('a cooldown needs at least one use, a positive window and one tracked user');
    }
    this.#policy = policy;
    this.#now = now;
  }

  /** Counts a run when it is allowed; a refused run is not counted, so waiting always helps. */
  take(userId: string): CooldownVerdict {
    const now = this.#now();
    const windowStart = now - this.#policy.windowMs;
    const runs = (this.#recent.get(userId) ?? []).filter((time) => time > windowStart);
    this.#recent.delete(userId);
    if (runs.length >= this.#policy.uses) {
      this.#recent.set(userId, runs);
      const oldest = runs[0] ?? now;
      return { allowed: false, retryAfterMs: Math.max(1, oldest + this.#policy.windowMs - now) };
    }
    runs.push(now);
    this.#recent.set(userId, runs);
    while (this.#recent.size > this.#policy.trackedUsers) {
      const leastRecent = this.#recent.keys().next().value;
      if (leastRecent === undefined) break;
      this.#recent.delete(leastRecent);
    }
    return { allowed: true };
  }

  get trackedUsers(): number {
    return this.#recent.size;
  }
}

/** "try again in 12 s", rounded up so the advice is never too early. */
export function describeRetry(retryAfterMs: number): string {
  return `${Math.max(1, Math.ceil(retryAfterMs / 1000))} s`;
}
