/**
 * Slows down password guessing: after MAX_FAILURES failed logins for one
 * account or from one address within the window, further attempts are refused
 * until the window has passed. Kept in memory: one server process sees all its
 * own attempts, and a restart forgives (several instances would need Redis).
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;

type Entry = { failures: number[] };

export class LoginThrottle {
  private entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  private recent(key: string): number[] {
    const cutoff = this.now() - WINDOW_MS;
    const entry = this.entries.get(key);
    if (!entry) return [];
    entry.failures = entry.failures.filter((t) => t > cutoff);
    if (entry.failures.length === 0) this.entries.delete(key);
    return entry.failures;
  }

  /** Milliseconds to wait before the next attempt for any of these keys, or 0. */
  retryAfter(keys: string[]): number {
    let wait = 0;
    for (const key of keys) {
      const failures = this.recent(key);
      if (failures.length >= MAX_FAILURES) wait = Math.max(wait, failures[0] + WINDOW_MS - this.now());
    }
    return wait;
  }

  recordFailure(keys: string[]): void {
    for (const key of keys) {
      const entry = this.entries.get(key) ?? { failures: [] };
      entry.failures.push(this.now());
      this.entries.set(key, entry);
    }
    if (this.entries.size > 100_000) this.entries.clear(); // bounded: never grow without limit
  }

  recordSuccess(keys: string[]): void {
    for (const key of keys) this.entries.delete(key);
  }
}

const globalForThrottle = globalThis as unknown as { rundblickLoginThrottle?: LoginThrottle };
export const loginThrottle = (globalForThrottle.rundblickLoginThrottle ??= new LoginThrottle());
