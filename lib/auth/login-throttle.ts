/**
 * Slows down password guessing: after MAX_FAILURES failed logins for one
 * account, or MAX_ADDRESS_FAILURES from one client address, within the
 * window, further attempts are refused until the oldest of them has left the
 * window. Kept in memory: one server process sees all its own attempts, and a
 * restart forgives (several instances would need Redis).
 *
 * An attempt is counted when it starts (`begin`), before the password is
 * checked, and check and count are one synchronous step: parallel attempts
 * cannot all pass the check while the first ones are still being verified.
 * A successful login takes its own count back (`succeeded`).
 *
 * The table is bounded (MAX_KEYS). When it is full, expired entries go first,
 * then the entries nearest to nothing: the fewest failures relative to their
 * limit, and among those the longest untouched. It is never cleared, so a
 * flood of made-up accounts or addresses pushes out other made-up ones (one
 * failure each) before it can touch an account that is being guessed at.
 */
import { processSingleton } from "../runtime";

export const MAX_FAILURES = 5;
/**
 * Per client address: higher than per account, since several editors may
 * share one address (an office, or every client behind a proxy when
 * TRUST_PROXY is not set).
 */
export const MAX_ADDRESS_FAILURES = 20;
export const WINDOW_MS = 15 * 60 * 1000;
export const MAX_KEYS = 100_000;

/** A throttled key: its name, how many failures it may have in the window, and whether a successful login clears it. */
export type ThrottleKey = { key: string; limit: number; clearOnSuccess: boolean };

/** The throttle keys of one login attempt: the account and, when known, the client's address. */
export function loginKeys(email: string, address: string | null): ThrottleKey[] {
  return [
    { key: `email:${email.trim().toLowerCase()}`, limit: MAX_FAILURES, clearOnSuccess: true },
    ...(address ? [{ key: `ip:${address}`, limit: MAX_ADDRESS_FAILURES, clearOnSuccess: false }] : []),
  ];
}

type Entry = { limit: number; failures: number[] };

/** A started attempt: go ahead (`at` identifies its count) or wait `retryAfterMs`. */
export type Attempt = { allowed: true; at: number; keys: ThrottleKey[]; sharedId?: string } | { allowed: false; retryAfterMs: number };

/** What the login asks of a throttle: this process's (LoginThrottle) or the one shared through Redis (lib/auth/shared-throttle.ts). */
export interface Throttle {
  begin(keys: ThrottleKey[]): Attempt | Promise<Attempt>;
  succeeded(attempt: Extract<Attempt, { allowed: true }>): void | Promise<void>;
}

export class LoginThrottle implements Throttle {
  private entries = new Map<string, Entry>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxKeys = MAX_KEYS,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  private recent(key: string): number[] {
    const cutoff = this.now() - WINDOW_MS;
    const entry = this.entries.get(key);
    if (!entry) return [];
    entry.failures = entry.failures.filter((t) => t > cutoff);
    if (entry.failures.length === 0) this.entries.delete(key);
    return entry.failures;
  }

  /** Milliseconds to wait before the next attempt for any of these keys, or 0. */
  retryAfter(keys: ThrottleKey[]): number {
    let wait = 0;
    for (const { key, limit } of keys) {
      const failures = this.recent(key);
      if (failures.length >= limit) wait = Math.max(wait, failures[failures.length - limit] + WINDOW_MS - this.now());
    }
    return wait;
  }

  /**
   * Checks and counts in one step: refused while any key is at its limit;
   * otherwise the attempt is counted as a failure right away, until
   * `succeeded` takes it back.
   */
  begin(keys: ThrottleKey[]): Attempt {
    const wait = this.retryAfter(keys);
    if (wait > 0) return { allowed: false, retryAfterMs: wait };
    const at = this.now();
    const added = keys.filter(({ key }) => !this.entries.has(key)).length;
    if (added > 0 && this.entries.size + added > this.maxKeys) this.evict();
    for (const { key, limit } of keys) {
      const entry = this.entries.get(key) ?? { limit, failures: [] };
      entry.failures.push(at);
      // Re-inserted: the map's order is the order of last failure.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return { allowed: true, at, keys };
  }

  /** The password was right: the account's failures are forgiven; the address keeps its earlier ones, minus this attempt. */
  succeeded(attempt: Extract<Attempt, { allowed: true }>): void {
    for (const { key, clearOnSuccess } of attempt.keys) {
      const entry = this.entries.get(key);
      if (!entry) continue;
      if (clearOnSuccess) {
        this.entries.delete(key);
        continue;
      }
      const index = entry.failures.lastIndexOf(attempt.at);
      if (index >= 0) entry.failures.splice(index, 1);
      if (entry.failures.length === 0) this.entries.delete(key);
    }
  }

  /** Makes room for a tenth of the table: expired entries first, then the least-failed, longest untouched. */
  private evict(): void {
    const target = Math.floor(this.maxKeys * 0.9);
    for (const key of [...this.entries.keys()]) this.recent(key);
    if (this.entries.size <= target) return;
    // Map order is oldest last failure first; a stable sort by weight keeps that order within equal weights.
    const ranked = [...this.entries].map(([key, entry], order) => ({ key, weight: Math.min(1, entry.failures.length / entry.limit), order }));
    ranked.sort((a, b) => a.weight - b.weight || a.order - b.order);
    for (const { key } of ranked.slice(0, this.entries.size - target)) this.entries.delete(key);
  }
}

/** This process's throttle, one however often Next's bundles load this module. */
export const loginThrottle = processSingleton("loginThrottle", () => new LoginThrottle());
