// Stand-in for `next/cache` in Vitest: caching is Next's runtime concern, the
// queries under test must hit the database every time.
export function cacheLife(..._args: unknown[]): void {}
export function cacheTag(..._args: unknown[]): void {}
export function revalidateTag(..._args: unknown[]): void {}
export function updateTag(..._args: unknown[]): void {}
export function revalidatePath(..._args: unknown[]): void {}
