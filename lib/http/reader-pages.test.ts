import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { DatabaseAvailability } from "../db/availability";
import { assembledKey } from "./esi";
import { ReaderPages } from "./reader-pages";
import { RenderLimiter } from "./render-limiter";
import { DEFAULT_RESPONSE_CACHE_OPTIONS, ResponseCache, type ResponseCacheOptions, type UpstreamResponse } from "./response-cache";

/** A stand-in for Next: answers after `delayMs`, counting renders per path. */
function fakeNext(answer: (url: string) => UpstreamResponse | "hang", delayMs = 20) {
  const renders = new Map<string, number>();
  const render = async (url: string): Promise<UpstreamResponse> => {
    renders.set(url, (renders.get(url) ?? 0) + 1);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    const result = answer(url);
    if (result === "hang") return new Promise(() => undefined);
    return result;
  };
  return { render, renders };
}

const html = (text: string, status = 200): UpstreamResponse => ({
  status,
  headers: { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=0, s-maxage=60" },
  body: Buffer.from(`<!DOCTYPE html><p>${text}</p>`),
});

let servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  servers = [];
});

async function serve(pages: ReaderPages): Promise<number> {
  const server = createServer((req, res) => {
    if (!pages.handle(req, res)) {
      res.writeHead(299);
      res.end("an Next");
    }
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function get(port: number, path: string, headers: IncomingHttpHeaders = {}) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string; ms: number }>((resolve, reject) => {
    const started = performance.now();
    request({ host: "127.0.0.1", port, path, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body, ms: performance.now() - started }));
    })
      .on("error", reject)
      .end();
  });
}

function setup(
  next: ReturnType<typeof fakeNext>,
  options: Partial<ResponseCacheOptions> = {},
  limits = { concurrency: 4, maxQueue: 64, maxWaitMs: 2_000 },
  database = { up: true, listeners: new Set<() => void>() },
  searchLimiter?: RenderLimiter,
) {
  const cache = new ResponseCache({ ...DEFAULT_RESPONSE_CACHE_OPTIONS, ...options });
  const pages = new ReaderPages(cache, new RenderLimiter(limits), next.render, {
    renderTimeoutMs: 5_000,
    searchLimiter,
    databaseUp: () => database.up,
    onceDatabaseDown: (listener) => {
      database.listeners.add(listener);
      return () => database.listeners.delete(listener);
    },
  });
  return { cache, pages, database };
}

describe("searches' own share of the renders", () => {
  it("20 different searches at once all get 200 and leave the pages' slots to article pages", async () => {
    // Each search takes 200 ms (the database's guard allows 500 ms); two render at once.
    const next = fakeNext((url) => html(`Ergebnis ${url}`), 200);
    const limits = { concurrency: 2, maxQueue: 4, maxWaitMs: 500 };
    const { pages } = setup(next, {}, limits, undefined, new RenderLimiter({ concurrency: 2, maxQueue: 40, maxWaitMs: 5_000 }));
    const port = await serve(pages);
    const searches = Array.from({ length: 20 }, (_, i) => get(port, `/suche?q=%22wort+${i}%22`));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const article = await get(port, "/politik/ein-artikel");
    expect(article.status).toBe(200);
    // One render's time, not behind the searches' queue.
    expect(article.ms).toBeLessThan(600);
    const answers = await Promise.all(searches);
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 20 }, () => 200));
  });

  it("without a share of their own, the same burst is refused by the pages' queue", async () => {
    const next = fakeNext((url) => html(`Ergebnis ${url}`), 200);
    const { pages } = setup(next, {}, { concurrency: 2, maxQueue: 4, maxWaitMs: 500 });
    const port = await serve(pages);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => get(port, `/suche?q=%22wort+${i}%22`)));
    expect(answers.filter((a) => a.status === 503).length).toBeGreaterThan(0);
  });
});

describe("pages readers already had, rendered again apart from first visits", () => {
  it("an expired page renders on the refresh renderer at once while first visits fill the pages' slots", async () => {
    // The readers' renderer: slow first visits, one at a time, a long queue.
    const readers = fakeNext((url) => html(`Leser ${url}`), 300);
    const refresher = fakeNext((url) => html(`Auffrischung ${url}`), 20);
    const cache = new ResponseCache(DEFAULT_RESPONSE_CACHE_OPTIONS);
    const pages = new ReaderPages(cache, new RenderLimiter({ concurrency: 1, maxQueue: 64, maxWaitMs: 5_000 }), readers.render, {
      renderTimeoutMs: 5_000,
      databaseUp: () => true,
      onceDatabaseDown: () => () => undefined,
      refresh: { limiter: new RenderLimiter({ concurrency: 1, maxQueue: 64, maxWaitMs: 2_000 }), render: refresher.render },
    });
    const port = await serve(pages);
    expect((await get(port, "/")).body).toContain("Leser /");
    // Eight first visits queue on the readers' renderer (2.4 s of renders).
    const firstVisits = Array.from({ length: 8 }, (_, i) => get(port, `/politik/artikel-${i}`));
    await new Promise((resolve) => setTimeout(resolve, 20));
    cache.expireTags(["*"]);
    const front = await get(port, "/");
    expect(front.headers["x-rundblick-cache"]).toBe("MISS");
    expect(front.body).toContain("Auffrischung /");
    expect(front.ms).toBeLessThan(250);
    // A page never seen still goes to the readers' renderer.
    expect((await Promise.all(firstVisits)).every((answer) => answer.body.includes("Leser"))).toBe(true);
    expect(refresher.renders.size).toBe(1);
  });
  it("a Liveticker's update address renders again where it rendered first, not on the newsroom's renderer", async () => {
    const readers = fakeNext((url) => html(`Leser ${url}`), 10);
    const refresher = fakeNext((url) => html(`Auffrischung ${url}`), 10);
    const cache = new ResponseCache(DEFAULT_RESPONSE_CACHE_OPTIONS);
    const pages = new ReaderPages(cache, new RenderLimiter({ concurrency: 2, maxQueue: 64, maxWaitMs: 2_000 }), readers.render, {
      renderTimeoutMs: 5_000,
      databaseUp: () => true,
      onceDatabaseDown: () => () => undefined,
      refresh: { limiter: new RenderLimiter({ concurrency: 1, maxQueue: 64, maxWaitMs: 2_000 }), render: refresher.render },
    });
    const port = await serve(pages);
    const address = "/politik/ein-ticker/eintraege?v=3";
    expect((await get(port, address)).body).toContain("Leser");
    cache.expireTags(["*"]);
    expect((await get(port, address)).body).toContain("Leser");
    expect(readers.renders.get(address)).toBe(2);
    expect(refresher.renders.size).toBe(0);
  });
});

describe("reader pages from the response cache", () => {
  it("renders a page once, then answers from the cache; 100 concurrent first requests share one render", async () => {
    const next = fakeNext((url) => html(`Seite ${url}`), 50);
    const { pages } = setup(next);
    const port = await serve(pages);
    const answers = await Promise.all(Array.from({ length: 100 }, () => get(port, "/politik")));
    expect(answers.every((a) => a.status === 200 && a.body.includes("Seite /politik"))).toBe(true);
    expect(next.renders.get("/politik")).toBe(1);
    const again = await get(port, "/politik", { "accept-encoding": "gzip" });
    expect(again.headers["x-rundblick-cache"]).toBe("HIT");
    expect(again.headers["content-encoding"]).toBe("gzip");
    expect(next.renders.get("/politik")).toBe(1);
  });

  it("hands editors, admin and API to Next untouched", async () => {
    const next = fakeNext(() => html("x"));
    const { pages } = setup(next);
    const port = await serve(pages);
    expect((await get(port, "/politik", { cookie: "better-auth.session_token=a" })).status).toBe(299);
    expect((await get(port, "/admin")).status).toBe(299);
    expect((await get(port, "/api/health")).status).toBe(299);
    expect(next.renders.size).toBe(0);
  });

  it("serves a stale page at once and renders it again in the background", async () => {
    let version = 1;
    const next = fakeNext(() => html(`Version ${version}`), 30);
    const { pages } = setup(next, { freshSeconds: 0.05 });
    const port = await serve(pages);
    expect((await get(port, "/")).body).toContain("Version 1");
    await new Promise((resolve) => setTimeout(resolve, 80));
    version = 2;
    const stale = await get(port, "/");
    expect(stale.headers["x-rundblick-cache"]).toBe("STALE");
    expect(stale.body).toContain("Version 1");
    await expect.poll(async () => (await get(port, "/")).body).toContain("Version 2");
  });

  it("after an expiry renders before serving again, and falls back to the old copy only when the render fails", async () => {
    let answer: UpstreamResponse = html("alt");
    const next = fakeNext(() => answer);
    const { cache, pages } = setup(next);
    const port = await serve(pages);
    await get(port, "/a");
    await get(port, "/b");
    answer = html("neu");
    cache.invalidateAll();
    expect((await get(port, "/a")).body).toContain("neu");
    answer = html("Fehler", 500);
    cache.invalidateAll();
    const fallback = await get(port, "/b");
    expect(fallback.status).toBe(200);
    expect(fallback.body).toContain("alt");
    expect(fallback.headers["x-rundblick-cache"]).toBe("STALE-IF-ERROR");
    const never = await get(port, "/c");
    expect(never.status).toBe(503);
    expect(never.body).toContain("nicht erreichbar");
    expect(never.headers["retry-after"]).toBeDefined();
  });

  it("while the database is down: seen pages from the cache, others a quick 503; a waiting reader is released when the outage is found", async () => {
    const next = fakeNext((url) => (url === "/haengt" ? "hang" : html(url)));
    const { pages, database } = setup(next);
    const port = await serve(pages);
    await get(port, "/gesehen");
    const waiting = get(port, "/haengt");
    await new Promise((resolve) => setTimeout(resolve, 100));
    database.up = false;
    for (const listener of database.listeners) listener();
    const released = await waiting;
    expect(released.status).toBe(503);
    expect((await get(port, "/gesehen")).status).toBe(200);
    const never = await get(port, "/nie");
    expect(never.status).toBe(503);
    expect(never.ms).toBeLessThan(500);
  });

  it("refuses work beyond its queue quickly with a German 503 and Retry-After", async () => {
    const next = fakeNext((url) => html(url), 200);
    const { pages } = setup(next, {}, { concurrency: 1, maxQueue: 2, maxWaitMs: 1_000 });
    const port = await serve(pages);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => get(port, `/seite-${i}`)));
    const refused = answers.filter((a) => a.status === 503);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(3);
    expect(refused).toHaveLength(7);
    for (const answer of refused) {
      expect(answer.headers["retry-after"]).toBe("5");
      expect(answer.body).toContain("ausgelastet");
      expect(answer.ms).toBeLessThan(150);
    }
  });
});

describe("database availability", () => {
  it("counts the database down after two failed probes in a row, calls back, and up again after one answer", async () => {
    let failing = false;
    const availability = new DatabaseAvailability(async () => {
      if (failing) throw new Error("connect ECONNREFUSED");
    }, { intervalMs: 10, timeoutMs: 100, failuresBeforeDown: 2 });
    let calls = 0;
    availability.onceDown(() => calls++);
    expect(await availability.check()).toBe(true);
    failing = true;
    expect(await availability.check()).toBe(true);
    expect(await availability.check()).toBe(false);
    expect(calls).toBe(1);
    failing = false;
    expect(await availability.check()).toBe(true);
  });

  it("a probe without an answer counts as failed", async () => {
    const availability = new DatabaseAvailability(() => new Promise(() => undefined), { intervalMs: 10, timeoutMs: 20, failuresBeforeDown: 1 });
    expect(await availability.check()).toBe(false);
  });
});

describe("shared pieces (ESI)", () => {
  const doc = (body: string, tags: string[]): UpstreamResponse => ({ ...html(body), body: Buffer.from(`<!DOCTYPE html><html><body>${body}</body></html>`), tags });
  const box = (text: string) => doc(`<template data-esi-piece="start"></template><aside>${text}</aside><template data-esi-piece="end"></template>`, ["most-read"]);

  it("fills a page's piece for readers, passes the include to a cache that assembles ESI, and serves the piece on its own", async () => {
    let boxText = "Box 1";
    const next = fakeNext((url) =>
      url === "/esi/beliebt" ? box(boxText) : doc(`<main>Artikel</main><template data-esi-include="/esi/beliebt"></template>`, ["article:1"]),
    );
    const { pages, cache } = setup(next);
    const port = await serve(pages);

    const reader = await get(port, "/politik/wahl");
    expect(reader.body).toContain("<main>Artikel</main><aside>Box 1</aside>");
    expect(reader.body).not.toContain("esi:");
    expect(reader.headers["surrogate-control"]).toBeUndefined();
    expect((await get(port, "/politik/wahl")).headers["x-rundblick-cache"]).toBe("HIT");

    const cdn = await get(port, "/politik/wahl", { "surrogate-capability": 'varnish="ESI/1.0"' });
    expect(cdn.body).toContain('<main>Artikel</main><esi:include src="/esi/beliebt"/>');
    expect(cdn.headers["surrogate-control"]).toBe('content="ESI/1.0"');

    const piece = await get(port, "/esi/beliebt");
    expect(piece.body).toBe("<aside>Box 1</aside>");
    expect(piece.headers["x-robots-tag"]).toBe("noindex");

    // The box's data changes: its tag expires. The piece is rendered again, the page is not.
    boxText = "Box 2";
    cache.expireTags(["most-read"]);
    expect((await get(port, "/politik/wahl")).body).toContain("<aside>Box 2</aside>");
    expect(next.renders.get("/politik/wahl")).toBe(1);
    expect(next.renders.get("/esi/beliebt")).toBe(2);
  });

  it("keeps the page as stored, its piece and the assembled page as Brotli alone; other encodings only once asked for", async () => {
    const next = fakeNext((url) =>
      url === "/esi/beliebt" ? box("Box 1") : doc(`<main>${"Artikeltext ".repeat(200)}</main><template data-esi-include="/esi/beliebt"></template>`, ["article:1"]),
    );
    const { pages, cache } = setup(next);
    const port = await serve(pages);
    const encodings = (key: string) => Object.keys(cache.lookup(key)?.entry.bodies ?? {}).sort();

    const reader = await get(port, "/politik/wahl", { "accept-encoding": "gzip, deflate, br" });
    expect(reader.headers["content-encoding"]).toBe("br");
    expect(encodings("/politik/wahl")).toEqual(["br"]);
    expect(encodings("/esi/beliebt")).toEqual(["br"]);
    expect(encodings(assembledKey("/politik/wahl"))).toEqual(["br"]);
    const bytes = cache.size.bytes;

    // A reader without Brotli: the assembled page gets gzip; the page as stored stays as it was.
    const gzipReader = await get(port, "/politik/wahl", { "accept-encoding": "gzip" });
    expect(gzipReader.headers["content-encoding"]).toBe("gzip");
    expect(encodings(assembledKey("/politik/wahl"))).toEqual(["br", "gzip"]);
    expect(encodings("/politik/wahl")).toEqual(["br"]);
    expect(cache.size.bytes).toBeGreaterThan(bytes);

    // A cache in front without Brotli: the page as stored, plain, with its include.
    const cdn = await get(port, "/politik/wahl", { "surrogate-capability": 'varnish="ESI/1.0"' });
    expect(cdn.headers["content-encoding"]).toBeUndefined();
    expect(cdn.body).toContain(`</main><esi:include src="/esi/beliebt"/>`);
    expect(Number(cdn.headers["content-length"])).toBe(Buffer.byteLength(cdn.body));
    expect(encodings("/politik/wahl")).toEqual(["br", "identity"]);

    const plain = await get(port, "/politik/wahl");
    expect(plain.body).toContain("Artikeltext </main><aside>Box 1</aside>");
    expect(Number(plain.headers["content-length"])).toBe(Buffer.byteLength(plain.body));
    expect(next.renders.get("/politik/wahl")).toBe(1);
  });

  it("serves the page without a piece it cannot render, and tries the piece again next time", async () => {
    let pieceUp = false;
    const next = fakeNext((url) =>
      url === "/esi/beliebt"
        ? pieceUp
          ? box("Box")
          : { ...html("kaputt", 500) }
        : doc(`<main>Seite</main><template data-esi-include="/esi/beliebt"></template>`, ["front"]),
    );
    const { pages } = setup(next);
    const port = await serve(pages);
    const first = await get(port, "/");
    expect(first.status).toBe(200);
    expect(first.body).toContain("<main>Seite</main>");
    expect(first.body).not.toContain("esi:");
    pieceUp = true;
    expect((await get(port, "/")).body).toContain("<aside>Box</aside>");
  });

  it("serves the copy assembled from stale renders as it is while they are refreshed, and assembles once when they are back", async () => {
    const next = fakeNext((url) => (url === "/esi/beliebt" ? box("Box") : doc(`<main>Seite</main><template data-esi-include="/esi/beliebt"></template>`, ["front"])), 150);
    const { pages, cache } = setup(next, { freshSeconds: 0.05 });
    const port = await serve(pages);
    await get(port, "/");
    const storedAfterFirst = cache.stats.stored; // the page, the piece, the assembled page
    expect(storedAfterFirst).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 80));
    // All stale now: answered at once from the copy already assembled, while the renders run.
    const during = await Promise.all(Array.from({ length: 10 }, () => get(port, "/")));
    expect(during.every((answer) => answer.status === 200 && answer.body.includes("<aside>Box</aside>"))).toBe(true);
    expect(during.every((answer) => answer.ms < 120)).toBe(true);
    expect(cache.stats.stored).toBe(storedAfterFirst);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await get(port, "/");
    // The page and the piece rendered again once each, and the page assembled once from them.
    expect(cache.stats.stored).toBe(storedAfterFirst + 3);
  });
});

