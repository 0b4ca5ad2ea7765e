// @ts-check
// Expiring tags in this process's "use cache" entries from outside a request:
// the front process tells the renderer when a scheduled article's time has
// come (lib/articles/scheduled.ts), and no server action runs then. The
// handler (use-cache-handler.mjs) registers how it expires tags; this calls
// it. Plain JavaScript: the handler, which Next loads outside its bundles,
// imports it too; the function lives in the process registry, so every copy
// of this module finds the one the handler registered.
import { existingProcessSingleton, processSingleton } from "../runtime/process-state.mjs";
import { announceTagExpiry } from "../runtime/tag-expiry.mjs";

const NAME = "cache.expireHere";

/** @typedef {(tags: string[]) => Promise<void>} ExpireTags */

/**
 * The handler's way to expire tags locally (its entries, then the announcement).
 * @param {ExpireTags} expire
 */
export function registerCacheExpiry(expire) {
  processSingleton(NAME, () => expire);
}

/**
 * Expires tags in this process: through the handler when it is loaded, else
 * (no render has used the cache yet, so it holds nothing) by announcing them
 * only, so the front's response cache and the CDN tier still drop the pages.
 * Not shared through Redis: every instance's front runs its own schedule.
 * @param {string[]} tags
 * @returns {Promise<void>}
 */
export async function expireCachedTags(tags) {
  const expire = /** @type {ExpireTags | undefined} */ (existingProcessSingleton(NAME));
  if (expire) return expire(tags);
  announceTagExpiry(tags);
}
