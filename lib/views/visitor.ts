/**
 * Who counts as the same reader, without storing anything personal: a hash of
 * a secret salt (new every UTC day, kept only in memory), the client address
 * and the browser's user agent. No cookie. The hashes live in memory for the
 * 30-minute repeat window and are then forgotten.
 */
import { hash, randomBytes } from "node:crypto";

export const REPEAT_WINDOW_MS = 30 * 60_000;
export const DAY_MS = 86_400_000;

export const newSalt = () => randomBytes(32).toString("base64");

export class VisitorLog {
  private salt = newSalt();
  private saltDay = -1;
  /** Yesterday's salt, kept for the first window of a new day (null otherwise). */
  private previousSalt: string | null = null;
  private seen = new Map<string, number>();
  private readonly windowMs: number;
  private readonly maxEntries: number;

  constructor(options: { windowMs?: number; maxEntries?: number } = {}) {
    this.windowMs = options.windowMs ?? REPEAT_WINDOW_MS;
    this.maxEntries = options.maxEntries ?? 1_000_000;
  }

  /** The visitor's pseudonym for today. */
  visitorId(clientAddress: string, userAgent: string, now = Date.now()): string {
    return this.visitorIds(clientAddress, userAgent, now)[0];
  }

  /**
   * The visitor's pseudonyms to check for a repeat: today's first and, within
   * the repeat window after UTC midnight, yesterday's, so a reader counted at
   * 23:50 is a repeat at 00:10 although the salt has changed.
   */
  visitorIds(clientAddress: string, userAgent: string, now = Date.now()): string[] {
    const day = Math.floor(now / DAY_MS);
    if (day !== this.saltDay) {
      // Yesterday's salt stays only for the window, and only when it was yesterday's.
      this.previousSalt = day === this.saltDay + 1 ? this.salt : null;
      this.salt = newSalt();
      this.saltDay = day;
    }
    const ids = [pseudonym(this.salt, clientAddress, userAgent)];
    if (this.previousSalt !== null) {
      if (now - day * DAY_MS < this.windowMs) ids.push(pseudonym(this.previousSalt, clientAddress, userAgent));
      else this.previousSalt = null;
    }
    return ids;
  }

  /** True when one of the visitor's pseudonyms was counted for this article within the window. Remembers nothing. */
  seenRecently(visitorIds: readonly string[], articleId: number, now = Date.now()): boolean {
    this.prune(now);
    return visitorIds.some((id) => {
      const at = this.seen.get(`${id}:${articleId}`);
      return at !== undefined && now - at < this.windowMs;
    });
  }

  /** Remembers a counted view: call it once the view is buffered, never for a refused one. */
  remember(visitorId: string, articleId: number, now = Date.now()): void {
    const key = `${visitorId}:${articleId}`;
    // Re-insert so the map stays ordered by time and pruning can stop early.
    this.seen.delete(key);
    this.seen.set(key, now);
  }

  get size(): number {
    return this.seen.size;
  }

  private prune(now: number) {
    for (const [key, at] of this.seen) {
      // Oldest first; over the cap, the oldest go even if still in the window.
      if (now - at < this.windowMs && this.seen.size < this.maxEntries) break;
      this.seen.delete(key);
    }
  }
}

// A secret prefix and one-shot SHA-256: as unlinkable as an HMAC for this
// purpose (nothing is signed), and a third of its cost per beacon.
export const pseudonym = (salt: string, clientAddress: string, userAgent: string) =>
  hash("sha256", `${salt}\0${clientAddress}\0${userAgent}`, "base64url").slice(0, 22);
