/**
 * The login throttle of several instances: the same rule as LoginThrottle
 * (lib/auth/login-throttle.ts), with the failures kept in Redis, so five
 * wrong passwords on one instance lock the account on all of them. Check and
 * count are one Lua script, atomic across instances. While Redis cannot be
 * reached, this process's own throttle counts instead (and a warning goes to
 * the log once a minute).
 */
import { randomBytes } from "node:crypto";
import type { SharedRedis } from "../redis/connection.mjs";
import { WINDOW_MS, type Attempt, type LoginThrottle, type Throttle, type ThrottleKey } from "./login-throttle";

// KEYS: the throttle keys. ARGV: now, window, this attempt's id, then each key's limit.
// Returns 0 when the attempt was counted, else the milliseconds to wait.
const BEGIN = `
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local wait = 0
for i, key in ipairs(KEYS) do
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
  local limit = tonumber(ARGV[3 + i])
  local count = redis.call('ZCARD', key)
  if count >= limit then
    local oldest = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
    local w = tonumber(oldest[2]) + window - now
    if w > wait then wait = w end
  end
end
if wait > 0 then return wait end
for i, key in ipairs(KEYS) do
  redis.call('ZADD', key, now, ARGV[3])
  redis.call('PEXPIRE', key, window)
end
return 0
`;

export class SharedLoginThrottle implements Throttle {
  constructor(
    private readonly redis: SharedRedis,
    private readonly local: LoginThrottle,
    private readonly now: () => number = Date.now,
  ) {}

  private key(key: string): string {
    return this.redis.key(`login:${key}`);
  }

  async begin(keys: ThrottleKey[]): Promise<Attempt> {
    if (!this.redis.isUp) {
      this.redis.warn("Anmeldesperre nur in diesem Prozess");
      return this.local.begin(keys);
    }
    const at = this.now();
    const id = `${at}-${randomBytes(6).toString("base64url")}`;
    try {
      const wait = Number(
        await this.redis.client.eval(BEGIN, keys.length, ...keys.map((k) => this.key(k.key)), at, WINDOW_MS, id, ...keys.map((k) => k.limit)),
      );
      if (wait > 0) return { allowed: false, retryAfterMs: wait };
      return { allowed: true, at, keys, sharedId: id };
    } catch (error) {
      this.redis.warn(`Anmeldesperre nur in diesem Prozess: ${error instanceof Error ? error.message : error}`);
      return this.local.begin(keys);
    }
  }

  async succeeded(attempt: Extract<Attempt, { allowed: true }>): Promise<void> {
    if (attempt.sharedId === undefined) return this.local.succeeded(attempt);
    try {
      const pipeline = this.redis.client.multi();
      for (const { key, clearOnSuccess } of attempt.keys) {
        if (clearOnSuccess) pipeline.del(this.key(key));
        else pipeline.zrem(this.key(key), attempt.sharedId);
      }
      await pipeline.exec();
    } catch (error) {
      this.redis.warn(`Anmeldesperre nicht zurückgenommen: ${error instanceof Error ? error.message : error}`);
    }
  }
}
