import { readerPageTags, type Settings } from "../runtime";
import { cdnKey } from "./target";

/**
 * The response headers that tell each configured CDN which tags a page
 * carries, so a purge by tag finds it: `xkey` for Varnish (vmod xkey,
 * space-separated; deploy/varnish/default.vcl removes it before readers see
 * it), `Surrogate-Key` for Fastly (space-separated) and `Cache-Tag` for
 * Cloudflare (comma-separated); both CDNs strip theirs before delivery. No
 * CDN configured, no header: readers have no use for our tags.
 */
export const CDN_TAG_HEADERS = { varnish: "xkey", fastly: "Surrogate-Key", cloudflare: "Cache-Tag" } as const;

/**
 * Keys of our own besides the cache tags, so the CDN drops what our response
 * cache drops (lib/http/response-cache.ts): every page carries `all-pages`;
 * a page whose tags are unknown carries `untagged-pages` and is purged on any
 * expiry.
 */
export const CDN_KEYS = { allPages: "all-pages", untaggedPages: "untagged-pages" } as const;

/**
 * What an expiry purges: its tags and the pages of unknown tags; everything
 * when it names "*" or one of Next's path tags (which say too little about
 * which pages showed what); nothing for the admin's own paths.
 */
export function purgeKeysFor(tags: readonly string[]): string[] {
  // Next's path tags of the admin: nothing under /admin is ever in a CDN.
  const reader = readerPageTags(tags);
  if (reader.length === 0) return [];
  if (reader.some((tag) => tag === "*" || tag.startsWith("_N_T_"))) return [CDN_KEYS.allPages];
  return [...reader, CDN_KEYS.untaggedPages];
}

/** Varnish refuses a response whose header line is longer than http_resp_hdr_len (8 KB by default); vmod xkey reads every `xkey` line. */
const XKEY_LINE_MAX = 4_000;

/**
 * A page's tags as response headers (name → one value per header line) for
 * the CDNs in `cdn`; `null` when its tags are unknown.
 */
export function cdnTagHeaders(tags: readonly string[] | null, cdn: Settings["cdn"]): Record<string, string[]> {
  const keys = [...new Set([...(tags ?? [CDN_KEYS.untaggedPages]), CDN_KEYS.allPages].map(cdnKey))];
  const headers: Record<string, string[]> = {};
  if (cdn.varnishUrls.length > 0) headers[CDN_TAG_HEADERS.varnish] = lines(keys, " ", XKEY_LINE_MAX);
  if (cdn.fastly) headers[CDN_TAG_HEADERS.fastly] = [keys.join(" ")];
  if (cdn.cloudflare) headers[CDN_TAG_HEADERS.cloudflare] = [keys.join(",")];
  return headers;
}

function lines(keys: string[], separator: string, max: number): string[] {
  const result: string[] = [];
  let line = "";
  for (const key of keys) {
    if (line && line.length + separator.length + key.length > max) {
      result.push(line);
      line = "";
    }
    line = line ? `${line}${separator}${key}` : key;
  }
  if (line) result.push(line);
  return result;
}
