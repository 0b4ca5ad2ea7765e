// @ts-check
// The handler behind "use cache" (next.config.ts, cacheHandlers.default):
// Next's own in-memory handler, plus three things.
// - The tags of every entry a page render reads or stores are recorded for
//   that render (lib/runtime/render-tags.mjs): the front's response cache
//   keeps a page under the tags it shows.
// - Every tag expiry is announced to listeners in this process
//   (lib/runtime/tag-expiry.mjs): the renderer passes it to the front server
//   (scripts/server/server.ts), whose response cache stops serving pages as
//   soon as their content changes.
// - With REDIS_URL, tag expiry is shared between instances
//   (lib/cache/shared-tags.mjs): written to Redis and announced there, and
//   read back before each render, so an edit on one instance is on every
//   instance's next request. When Redis comes back after an outage, the
//   entries kept meanwhile are dropped: an expiry may have been missed.
// Plain JavaScript: Next imports this file at run time, outside its bundles.
import { createRequire } from "node:module";
import { sharedRedis } from "../redis/connection.mjs";
import { recordRenderTags } from "../runtime/render-tags.mjs";
import { announceTagExpiry } from "../runtime/tag-expiry.mjs";
import { registerCacheExpiry } from "./expire-here.mjs";
import { createSharedTags } from "./shared-tags.mjs";

const require = createRequire(import.meta.url);
// Next's built-in handler and its tag table; internal paths, so fail loudly if they move.
const { createDefaultCacheHandler } = require("next/dist/server/lib/cache-handlers/default");
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external");
if (typeof createDefaultCacheHandler !== "function" || !(tagsManifest instanceof Map)) {
  throw new Error("Next's default cache handler or its tag table moved: update lib/cache/use-cache-handler.mjs");
}

const MAX_BYTES = 50 * 1024 * 1024;
let inner = createDefaultCacheHandler(MAX_BYTES);

const redis = sharedRedis();
const shared = redis ? createSharedTags({ redis, manifest: tagsManifest }) : null;
redis?.onRestored(() => {
  inner = createDefaultCacheHandler(MAX_BYTES);
  shared?.forget();
});

/** @type {import("next/dist/server/lib/cache-handlers/types").CacheHandler} */
const handler = {
  async get(cacheKey, softTags) {
    const entry = await inner.get(cacheKey, softTags);
    // The render that asked shows this entry: its tags are the page's tags too (lib/runtime/render-tags.mjs).
    recordRenderTags(entry?.tags);
    return entry;
  },
  set(cacheKey, pendingEntry) {
    pendingEntry.then((entry) => recordRenderTags(entry.tags)).catch(() => undefined);
    return inner.set(cacheKey, pendingEntry);
  },
  async refreshTags() {
    await shared?.refresh();
    return inner.refreshTags();
  },
  getExpiration: (tags) => inner.getExpiration(tags),
  async updateTags(tags, durations) {
    await inner.updateTags(tags, durations);
    await shared?.publish(tags);
    announceTagExpiry(tags);
  },
};

// Expiries the front passes on (lib/cache/expire-here.mjs): a scheduled
// article's time, or the other renderer's write. Local only: every instance's
// front runs its own schedule, and a write was shared where it happened. Not
// announced when the front has announced it already (announce: false).
registerCacheExpiry(async (tags, { announce }) => {
  await inner.updateTags(tags);
  if (announce) announceTagExpiry(tags);
});

export default handler;
