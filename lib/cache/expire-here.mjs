// @ts-check
// Expiring tags in this process's "use cache" entries from outside a request:
// the front process tells a renderer when a scheduled article's time has
// come (lib/articles/scheduled.ts), and when the other renderer expired tags
// (an editor's save in the newsroom renderer), and no server action runs
// here then. The handler (use-cache-handler.mjs) registers how it expires
// tags; this calls it. Plain JavaScript: the handler, which Next loads
// outside its bundles, imports it too; the function lives in the process
// registry, so every copy of this module finds the one the handler registered.
import { existingProcessSingleton, processSingleton } from "../runtime/process-state.mjs";
import { announceTagExpiry } from "../runtime/tag-expiry.mjs";

const NAME = "cache.expireHere";

/**
 * announce: false when whoever asked has announced the expiry already (the
 * front, which passes a renderer's expiry on to the other renderer): the
 * entries go, nobody is told again, so nothing echoes back and the CDN is
 * purged once.
 * @typedef {{ announce?: boolean }} ExpireOptions
 * @typedef {(tags: string[], options: { announce: boolean }) => Promise<void>} ExpireTags
 */

/**
 * The handler's way to expire tags locally (its entries, then, when asked, the announcement).
 * @param {ExpireTags} expire
 */
export function registerCacheExpiry(expire) {
  processSingleton(NAME, () => expire);
}

/**
 * Expires tags in this process: through the handler when it is loaded, else
 * (no render has used the cache yet, so it holds nothing) by announcing them
 * only, when asked to, so the front's response cache and the CDN tier still
 * drop the pages. Not shared through Redis: every instance's front runs its
 * own schedule, and an editor's save was shared by the renderer it ran in.
 * @param {string[]} tags
 * @param {ExpireOptions} [options]
 * @returns {Promise<void>}
 */
export async function expireCachedTags(tags, { announce = true } = {}) {
  const expire = /** @type {ExpireTags | undefined} */ (existingProcessSingleton(NAME));
  if (expire) return expire(tags, { announce });
  if (announce) announceTagExpiry(tags);
}
