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
  isStorable,
  responseCacheKey,
  responseFor,
  toCachedResponse,
  type CachedResponse,
  type ResponseCache,
  type UpstreamResponse,
} from "./response-cache";
import { RenderRefused, type RenderLimiter } from "./render-limiter";
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
};

type RenderResult =
  | { ok: true; upstream: UpstreamResponse; entry: CachedResponse | null }
  | { ok: false; reason: "overload" | "unavailable" };

const NOT_CACHED_RENDER_HEADERS = ["accept-encoding", "if-none-match", "if-modified-since", "range", "if-range"];

export class ReaderPages {
  private readonly inflight = new Map<string, Promise<RenderResult>>();

  constructor(
    private readonly cache: ResponseCache,
    private readonly limiter: RenderLimiter,
    private readonly render: RenderUpstream,
    private readonly options: ReaderPagesOptions,
  ) {}

  /** True when it took the request (a reader page); false: hand it to Next. */
  handle(req: IncomingMessage, res: ServerResponse): boolean {
    if (!this.cache.enabled) return false;
    const key = responseCacheKey(req.method, req.url, req.headers);
    if (key === null) return false;
    const entry = this.cache.fresh(key);
    if (entry) {
      // The hot path: no promise, nothing built but the answer.
      this.cache.stats.hits++;
      this.send(req, res, entry, "HIT");
    } else {
      void this.answer(key, this.cache.lookup(key), req, res);
    }
    return true;
  }

  private async answer(key: string, found: ReturnType<ResponseCache["lookup"]>, req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (found?.state === "stale") {
      // Served at once; one render in the background brings the next reader a fresh copy.
      this.cache.stats.stale++;
      if (this.options.databaseUp()) void this.renderOnce(key, req.headers);
      return this.send(req, res, found.entry, "STALE");
    }
    this.cache.stats.misses++;
    if (!this.options.databaseUp()) {
      if (found) return this.send(req, res, found.entry, "STALE-IF-ERROR");
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
      if (result.entry) return this.send(req, res, result.entry, "MISS");
      if (result.upstream.status < 500) return this.sendUpstream(req, res, result.upstream);
    }
    if (found) return this.send(req, res, found.entry, "STALE-IF-ERROR");
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
      return await this.limiter.run(async () => {
        const startedAt = Date.now();
        const upstream = await this.render(key, headers, this.options.renderTimeoutMs);
        if (!isStorable(upstream)) return { ok: true as const, upstream, entry: null };
        // Stored as a document: no client runtime to download and hydrate (lib/http/static-document.ts).
        // Only a 200: Next's "not found" answer is a shell its runtime fills in the browser.
        const page = upstream.status === 200 ? { ...upstream, body: documentBody(upstream.headers["content-type"], upstream.body) } : upstream;
        const entry = await toCachedResponse(page, this.cache.options, startedAt);
        this.cache.set(key, entry);
        return { ok: true as const, upstream, entry };
      });
    } catch (error) {
      if (error instanceof RenderRefused) return { ok: false, reason: "overload" };
      console.error(`Seite ${key} konnte nicht erzeugt werden:`, error instanceof Error ? error.message : error);
      return { ok: false, reason: "unavailable" };
    }
  }

  private send(req: IncomingMessage, res: ServerResponse, entry: CachedResponse, cacheStatus: string): void {
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
