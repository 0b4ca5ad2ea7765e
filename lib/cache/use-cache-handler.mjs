// The handler behind "use cache" (next.config.ts, cacheHandlers.default):
// Next's own in-memory handler, plus one thing. Every tag expiry is announced
// to listeners in this process (lib/cache/tag-expiry.ts), so the response
// cache in the front server (scripts/server/server.ts; the renderer passes it on) stops serving pages as
// soon as their content changes. Plain JavaScript: Next imports this file at
// run time, outside its bundles.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// Next's built-in handler; its path is internal, so fail loudly if it moves.
const { createDefaultCacheHandler } = require("next/dist/server/lib/cache-handlers/default");
if (typeof createDefaultCacheHandler !== "function") {
  throw new Error("next/dist/server/lib/cache-handlers/default no longer exports createDefaultCacheHandler: update lib/cache/use-cache-handler.mjs");
}

const LISTENERS = Symbol.for("rundblick.tagExpiryListeners");
const listeners = (globalThis[LISTENERS] ??= new Set());

const MAX_BYTES = 50 * 1024 * 1024;
const inner = createDefaultCacheHandler(MAX_BYTES);

const handler = {
  get: (cacheKey, softTags) => inner.get(cacheKey, softTags),
  set: (cacheKey, pendingEntry) => inner.set(cacheKey, pendingEntry),
  refreshTags: () => inner.refreshTags(),
  getExpiration: (tags) => inner.getExpiration(tags),
  async updateTags(tags, durations) {
    await inner.updateTags(tags, durations);
    for (const listener of listeners) {
      try {
        listener(tags);
      } catch (error) {
        console.error("Tag-Ablauf konnte nicht weitergegeben werden:", error);
      }
    }
  },
};

export default handler;
