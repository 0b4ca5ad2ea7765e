// @ts-check
// The process's Redis connection, when REDIS_URL is set (several instances
// share cache expiry, the login throttle and view dedupe through it).
// Plain JavaScript: the "use cache" handler (lib/cache/use-cache-handler.mjs)
// loads it at run time outside Next's bundles, and the app's TypeScript uses
// it too. One connection per process (lib/runtime's process singleton).
//
// Redis is never allowed to hold up a reader: commands fail at once while the
// connection is down (no offline queue) and after COMMAND_TIMEOUT_MS when
// Redis does not answer; callers then fall back to what the process knows
// itself. The connection keeps trying to come back; while it is away a warning
// goes to the log once a minute, and listeners hear when it is back (local
// caches are then dropped: an expiry may have been missed meanwhile).
import { Redis } from "ioredis";
import { processSingleton } from "../runtime/process-state.mjs";
import { settings } from "../runtime/settings.mjs";

// Far above a healthy answer (well under a millisecond); low enough that a hung Redis costs a reader at most a second.
const COMMAND_TIMEOUT_MS = 1_000;
const WARN_EVERY_MS = 60_000;

/** @typedef {{ url: string, prefix: string }} RedisConfig */

/**
 * REDIS_URL and REDIS_PREFIX (validated by lib/runtime/settings.mjs), or null without REDIS_URL.
 * @returns {RedisConfig | null}
 */
export function redisConfig() {
  return settings().redis;
}

/**
 * @param {string} url
 * @param {string} name
 */
function connect(url, name) {
  return new Redis(url, {
    connectionName: name,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 1_000,
    // Keep trying, at most every two seconds.
    retryStrategy: (times) => Math.min(times * 200, 2_000),
    lazyConnect: false,
  });
}

export class SharedRedis {
  /** @param {RedisConfig} config */
  constructor(config) {
    this.prefix = config.prefix;
    this.url = config.url;
    this.client = connect(config.url, "rundblick");
    this.up = false;
    this.wasDown = false;
    this.lastWarning = 0;
    this.closing = false;
    /** @type {Set<() => void>} */
    this.restoredListeners = new Set();
    this.client.on("ready", () => {
      this.up = true;
      if (this.wasDown) {
        this.wasDown = false;
        console.log("[redis] wieder erreichbar; lokale Caches werden verworfen.");
        for (const listener of this.restoredListeners) {
          try {
            listener();
          } catch (error) {
            console.error("[redis]", error);
          }
        }
      }
    });
    const down = (/** @type {Error | undefined} */ error = undefined) => {
      if (this.closing) return;
      this.wasDown = true;
      this.up = false;
      this.warn(error?.message ?? "Verbindung geschlossen");
    };
    this.client.on("error", down);
    this.client.on("end", () => down());
    this.client.on("close", () => {
      if (this.up) down();
    });
  }

  /**
   * A warning in the log at most once a minute.
   * @param {string} reason
   */
  warn(reason) {
    const now = Date.now();
    if (now - this.lastWarning < WARN_EVERY_MS) return;
    this.lastWarning = now;
    console.warn(`[redis] nicht erreichbar (${reason}); jede Instanz arbeitet bis dahin mit dem, was sie selbst weiß.`);
  }

  get isUp() {
    return this.up && this.client.status === "ready";
  }

  /** @param {string} name */
  key(name) {
    return this.prefix + name;
  }

  /**
   * Calls the listener whenever Redis is back after being away; returns the function that stops it.
   * @param {() => void} listener
   * @returns {() => void}
   */
  onRestored(listener) {
    this.restoredListeners.add(listener);
    return () => void this.restoredListeners.delete(listener);
  }

  /**
   * A second connection for SUBSCRIBE (a subscribed connection can do nothing
   * else): messages on `channel` go to `onMessage`; `onResubscribed` is
   * called when the subscription is back after a break, in which messages may
   * have been missed.
   * @param {string} channel
   * @param {(message: string) => void} onMessage
   * @param {() => void} [onResubscribed]
   * @returns {() => void}
   */
  subscribe(channel, onMessage, onResubscribed) {
    const subscriber = connect(this.url, "rundblick-subscriber");
    let subscribedBefore = false;
    subscriber.on("error", (error) => this.warn(error.message));
    subscriber.on("ready", () => {
      subscriber.subscribe(this.key(channel)).then(
        () => {
          if (subscribedBefore) onResubscribed?.();
          subscribedBefore = true;
        },
        (error) => this.warn(error.message),
      );
    });
    subscriber.on("message", (_channel, message) => onMessage(message));
    return () => subscriber.disconnect();
  }

  disconnect() {
    this.closing = true;
    this.client.disconnect();
  }
}

/**
 * This process's Redis connection, or null when REDIS_URL is not set.
 * @returns {SharedRedis | null}
 */
export function sharedRedis() {
  const config = redisConfig();
  if (!config) return null;
  return processSingleton("redis", () => new SharedRedis(config));
}
