/**
 * The response cache in front of Next (scripts/server/server.ts): whole
 * answers to anonymous GET/HEAD requests for reader pages, kept compressed,
 * bounded in bytes, least recently used first out. A text body is kept as
 * Brotli alone; gzip and the plain bytes are made the first time a client
 * asks for them, and kept with the entry from then on. Next stays the
 * renderer and the source of truth; this only remembers what it answered.
 *
 * No Next imports: it runs on the plain Node server.
 */
import { createHash } from "node:crypto";
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, brotliDecompressSync, constants as zlibConstants, gzipSync } from "node:zlib";
import { cookieHeaderHas, SESSION_COOKIES } from "../auth/session-cookie";
import type { Settings } from "../runtime";

const brotliAsync = promisify(brotliCompress);

/**
 * A request with any of these is personal: an editor's session. (Previews are
 * their own admin route, /admin/vorschau/<id>; the site uses no draft mode,
 * so its cookies get no pass past the cache.)
 */
const UNCACHED_COOKIES = SESSION_COOKIES;

/** Answers worth keeping: pages, permanent redirects, and "not found". */
const STORABLE_STATUS = new Set([200, 301, 308, 404, 410]);

/** A body larger than this is passed through, never stored. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Headers that describe one transfer, not the resource: never stored. */
const HOP_HEADERS = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "trailer",
  "content-length",
  "content-encoding",
  "date",
  "etag",
  "vary",
]);

export type Encoding = "br" | "gzip" | "identity";

export type CachedResponse = {
  status: number;
  headers: OutgoingHttpHeaders;
  /** Of the plain bytes (sha1), whichever encoding is sent; weak (`W/`) for a compressed one. */
  etag: string;
  /** A text body (HTML, XML, JSON, JavaScript): kept as Brotli, the other encodings made on demand. Else the plain bytes alone, for every client. */
  compressible: boolean;
  /**
   * The bodies made so far: `br` from the start for a compressible entry
   * (`identity` for another, the only one it ever has); `gzip` and
   * `identity` once a client asked for them (addEncoding).
   */
  bodies: Partial<Record<Encoding, Buffer>>;
  /**
   * The response headers for each encoding made so far, as a flat
   * [name, value, …] list built once, with its body: a hit only picks one.
   * The last value is the cache status, set just before sending.
   */
  prepared: Partial<Record<Encoding, string[]>>;
  /** Bytes this entry holds: the bodies made so far, the headers and their lists per encoding, a little for the entry itself. */
  size: number;
  storedAt: number;
  /** When it was last moved to the recently-used end. */
  usedAt: number;
  /** Fresh until then; after it the entry is served while one request refreshes it. */
  freshUntil: number;
  /** Served stale until then at most (a refresh that fails keeps it until here). */
  staleUntil: number;
  /** The cache tags the page showed; null: unknown, so any expiry makes it out of date. */
  tags: string[] | null;
  /** A tag it showed expired after its render began: render again before serving it (stale only if that fails). */
  outdated: boolean;
  /** The shared pieces (lib/http/esi.ts) this page includes; empty for a page without any, and for a piece. */
  esi: string[];
  /** An assembled page: the renders (page and pieces, by their store times) it was built from. */
  sources?: string;
  /** Set while a cache holds the entry: told of the bytes an encoding made on demand added, so the cache's total stays true. */
  grew?: (bytes: number) => void;
};

export type UpstreamResponse = {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The cache tags the page showed (lib/http/render-tags.ts); null or absent: unknown, so any expiry drops it. */
  tags?: string[] | null;
  /** The shared pieces the page includes (lib/http/esi.ts). */
  esi?: string[];
};

export type ResponseCacheOptions = {
  maxBytes: number;
  /**
   * Seconds a page is fresh: a safety lifetime only, since a write expires
   * exactly the pages that show what it changed (expireTags).
   */
  freshSeconds: number;
  /** Seconds a page that changes on its own clock is fresh: shared pieces (the most-read box) and search results. */
  clockSeconds: number;
  /** Seconds a "not found" is fresh. */
  notFoundSeconds: number;
  /** Seconds an entry may be served stale while the renderer fails (database down). */
  staleIfErrorSeconds: number;
};

export const DEFAULT_RESPONSE_CACHE_OPTIONS: ResponseCacheOptions = {
  maxBytes: 256 * 1024 * 1024,
  freshSeconds: 60 * 60,
  clockSeconds: 20,
  notFoundSeconds: 10,
  staleIfErrorSeconds: 24 * 60 * 60,
};

/** Options from the settings (RESPONSE_CACHE_MB; 0 turns the cache off). */
export function responseCacheOptions({ responseCacheBytes }: Pick<Settings, "responseCacheBytes">): ResponseCacheOptions {
  return { ...DEFAULT_RESPONSE_CACHE_OPTIONS, maxBytes: responseCacheBytes };
}

function isPrivatePath(pathname: string): boolean {
  return (
    pathname === "/admin" ||
    pathname.startsWith("/admin/") ||
    pathname === "/api" ||
    pathname.startsWith("/api/") ||
    pathname.startsWith("/_next/")
  );
}

/**
 * The cache key of a request the cache may answer, or null when it must go
 * to Next: only anonymous GET/HEAD for reader pages. Editors (session
 * cookie), admin, API, Next's own assets and the router's RSC
 * requests (same URL, other content) never touch the cache.
 */
export function responseCacheKey(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders): string | null {
  if ((method !== "GET" && method !== "HEAD") || !url || !url.startsWith("/")) return null;
  const query = url.indexOf("?");
  const pathname = query === -1 ? url : url.slice(0, query);
  if (isPrivatePath(pathname)) return null;
  if (query !== -1 && url.includes("_rsc=", query)) return null;
  if (headers.rsc !== undefined || headers["next-router-prefetch"] !== undefined || headers["next-router-state-tree"] !== undefined) return null;
  if (headers["next-action"] !== undefined || headers.authorization !== undefined) return null;
  if (cookieHeaderHas(headers.cookie, UNCACHED_COOKIES)) return null;
  return url;
}

/** Whether Next's answer may be kept for every reader. */
export function isStorable(upstream: UpstreamResponse): boolean {
  if (!STORABLE_STATUS.has(upstream.status)) return false;
  if (upstream.headers["set-cookie"] !== undefined) return false;
  const cacheControl = String(upstream.headers["cache-control"] ?? "");
  if (/\b(private|no-store)\b/i.test(cacheControl)) return false;
  if (upstream.headers["content-encoding"] && upstream.headers["content-encoding"] !== "identity") return false;
  return upstream.body.length <= MAX_BODY_BYTES;
}

const encodingMemo = new Map<string, Encoding>();

/** The best encoding the client accepts (q=0 refuses one); browsers send a handful of distinct headers, so answers are remembered. */
export function chooseEncoding(acceptEncoding: string | string[] | undefined): Encoding {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : (acceptEncoding ?? "");
  let encoding = encodingMemo.get(header);
  if (encoding === undefined) {
    encoding = parseAcceptEncoding(header);
    if (encodingMemo.size >= 256) encodingMemo.clear();
    encodingMemo.set(header, encoding);
  }
  return encoding;
}

function parseAcceptEncoding(header: string): Encoding {
  const accepted = new Set<string>();
  for (const part of header.toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (q && Number(q.slice(2)) === 0) continue;
    if (name) accepted.add(name.trim());
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip")) return "gzip";
  return "identity";
}

/** Bytes counted for an entry besides its bodies and headers (the object, its Map slot and key). */
const ENTRY_OVERHEAD = 256;

/** Bytes a prepared header list adds: its slots, and the few strings of its own (ETag, length, encoding). */
function listBytes(list: readonly string[]): number {
  return 64 + list.length * 8;
}

/** Brotli at quality 5: about half a millisecond for an article page; 6 to 9 make it no smaller, 11 about 8 % smaller at 60 times the time. */
function brotliOptions(length: number) {
  return { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: length } };
}

/**
 * Builds an entry from Next's answer: compresses once, here, with Brotli,
 * the encoding nearly every browser asks for; the others are made when a
 * client first asks for them (addEncoding). `renderedAt` is when the render
 * was asked for, so a write that lands during the render still invalidates
 * it. `clock`: the page changes on its own clock, not only by a write, and
 * is fresh for `clockSeconds` instead of the long safety lifetime.
 */
export async function toCachedResponse(
  upstream: UpstreamResponse,
  options: ResponseCacheOptions,
  renderedAt: number,
  { clock = false }: { clock?: boolean } = {},
): Promise<CachedResponse> {
  const now = renderedAt;
  const headers: OutgoingHttpHeaders = {};
  let headerBytes = 0;
  for (const [name, value] of Object.entries(upstream.headers)) {
    if (value === undefined || HOP_HEADERS.has(name)) continue;
    headers[name] = value;
    headerBytes += name.length + String(value).length;
  }
  const identity = upstream.body;
  const compressible = /^(text\/|application\/(xml|rss\+xml|json|javascript))/i.test(String(upstream.headers["content-type"] ?? ""));
  const bodies: CachedResponse["bodies"] = compressible ? { br: await brotliAsync(identity, brotliOptions(identity.length)) } : { identity };
  const etag = `"${createHash("sha1").update(identity).digest("base64url")}"`;
  const notFound = upstream.status === 404 || upstream.status === 410;
  const fresh = Math.min(notFound ? options.notFoundSeconds : options.freshSeconds, clock ? options.clockSeconds : Infinity) * 1000;
  const entry: CachedResponse = {
    status: upstream.status,
    headers,
    etag,
    compressible,
    bodies,
    prepared: {},
    size: ENTRY_OVERHEAD + headerBytes,
    storedAt: now,
    usedAt: now,
    freshUntil: now + fresh,
    staleUntil: now + fresh + options.staleIfErrorSeconds * 1000,
    tags: upstream.tags ?? null,
    outdated: false,
    esi: upstream.esi ?? [],
  };
  const first: Encoding = compressible ? "br" : "identity";
  const list = prepare(entry, first);
  entry.prepared[first] = list;
  entry.size += bodies[first]!.length + listBytes(list);
  return entry;
}

/** The header list for one encoding, whose body the entry has. */
function prepare(entry: CachedResponse, encoding: Encoding): string[] {
  const compressed = encoding !== "identity";
  const list: string[] = [];
  for (const [name, value] of Object.entries(entry.headers)) {
    for (const item of Array.isArray(value) ? value : [value]) list.push(name, String(item));
  }
  list.push("vary", "Accept-Encoding", "etag", compressed ? `W/${entry.etag}` : entry.etag);
  if (compressed) list.push("content-encoding", encoding);
  list.push("content-length", String(entry.bodies[encoding]!.length), "x-rundblick-cache", "");
  return list;
}

/** The plain bytes of an entry, decompressed when it keeps only Brotli (not kept: for assembling a page from its pieces, say). */
export function identityBody(entry: CachedResponse): Buffer {
  return entry.bodies.identity ?? brotliDecompressSync(entry.bodies.br!);
}

/**
 * Makes an encoding a client asked for and the entry does not have yet,
 * keeps it with its header list, and counts its bytes (in the entry, and
 * through `grew` in the cache that holds it). Synchronous, so body and
 * Content-Length are made together before anything is sent, and the work is
 * small and once per entry: for an article page (34 KB) the plain bytes take
 * about 0.1 ms (Brotli decompressed), gzip about 0.4 ms (made from them).
 */
function addEncoding(entry: CachedResponse, encoding: "gzip" | "identity"): string[] {
  const identity = identityBody(entry);
  const body = encoding === "identity" ? identity : gzipSync(identity, { level: 6 });
  entry.bodies[encoding] = body;
  const list = prepare(entry, encoding);
  entry.prepared[encoding] = list;
  const added = body.length + listBytes(list);
  entry.size += added;
  entry.grew?.(added);
  return list;
}

/** The status, headers and body to send for an entry, in the client's encoding (304 when the client's copy matches). */
export function responseFor(
  entry: CachedResponse,
  requestHeaders: IncomingHttpHeaders,
  cacheStatus: string,
): { status: number; headers: string[]; body: Buffer } {
  const encoding = entry.compressible ? chooseEncoding(requestHeaders["accept-encoding"]) : "identity";
  // br is always there for a compressible entry, identity for another.
  const headers = entry.prepared[encoding] ?? addEncoding(entry, encoding as "gzip" | "identity");
  headers[headers.length - 1] = cacheStatus;
  const ifNoneMatch = requestHeaders["if-none-match"];
  if (ifNoneMatch && entry.status === 200 && ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === entry.etag)) {
    // Same headers but no body: the length of the body the client already has is not sent.
    const notModified: string[] = [];
    for (let i = 0; i < headers.length; i += 2) {
      if (headers[i] !== "content-length" && headers[i] !== "content-encoding") notModified.push(headers[i]!, headers[i + 1]!);
    }
    return { status: 304, headers: notModified, body: Buffer.alloc(0) };
  }
  return { status: entry.status, headers, body: entry.bodies[encoding]! };
}

/**
 * The store: a Map in least-recently-used order, bounded in bytes. An
 * expiry from Next (a tag changed) marks every entry as needing a new
 * render; an invalidated entry is only served again when the render fails
 * (stale if error), never instead of a working render.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  /** Entries stored before this instant are out of date. */
  private invalidatedAt = -Infinity;
  /** The keys of the entries that showed each tag. */
  private readonly keysByTag = new Map<string, Set<string>>();
  /** Entries whose tags are unknown: any expiry makes them out of date. */
  private readonly untagged = new Set<string>();
  /** Recent expiries by tag (oldest first), for renders that began before one and are stored after it. */
  private readonly expiredAt = new Map<string, number>();
  private lastExpiryAt = -Infinity;
  /** Counters; `expiredPages`: pages a tag expiry marked (entries other than the copies assembled from them). */
  readonly stats = { hits: 0, stale: 0, misses: 0, stored: 0, evicted: 0, invalidations: 0, expiredEntries: 0, expiredPages: 0 };

  constructor(readonly options: ResponseCacheOptions) {}

  get enabled(): boolean {
    return this.options.maxBytes > 0;
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  /** Whether an entry is kept under `key` (in whatever state), without touching its place. */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** The entry and its state: fresh, stale (serve, refresh once), or invalid (render first). */
  lookup(key: string, now = Date.now()): { entry: CachedResponse; state: "fresh" | "stale" | "invalid" } | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (now > entry.staleUntil) {
      this.delete(key);
      return null;
    }
    this.touch(key, entry, now);
    if (entry.outdated || entry.storedAt <= this.invalidatedAt) return { entry, state: "invalid" };
    return { entry, state: now < entry.freshUntil ? "fresh" : "stale" };
  }

  /** The entry when it may be served as it is (the hot path: no allocation), else undefined. */
  fresh(key: string, now = Date.now()): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry || now >= entry.freshUntil || entry.outdated || entry.storedAt <= this.invalidatedAt) return undefined;
    this.touch(key, entry, now);
    return entry;
  }

  /** Most recently used last; an entry used within the last second keeps its place (cheaper under load, same order for eviction). */
  private touch(key: string, entry: CachedResponse, now: number): void {
    if (now - entry.usedAt < 1_000) return;
    entry.usedAt = now;
    this.entries.delete(key);
    this.entries.set(key, entry);
  }

  set(key: string, entry: CachedResponse): void {
    if (!this.enabled || entry.size > this.options.maxBytes / 4) return;
    this.delete(key);
    entry.grew = this.grew;
    // A render that began before an expiry of what it shows has the old content.
    entry.outdated = entry.tags
      ? entry.tags.some((tag) => (this.expiredAt.get(tag) ?? -Infinity) >= entry.storedAt)
      : this.lastExpiryAt >= entry.storedAt;
    this.entries.set(key, entry);
    this.bytes += entry.size;
    if (!entry.tags) this.untagged.add(key);
    else for (const tag of entry.tags) this.keysShowing(tag).add(key);
    this.stats.stored++;
    this.evictOverflow();
  }

  /** An entry held here made an encoding on demand: counted, and the least recently used go when that crosses the bound. */
  private readonly grew = (bytes: number): void => {
    this.bytes += bytes;
    this.evictOverflow();
  };

  private evictOverflow(): void {
    for (const [oldKey] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.delete(oldKey);
      this.stats.evicted++;
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.grew = undefined;
    this.entries.delete(key);
    this.bytes -= entry.size;
    if (!entry.tags) this.untagged.delete(key);
    else {
      for (const tag of entry.tags) {
        const keys = this.keysByTag.get(tag);
        keys?.delete(key);
        if (keys?.size === 0) this.keysByTag.delete(tag);
      }
    }
  }

  private keysShowing(tag: string): Set<string> {
    let keys = this.keysByTag.get(tag);
    if (!keys) this.keysByTag.set(tag, (keys = new Set()));
    return keys;
  }

  /**
   * Tags expired (a write changed what they stand for): the pages that showed
   * any of them, and pages whose tags are unknown, are out of date; every
   * other page stays as it is. Next's path tags (`_N_T_…`) and "*" say too
   * little to go by: they make everything out of date. Returns how many
   * entries it marked.
   */
  expireTags(tags: readonly string[], now = Date.now()): number {
    if (tags.some((tag) => tag === "*" || tag.startsWith("_N_T_"))) {
      this.invalidateAll(now);
      return this.entries.size;
    }
    let marked = 0;
    const mark = (key: string) => {
      const entry = this.entries.get(key);
      if (entry && !entry.outdated) {
        entry.outdated = true;
        marked++;
        // A copy assembled from a page and its pieces (it records what it was built from) is not a page of its own.
        if (entry.sources === undefined) this.stats.expiredPages++;
      }
    };
    for (const tag of tags) {
      this.expiredAt.delete(tag);
      this.expiredAt.set(tag, now);
      for (const key of this.keysByTag.get(tag) ?? []) mark(key);
    }
    for (const key of this.untagged) mark(key);
    this.lastExpiryAt = now;
    // Only renders still running can need an expiry time: keep a minute of them.
    for (const [tag, at] of this.expiredAt) {
      if (now - at < 60_000) break;
      this.expiredAt.delete(tag);
    }
    this.stats.expiredEntries += marked;
    return marked;
  }

  /** Next expired a tag: nothing stored so far may be served as current. */
  invalidateAll(now = Date.now()): void {
    // Same millisecond as a store: that store may predate the write, so it is out too.
    this.invalidatedAt = now;
    this.stats.invalidations++;
  }

  clear(): void {
    for (const entry of this.entries.values()) entry.grew = undefined;
    this.entries.clear();
    this.keysByTag.clear();
    this.untagged.clear();
    this.bytes = 0;
  }
}
