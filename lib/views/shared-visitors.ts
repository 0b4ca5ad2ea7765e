/**
 * View dedupe across instances (REDIS_URL): the same reader on instance A and
 * then on B within the repeat window counts once. Same pseudonyms as the
 * local log (lib/views/visitor.ts), with the day's salt shared through Redis
 * (each day's salt is made by whichever instance needs it first and kept two
 * days), and "seen" kept as a Redis key per reader and article that lives
 * for the window. Check and remember are one atomic script. Answers null
 * when Redis cannot answer: the caller then falls back to its local log.
 */
import type { SharedRedis } from "../redis/connection.mjs";
import { DAY_MS, newSalt, pseudonym, REPEAT_WINDOW_MS } from "./visitor";

// KEYS[1]: today's key; KEYS[2]: yesterday's (if still in the window). ARGV[1]: window in ms.
// 1 = first view in the window (now remembered), 0 = a repeat.
const CLAIM = `
for i = 2, #KEYS do
  if redis.call('EXISTS', KEYS[i]) == 1 then return 0 end
end
if redis.call('SET', KEYS[1], '1', 'PX', ARGV[1], 'NX') then return 1 end
return 0
`;

export class SharedVisitorLog {
  private readonly salts = new Map<number, string>();

  constructor(
    private readonly redis: SharedRedis,
    private readonly windowMs = REPEAT_WINDOW_MS,
  ) {}

  get available(): boolean {
    return this.redis.isUp;
  }

  /** The day's salt, the same on every instance. */
  private async salt(day: number): Promise<string> {
    const known = this.salts.get(day);
    if (known) return known;
    const key = this.redis.key(`views:salt:${day}`);
    const [, [, salt]] = (await this.redis.client.multi().set(key, newSalt(), "PX", 2 * DAY_MS, "NX").get(key).exec()) as [unknown, [unknown, string]];
    for (const old of this.salts.keys()) if (old < day - 1) this.salts.delete(old);
    this.salts.set(day, salt);
    return salt;
  }

  private async keys(reader: { address: string; userAgent: string }, articleId: number, now: number): Promise<string[]> {
    const day = Math.floor(now / DAY_MS);
    const days = now - day * DAY_MS < this.windowMs ? [day, day - 1] : [day];
    const keys: string[] = [];
    for (const d of days) keys.push(this.redis.key(`views:seen:${pseudonym(await this.salt(d), reader.address, reader.userAgent)}:${articleId}`));
    return keys;
  }

  /** True: the reader's first view of the article in the window, now remembered; false: a repeat; null: Redis did not answer. */
  async claim(reader: { address: string; userAgent: string }, articleId: number, now = Date.now()): Promise<boolean | null> {
    try {
      const keys = await this.keys(reader, articleId, now);
      return Number(await this.redis.client.eval(CLAIM, keys.length, ...keys, this.windowMs)) === 1;
    } catch (error) {
      this.redis.warn(`Wiederholungen nur in diesem Prozess erkannt: ${error instanceof Error ? error.message : error}`);
      return null;
    }
  }

  /** Takes a claim back (the view was not buffered after all, so the reader may send it again). */
  async release(reader: { address: string; userAgent: string }, articleId: number, now = Date.now()): Promise<void> {
    try {
      const [today] = await this.keys(reader, articleId, now);
      await this.redis.client.del(today!);
    } catch {
      // The key ends with the window anyway.
    }
  }
}
