// Stand-in for `next/cache` in Vitest: caching is Next's runtime concern, the
// queries under test must hit the database every time. The tags a read gives
// itself are recorded (see test/cache-tags.ts) so tests can check that a write
// expires every read it changes.
import { cacheTagRecorders } from "../cache-tags";

export function cacheLife(..._args: unknown[]): void {}
export function cacheTag(...tags: string[]): void {
  for (const set of cacheTagRecorders()) for (const tag of tags) set.add(tag);
}
export function revalidateTag(..._args: unknown[]): void {}
export function updateTag(..._args: unknown[]): void {}
export function revalidatePath(..._args: unknown[]): void {}
