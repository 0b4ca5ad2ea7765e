/**
 * Cache-Control for a response, by path. Reader pages may be kept briefly by a
 * CDN and served stale while it revalidates; admin and API answers never.
 * (Next.js marks pages rendered on request as uncacheable unless told otherwise.)
 */
export const READER_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
export const NO_STORE = "private, no-cache, no-store, max-age=0, must-revalidate";

export function cacheControlFor(method: string, pathname: string): string | null {
  if (pathname === "/admin" || pathname.startsWith("/admin/") || pathname.startsWith("/api/")) return NO_STORE;
  if (method !== "GET" && method !== "HEAD") return null;
  return READER_CACHE_CONTROL;
}
