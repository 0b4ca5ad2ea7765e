/**
 * Tag expiry as the "use cache" handler (lib/cache/use-cache-handler.mjs)
 * announces it, for code in the same process outside Next's bundles (in the
 * renderer: the message to the front server; in the front: the response
 * cache, told by announceTagExpiry). Shared through globalThis, since Next
 * loads the handler on its own.
 */
export type TagExpiryListener = (tags: string[]) => void;

const LISTENERS = Symbol.for("rundblick.tagExpiryListeners");

function listeners(): Set<TagExpiryListener> {
  const global = globalThis as unknown as Record<symbol, Set<TagExpiryListener> | undefined>;
  global[LISTENERS] ??= new Set();
  return global[LISTENERS];
}

/** Calls the listener on every tag expiry; returns the function that stops it. */
export function onTagExpiry(listener: TagExpiryListener): () => void {
  const set = listeners();
  set.add(listener);
  return () => set.delete(listener);
}

/** Whether an expiry can change what readers see: the admin's own paths cannot. */
export function touchesReaderPages(tags: string[]): boolean {
  return tags.some((tag) => !/^_N_T_\/admin(\/|$)/.test(tag));
}

/** Tells this process's listeners (the front server does this for expiries reported by the renderer process). */
export function announceTagExpiry(tags: string[]): void {
  for (const listener of listeners()) {
    try {
      listener(tags);
    } catch (error) {
      console.error("Tag-Ablauf konnte nicht weitergegeben werden:", error);
    }
  }
}
