import { processSingleton } from "../lib/runtime";

/**
 * Runs a cached read (a `"use cache"` function, which in Vitest runs straight
 * against the database) and returns its result with every cache tag it and the
 * cached reads it calls gave themselves, as Next would attach them to the entry.
 * Reads running at the same time record into each other's sets: call one at a time.
 */
export async function withCacheTags<T>(read: () => Promise<T>): Promise<{ value: T; tags: Set<string> }> {
  const tags = new Set<string>();
  cacheTagRecorders().add(tags);
  try {
    return { value: await read(), tags };
  } finally {
    cacheTagRecorders().delete(tags);
  }
}

/** The sets the `next/cache` stand-in (test/stubs/next-cache.ts) adds each cacheTag() call's tags to. */
export function cacheTagRecorders(): Set<Set<string>> {
  return processSingleton("testCacheTagRecorders", () => new Set<Set<string>>());
}
