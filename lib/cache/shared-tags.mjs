// @ts-check
// Tag expiry shared between instances through Redis (several instances on
// one database): the "use cache" handler (lib/cache/use-cache-handler.mjs)
// writes every expiry it makes into a Redis hash and announces it on a
// channel; before each render reads from the cache it brings its own tag
// table up to date when the hash has changed (a version counter, one GET).
// The entries themselves are not shared: each instance keeps its own in
// memory (see README, "Running several instances").
//
// Plain JavaScript: loaded at run time by the handler, outside Next's bundles.

/** Tag times older than this cannot matter: no cached entry lives that long (the longest `revalidate` here is a day). */
const KEEP_MS = 2 * 24 * 60 * 60 * 1000;

export const TAGS_CHANNEL = "tags-expired";

/** @typedef {{ stale?: number, expired?: number }} TagTimes */
/** @typedef {{ publish(tags: string[]): Promise<void>, refresh(): Promise<void>, forget(): void, prune(): Promise<void> }} SharedTags */

/**
 * @param {{ redis: import("../redis/connection.mjs").SharedRedis, manifest: Map<string, TagTimes> }} options
 * @returns {SharedTags}
 */
export function createSharedTags({ redis, manifest }) {
  const hashKey = redis.key("tags");
  const versionKey = redis.key("tags:version");
  const channelKey = redis.key(TAGS_CHANNEL);
  /** @type {string | null} */
  let syncedVersion = null;
  let publishes = 0;

  /**
   * @param {string} tag
   * @param {TagTimes} remote
   */
  function merge(tag, remote) {
    /** @type {TagTimes} */
    const local = manifest.get(tag) ?? {};
    const merged = { ...local };
    let changed = false;
    for (const field of /** @type {const} */ (["stale", "expired"])) {
      const value = remote[field];
      if (typeof value === "number" && !(typeof local[field] === "number" && local[field] >= value)) {
        merged[field] = value;
        changed = true;
      }
    }
    if (changed) manifest.set(tag, merged);
  }

  return {
    /** After a local expiry: the tags' times into Redis, the version up, the news on the channel. */
    async publish(tags) {
      if (!redis.isUp) return void redis.warn("Tag-Ablauf nur lokal");
      const fields = [];
      for (const tag of tags) fields.push(tag, JSON.stringify({ ...manifest.get(tag), at: Date.now() }));
      try {
        await redis.client
          .multi()
          .hset(hashKey, ...fields)
          .incr(versionKey)
          .publish(channelKey, JSON.stringify({ tags }))
          .exec();
        if (++publishes % 100 === 0) await this.prune();
      } catch (error) {
        redis.warn(`Tag-Ablauf nicht geteilt: ${error instanceof Error ? error.message : String(error)}`);
      }
    },

    /** Before a render reads the cache: the other instances' expiries since the last look. */
    async refresh() {
      if (!redis.isUp) return;
      try {
        const version = await redis.client.get(versionKey);
        if (version === syncedVersion) return;
        const all = await redis.client.hgetall(hashKey);
        for (const [tag, value] of Object.entries(all)) merge(tag, JSON.parse(value));
        syncedVersion = version;
      } catch (error) {
        redis.warn(`Tag-Abgleich fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`);
      }
    },

    /** Redis was away: read everything again on the next refresh. */
    forget() {
      syncedVersion = null;
    },

    /** Drops tag times too old to matter, so the hash does not grow without bound. */
    async prune() {
      const all = await redis.client.hgetall(hashKey);
      const old = Object.entries(all)
        .filter(([, value]) => Date.now() - (JSON.parse(value).at ?? 0) > KEEP_MS)
        .map(([tag]) => tag);
      if (old.length > 0) await redis.client.hdel(hashKey, ...old);
    },
  };
}
