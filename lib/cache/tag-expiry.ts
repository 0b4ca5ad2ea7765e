/**
 * Tag expiry as the "use cache" handler (lib/cache/use-cache-handler.mjs)
 * announces it, for code in the same process outside Next's bundles (the
 * response cache). Shared through globalThis, since Next loads the handler
 * on its own.
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
