// @ts-check
// The cache tags a render read, for the front's response cache: a page is
// dropped when one of the tags it showed expires, not on every expiry. The
// renderer (scripts/server/renderer.ts) runs each page render inside
// collectRenderTags(); the "use cache" handler (lib/cache/use-cache-handler.mjs),
// which Next calls within that render's async context, records the tags of
// every entry it hands out or stores. One AsyncLocalStorage per process, so
// the handler (loaded outside Next's bundles) and the renderer share it.
import { AsyncLocalStorage } from "node:async_hooks";
import { processSingleton } from "./process-state.mjs";

/** @returns {AsyncLocalStorage<Set<string>>} */
const storage = () => processSingleton("renderTags", () => new AsyncLocalStorage());

/**
 * Runs `render` with a fresh tag set that recordRenderTags() fills while it runs.
 * @template T
 * @param {(tags: Set<string>) => T} render
 * @returns {T}
 */
export function collectRenderTags(render) {
  const tags = new Set();
  return storage().run(tags, () => render(tags));
}

/**
 * Adds tags to the set of the render this call belongs to, if any. Next's
 * implicit path tags (`_N_T_…`) are left out: expiries by path come as their
 * own tags, and the front drops a page by its key for those.
 * @param {readonly string[] | undefined} tags
 */
export function recordRenderTags(tags) {
  const set = storage().getStore();
  if (!set || !tags) return;
  for (const tag of tags) if (!tag.startsWith("_N_T_")) set.add(tag);
}
