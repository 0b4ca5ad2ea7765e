// @ts-check
// The tag-expiry bus of one process. The "use cache" handler
// (lib/cache/use-cache-handler.mjs) announces every expiry here; in the
// renderer a listener passes it to the front process, and in the front the
// response cache listens (the front announces what the renderer reports and
// what other instances publish through Redis).
import { processSingleton } from "./process-state.mjs";

/** @typedef {(tags: string[]) => void} TagExpiryListener */

/** @returns {Set<TagExpiryListener>} */
const listeners = () => processSingleton("tagExpiryListeners", () => new Set());

/**
 * Calls the listener on every tag expiry in this process; returns the function that stops it.
 * @param {TagExpiryListener} listener
 * @returns {() => void}
 */
export function onTagExpiry(listener) {
  const set = listeners();
  set.add(listener);
  return () => void set.delete(listener);
}

/**
 * Tells this process's listeners that these tags expired. A failing listener
 * is logged and does not keep the others from hearing it.
 * @param {string[]} tags
 */
export function announceTagExpiry(tags) {
  for (const listener of listeners()) {
    try {
      listener(tags);
    } catch (error) {
      console.error("Tag-Ablauf konnte nicht weitergegeben werden:", error);
    }
  }
}

/**
 * The tags of an expiry that can change what readers see: the admin's own paths cannot.
 * @param {readonly string[]} tags
 */
export function readerPageTags(tags) {
  return tags.filter((tag) => !/^_N_T_\/admin(\/|$)/.test(tag));
}
