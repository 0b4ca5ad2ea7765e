/**
 * Reader pages on the plain Node server (scripts/server/server.ts), before
 * Next's router: a cache hit is answered here at about what plain `node:http`
 * costs; a miss asks Next to render (one render per page at a time, the
 * others wait for it), within a bound on concurrent renders; a refused or
 * failed render answers a short German 503, or the last good copy when
 * there is one.
 *
 * No Next imports: it runs on the plain Node server.
 */
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import {
  identityBody,
  isStorable,
  responseCacheKey,
  responseFor,
  toCachedResponse,
  type CachedResponse,
  type ResponseCache,
  type UpstreamResponse,
} from "./response-cache";
import { RenderRefused, type RenderLimiter } from "./render-limiter";
import { CDN_TAG_HEADERS, cdnTagHeaders } from "../cdn";
import { settings } from "../runtime";
import { acceptsEsi, assemble, assembledKey, isPiecePath, pieceFragment, withEsiIncludes } from "./esi";
import { documentBody } from "./static-document";
import { sendUnavailablePage } from "./unavailable-page";

/** Asks Next for one page (a GET, uncompressed), given up after timeoutMs. */
export type RenderUpstream = (url: string, headers: IncomingHttpHeaders, timeoutMs: number) => Promise<UpstreamResponse>;

export type ReaderPagesOptions = {
  /** Longest a render may take before the reader gets the 503 (or a stale copy). */
  renderTimeoutMs: number;
  /** False while the database is known to be down: pages never seen answer 503 at once. */
  databaseUp: () => boolean;
  /** Calls back when the database is found down (a reader waiting for a render stops waiting); returns the cancel function. */
  onceDatabaseDown: (listener: () => void) => () => void;
  /**
   * Searches' own share of the renders (issue: search at archive scale): a
   * burst of searches waits here, never in the pages' queue, so it neither
   * takes the slots of article renders nor gets refused by their queue.
   * Absent: searches share the pages' limiter.
   */
  searchLimiter?: RenderLimiter;
  /**
   * Where pages readers already had are rendered again (expired by a write,
   * a shared piece past its clock): a renderer kept free of first visits
   * (the newsroom's, one render at a time), so a save's dozen pages, among
   * them the front page, do not queue behind the archive's tail when first
   * visits fill the readers' renderers. Searches keep their own share.
   * Absent: they go ahead of first visits in the pages' queue.
   */
  refresh?: { limiter: RenderLimiter; render: RenderUpstream };
};

type RenderResult =
  | { ok: true; upstream: UpstreamResponse; entry: CachedResponse | null }
  | { ok: false; reason: "overload" | "unavailable" };

const NOT_CACHED_RENDER_HEADERS = ["accept-encoding", "if-none-match", "if-modified-since", "range", "if-range"];

export class ReaderPages {
  private readonly inflight = new Map<string, Promise<RenderResult>>();
  private readonly assembling = new Map<string, Promise<CachedResponse>>();

  constructor(
    private readonly cache: ResponseCache,
    private readonly limiter: RenderLimiter,
    private readonly render: RenderUpstream,
    private readonly options: ReaderPagesOptions,
  ) {}

  /** The cache's and the limiter's counters (`GET /api/cache` with VIEWS_STATS=1, for bench:scale). */
  stats(): Record<string, number> {
    return {
      ...this.cache.stats,
      ...this.cache.size,
      ...this.limiter.load,
      refused: this.limiter.refused,
      refreshesRefused: this.options.refresh?.limiter.refused ?? 0,
    };
  }

  /** True when it took the request (a reader page); false: hand it to Next. */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    if (!this.cache.enabled) return false;
    const key = responseCacheKey(req.method, req.url, req.headers);
    if (key === null) return false;
    const entry = this.cache.fresh(key);
    // The hot path: no promise, nothing built but the answer. A page with
    // shared pieces goes to readers as assembled (kept under its own key),
    // and as it is to a cache in front that assembles it (lib/http/esi.ts).
    const ready = entry && (entry.esi.length === 0 || acceptsEsi(req.headers) ? entry : this.cache.fresh(assembledKey(key)));
    if (ready) {
      this.cache.stats.hits++;
      this.send(req, res, ready, "HIT");
    } else if (entry) {
      // The page is fresh; one of its pieces is not, or it was never assembled.
      this.cache.stats.hits++;
      void this.deliver(key, req, res, entry, "HIT");
    } else {
      void this.answer(key, this.cache.lookup(key), req, res);
    }
    return true;
  }

  /** Sends a page: a page with pieces assembled for readers, as it is to a cache that assembles it. */
  private async deliver(key: string, req: IncomingMessage, res: ServerResponse, entry: CachedResponse, cacheStatus: string): Promise<void> {
    if (entry.esi.length === 0 || acceptsEsi(req.headers)) return this.send(req, res, entry, cacheStatus);
    try {
      this.send(req, res, await this.assembled(key, entry, req.headers), cacheStatus);
    } catch (error) {
      console.error(`Seite ${key} konnte nicht zusammengesetzt werden:`, error instanceof Error ? error.message : error);
      if (!res.headersSent) this.sendUnavailable(req, res, "unavailable");
    }
  }

  /**
   * The page with its pieces in place, kept under its own key. It is built
   * again only when the page or one of its pieces was rendered again (or a
   * tag of either expired): while they are merely stale and being refreshed,
   * the copy built from them is served as it is, so no request compresses a
   * page it need not. One assembly per page at a time. A piece that cannot be
   * had is left out, and that result is not kept.
   */
  private assembled(key: string, page: CachedResponse, headers: IncomingHttpHeaders): Promise<CachedResponse> {
    const kept = this.cache.fresh(assembledKey(key));
    if (kept) return Promise.resolve(kept);
    let pending = this.assembling.get(key);
    if (!pending) {
      pending = this.assemble(key, page, headers).finally(() => this.assembling.delete(key));
      this.assembling.set(key, pending);
    }
    return pending;
  }

  private async assemble(key: string, page: CachedResponse, headers: IncomingHttpHeaders): Promise<CachedResponse> {
    const startedAt = Date.now();
    const pieces = await Promise.all(page.esi.map(async (src) => ({ src, piece: await this.piece(src, headers) })));
    const sources = [page.storedAt, ...pieces.map(({ piece }) => piece?.storedAt ?? "-")].join(",");
    const previous = this.cache.lookup(assembledKey(key));
    if (previous && previous.state !== "invalid" && previous.entry.sources === sources) return previous.entry;

    const bodies = new Map<string, string>();
    const tags = new Set(page.tags ?? []);
    let tagsKnown = page.tags !== null;
    let freshUntil = page.freshUntil;
    for (const { src, piece } of pieces) {
      if (!piece) continue;
      bodies.set(src, identityBody(piece).toString("utf8"));
      for (const tag of piece.tags ?? []) tags.add(tag);
      tagsKnown &&= piece.tags !== null;
      freshUntil = Math.min(freshUntil, piece.freshUntil);
    }
    const pageHeaders = { ...page.headers } as IncomingHttpHeaders;
    delete pageHeaders["surrogate-control"];
    // Page and pieces are kept as Brotli alone: decompressed here and not kept (about 0.1 ms for an article page, a fifth of compressing the result).
    const body = Buffer.from(assemble(identityBody(page).toString("utf8"), bodies), "utf8");
    const assembledTags = tagsKnown ? [...tags] : null;
    const entry = await toCachedResponse(
      { status: page.status, headers: withCdnTags(pageHeaders, assembledTags), body, tags: assembledTags },
      this.cache.options,
      startedAt,
    );
    entry.freshUntil = Math.min(entry.freshUntil, freshUntil);
    entry.sources = sources;
    if (bodies.size === page.esi.length && !page.outdated) this.cache.set(assembledKey(key), entry);
    return entry;
  }

  /** A piece for assembling: fresh from the cache, stale (refreshed in the background), or rendered now. */
  private async piece(src: string, headers: IncomingHttpHeaders): Promise<CachedResponse | null> {
    const found = this.cache.lookup(src);
    if (found?.state === "fresh") return found.entry;
    const databaseUp = this.options.databaseUp();
    if (found?.state === "stale") {
      if (databaseUp) void this.renderOnce(src, headers);
      return found.entry;
    }
    if (!databaseUp) return found?.entry ?? null;
    const rendered = await this.renderOnce(src, headers);
    return rendered.ok && rendered.entry ? rendered.entry : (found?.entry ?? null);
  }

  private async answer(key: string, found: ReturnType<ResponseCache["lookup"]>, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (found?.state === "stale" || (found?.state === "invalid" && this.inflight.has(key) && answersPreviousWhileRendering(key))) {
      // Served at once; one render in the background brings the next reader a fresh copy.
      this.cache.stats.stale++;
      if (this.options.databaseUp()) void this.renderOnce(key, req.headers);
      return this.deliver(key, req, res, found.entry, "STALE");
    }
    this.cache.stats.misses++;
    if (!this.options.databaseUp()) {
      if (found) return this.deliver(key, req, res, found.entry, "STALE-IF-ERROR");
      return this.sendUnavailable(req, res, "unavailable");
    }
    // A render that waits on a database which just went away is not worth waiting for.
    const result = await new Promise<RenderResult>((resolve) => {
      const cancel = this.options.onceDatabaseDown(() => resolve({ ok: false, reason: "unavailable" }));
      void this.renderOnce(key, req.headers).then((rendered) => {
        cancel();
        resolve(rendered);
      });
    });
    if (result.ok) {
      if (result.entry) return this.deliver(key, req, res, result.entry, "MISS");
      if (result.upstream.status < 500) return this.sendUpstream(req, res, result.upstream);
    }
    if (found) return this.deliver(key, req, res, found.entry, "STALE-IF-ERROR");
    return this.sendUnavailable(req, res, result.ok ? "unavailable" : result.reason);
  }

  /** One render per key at a time; later requests for the same page share it. */
  private renderOnce(key: string, headers: IncomingHttpHeaders): Promise<RenderResult> {
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = this.renderAndStore(key, headers).finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return pending;
  }

  private async renderAndStore(key: string, requestHeaders: IncomingHttpHeaders): Promise<RenderResult> {
    const headers = { ...requestHeaders };
    for (const name of NOT_CACHED_RENDER_HEADERS) delete headers[name];
    try {
      const search = isSearchPath(key);
      // A page readers already had (expired by a write, or refreshed): on the
      // renderer kept for refreshes when there is one, else before first
      // visits of the archive's tail (so is the update address below).
      const first = this.cache.has(key);
      // Not a Liveticker's update address: its renders are small and awaited by
      // polls, and the newsroom's renderer is where the ticker's editor works.
      const refresh = first && !search && !answersPreviousWhileRendering(key) ? this.options.refresh : undefined;
      const limiter = refresh?.limiter ?? ((search && this.options.searchLimiter) || this.limiter);
      const render = refresh?.render ?? this.render;
      return await limiter.run(async () => {
        const startedAt = Date.now();
        const upstream = await render(key, headers, this.options.renderTimeoutMs);
        if (!isStorable(upstream)) return { ok: true as const, upstream, entry: null };
        const page = storedForm(key, upstream);
        if (!page) return { ok: true as const, upstream, entry: null };
        const entry = await toCachedResponse({ ...page, headers: withCdnTags(page.headers, page.tags ?? null) }, this.cache.options, startedAt, {
          clock: changesOnItsOwnClock(key),
        });
        this.cache.set(key, entry);
        return { ok: true as const, upstream, entry };
      }, { first });
    } catch (error) {
      if (error instanceof RenderRefused) return { ok: false, reason: "overload" };
      console.error(`Seite ${key} konnte nicht erzeugt werden:`, error instanceof Error ? error.message : error);
      return { ok: false, reason: "unavailable" };
    }
  }

  private send(req: IncomingMessage, res: ServerResponse, entry: CachedResponse, cacheStatus: string): void {
    if (res.headersSent || res.destroyed) return;
    const { status, headers, body } = responseFor(entry, req.headers, cacheStatus);
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  /** Next's answer as it came (not storable: it sets a cookie, say). */
  private sendUpstream(req: IncomingMessage, res: ServerResponse, upstream: UpstreamResponse): void {
    const headers: OutgoingHttpHeaders = { ...upstream.headers, "content-length": String(upstream.body.length), "x-rundblick-cache": "BYPASS" };
    delete headers["transfer-encoding"];
    delete headers.trailer;
    delete headers.connection;
    delete headers["keep-alive"];
    res.writeHead(upstream.status, headers);
    res.end(req.method === "HEAD" ? undefined : upstream.body);
  }

  private sendUnavailable(req: IncomingMessage, res: ServerResponse, reason: "overload" | "unavailable"): void {
    sendUnavailablePage(req, res, reason, reason === "overload" ? 5 : 15, { "x-rundblick-cache": reason === "overload" ? "REFUSED" : "UNAVAILABLE" });
  }
}

/**
 * Pages whose content changes without a write: the shared pieces (the
 * most-read box follows readers) and search results (their ranking and
 * counts follow the archive). Every other page changes only by a write, which
 * expires it by tag, and is kept for the long safety lifetime.
 */
export function changesOnItsOwnClock(key: string): boolean {
  return isPiecePath(key) || isSearchPath(key);
}

/**
 * A Liveticker's update address (`/<section>/<slug>/eintraege?v=<version>`):
 * after a change, the first poll of a version waits for its new answer; the
 * polls that arrive while that render runs get the previous answer at once
 * (marked STALE, so the page's script asks again in 2 s) instead of all
 * waiting for it (docs/liveticker.md).
 */
export function answersPreviousWhileRendering(key: string): boolean {
  return /^\/[a-z0-9-]+\/[a-z0-9-]+\/eintraege\?/.test(key);
}

/** The search page, with or without a query. */
export function isSearchPath(key: string): boolean {
  return key === "/suche" || key.startsWith("/suche?") || key.startsWith("/suche/");
}

/**
 * What the cache keeps of a render. A page (a 200) is stored as a document,
 * without the client runtime (lib/http/static-document.ts), its pieces'
 * placeholders turned into ESI includes; a piece is stored as its fragment
 * (null: a piece render without one, not kept). Anything else as it came:
 * Next's "not found" answer is a shell its runtime fills in the browser.
 */
function storedForm(key: string, upstream: UpstreamResponse): UpstreamResponse | null {
  if (upstream.status !== 200) return upstream;
  if (isPiecePath(key)) {
    const fragment = pieceFragment(upstream.body.toString("utf8"));
    if (fragment === null) return null;
    return { ...upstream, headers: { ...upstream.headers, "x-robots-tag": "noindex" }, body: Buffer.from(fragment, "utf8") };
  }
  const body = documentBody(upstream.headers["content-type"], upstream.body);
  if (!String(upstream.headers["content-type"] ?? "").startsWith("text/html")) return { ...upstream, body };
  const { html, includes } = withEsiIncludes(body.toString("utf8"));
  if (includes.length === 0) return { ...upstream, body };
  return { ...upstream, headers: { ...upstream.headers, "surrogate-control": 'content="ESI/1.0"' }, body: Buffer.from(html, "utf8"), esi: includes };
}

/** The headers with the tags a CDN in front purges this page by (lib/cdn), when one is configured. */
function withCdnTags(headers: IncomingHttpHeaders, tags: readonly string[] | null): IncomingHttpHeaders {
  const tagged: IncomingHttpHeaders = { ...headers };
  for (const name of Object.values(CDN_TAG_HEADERS)) delete tagged[name.toLowerCase()];
  for (const [name, values] of Object.entries(cdnTagHeaders(tags, settings().cdn))) tagged[name.toLowerCase()] = values;
  return tagged;
}
