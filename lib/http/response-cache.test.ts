import { createHash } from "node:crypto";
import { gunzipSync, brotliDecompressSync } from "node:zlib";
import { parseSettings } from "../runtime";
import { describe, expect, it } from "vitest";
import { ARTICLE_HEADERS, articlePage } from "./article-page.fixture";
import {
  chooseEncoding,
  DEFAULT_RESPONSE_CACHE_OPTIONS,
  isStorable,
  ResponseCache,
  responseCacheKey,
  responseCacheOptions,
  responseFor,
  toCachedResponse,
  type UpstreamResponse,
} from "./response-cache";

const page = (body = "<p>Hallo</p>", extra: UpstreamResponse["headers"] = {}, status = 200): UpstreamResponse => ({
  status,
  headers: { "content-type": "text/html; charset=utf-8", "cache-control": "public, max-age=0, s-maxage=60", ...extra },
  body: Buffer.from(body),
});

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";

/** Text that hardly compresses: letters from a small generator seeded by `seed`. */
function noise(length: number, seed: string): string {
  let state = [...seed].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  let text = "";
  for (let i = 0; i < length; i++) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    text += LETTERS[(state >>> 16) % LETTERS.length];
  }
  return text;
}

describe("which requests the cache may answer", () => {
  it("takes anonymous GET and HEAD for reader pages, with the query in the key", () => {
    expect(responseCacheKey("GET", "/politik/wahl", {})).toBe("/politik/wahl");
    expect(responseCacheKey("HEAD", "/politik?seite=2", {})).toBe("/politik?seite=2");
    expect(responseCacheKey("GET", "/feed.xml", { cookie: "theme=dark" })).toBe("/feed.xml");
  });

  it("leaves editors, admin, API, assets, RSC and other methods to Next", () => {
    expect(responseCacheKey("GET", "/politik", { cookie: "better-auth.session_token=abc" })).toBeNull();
    expect(responseCacheKey("GET", "/politik", { cookie: "a=1; __Secure-better-auth.session_token=abc" })).toBeNull();
    // The site has no draft mode: its cookie is no way past the cache.
    expect(responseCacheKey("GET", "/politik", { cookie: "__prerender_bypass=1" })).toBe("/politik");
    expect(responseCacheKey("GET", "/admin", {})).toBeNull();
    expect(responseCacheKey("GET", "/admin/artikel/1", {})).toBeNull();
    expect(responseCacheKey("GET", "/api/health", {})).toBeNull();
    expect(responseCacheKey("GET", "/_next/static/chunks/a.js", {})).toBeNull();
    expect(responseCacheKey("GET", "/politik", { rsc: "1" })).toBeNull();
    expect(responseCacheKey("GET", "/politik?_rsc=abc", {})).toBeNull();
    expect(responseCacheKey("GET", "/politik", { "next-router-prefetch": "1" })).toBeNull();
    expect(responseCacheKey("POST", "/politik", {})).toBeNull();
    expect(responseCacheKey("GET", "/politik", { authorization: "Basic eA==" })).toBeNull();
    expect(responseCacheKey("GET", "http://evil.example/", {})).toBeNull();
  });
});

describe("which answers are kept", () => {
  it("keeps pages, permanent redirects and not-found", () => {
    expect(isStorable(page())).toBe(true);
    expect(isStorable(page("", { location: "/neu" }, 308))).toBe(true);
    expect(isStorable(page("nicht da", {}, 404))).toBe(true);
  });

  it("never keeps errors, cookies, private answers or temporary redirects", () => {
    expect(isStorable(page("x", {}, 500))).toBe(false);
    expect(isStorable(page("x", {}, 503))).toBe(false);
    expect(isStorable(page("x", {}, 307))).toBe(false);
    expect(isStorable(page("x", { "set-cookie": ["a=1"] }))).toBe(false);
    expect(isStorable(page("x", { "cache-control": "private, no-cache, no-store" }))).toBe(false);
  });
});

describe("encodings", () => {
  it("picks br, then gzip, then none, honouring q=0", () => {
    expect(chooseEncoding("gzip, deflate, br")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0.8")).toBe("gzip");
    expect(chooseEncoding(undefined)).toBe("identity");
  });

  it("keeps Brotli alone, makes gzip and the plain bytes when asked, and answers 304 to a matching ETag", async () => {
    const html = "<main>" + "Nachricht ".repeat(500) + "</main>";
    const entry = await toCachedResponse(page(html, { "content-length": "999", date: "x" }), DEFAULT_RESPONSE_CACHE_OPTIONS, Date.now());
    expect(entry.headers["content-length"]).toBeUndefined();
    expect(entry.headers.date).toBeUndefined();
    expect(Object.keys(entry.bodies)).toEqual(["br"]);
    expect(brotliDecompressSync(entry.bodies.br!).toString()).toBe(html);
    expect(entry.bodies.br!.length).toBeLessThan(html.length / 5);

    const headerMap = (list: string[]) => Object.fromEntries(list.flatMap((v, i) => (i % 2 === 0 ? [[v, list[i + 1]]] : [])));
    const br = responseFor(entry, { "accept-encoding": "gzip, br" }, "HIT");
    const brHeaders = headerMap(br.headers);
    expect(brHeaders["content-encoding"]).toBe("br");
    expect(brHeaders["content-length"]).toBe(String(entry.bodies.br!.length));
    expect(brHeaders.vary).toBe("Accept-Encoding");
    expect(brHeaders["x-rundblick-cache"]).toBe("HIT");
    expect(brHeaders["content-type"]).toBe("text/html; charset=utf-8");
    expect(brHeaders.etag).toBe(`W/"${createHash("sha1").update(html).digest("base64url")}"`);

    const gz = responseFor(entry, { "accept-encoding": "gzip" }, "HIT");
    expect(gunzipSync(gz.body).toString()).toBe(html);
    expect(headerMap(gz.headers)["content-encoding"]).toBe("gzip");
    expect(headerMap(gz.headers)["content-length"]).toBe(String(gz.body.length));
    expect(headerMap(gz.headers).etag).toBe(brHeaders.etag);

    const plain = responseFor(entry, {}, "STALE");
    expect(plain.body.toString()).toBe(html);
    expect(headerMap(plain.headers)["content-encoding"]).toBeUndefined();
    expect(headerMap(plain.headers)["content-length"]).toBe(String(Buffer.byteLength(html)));
    expect(headerMap(plain.headers)["x-rundblick-cache"]).toBe("STALE");
    expect(headerMap(plain.headers).etag).toBe(brHeaders.etag.slice(2));
    expect(Object.keys(entry.bodies).sort()).toEqual(["br", "gzip", "identity"]);

    const again = responseFor(entry, { "if-none-match": brHeaders.etag }, "HIT");
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(headerMap(again.headers)["content-length"]).toBeUndefined();
  });

  it("keeps a body that does not compress as it came, the one body for every client", async () => {
    const picture = Buffer.from(Array.from({ length: 2_000 }, (_, i) => (i * 7919) % 251));
    const entry = await toCachedResponse({ status: 200, headers: { "content-type": "image/webp" }, body: picture }, DEFAULT_RESPONSE_CACHE_OPTIONS, Date.now());
    expect(entry.compressible).toBe(false);
    expect(Object.keys(entry.bodies)).toEqual(["identity"]);
    const sizeBefore = entry.size;
    for (const acceptEncoding of ["br", "gzip", undefined]) {
      const answer = responseFor(entry, { "accept-encoding": acceptEncoding }, "HIT");
      expect(answer.body).toBe(picture);
      expect(answer.headers).not.toContain("content-encoding");
      expect(answer.headers[answer.headers.indexOf("etag") + 1]).toBe(entry.etag);
    }
    expect(Object.keys(entry.bodies)).toEqual(["identity"]);
    expect(entry.size).toBe(sizeBefore);
    expect(entry.size).toBeGreaterThan(picture.length);
  });
});

const article = (html: string): UpstreamResponse => ({ status: 200, headers: { ...ARTICLE_HEADERS }, body: Buffer.from(html), tags: ["article:1", "section:politik"] });
const headerOf = (list: string[], name: string) => (list.indexOf(name) === -1 ? undefined : list[list.indexOf(name) + 1]);

describe("an article page in the cache", () => {
  it("holds only Brotli until a client asks for gzip or the plain bytes; those are then kept, and counted", async () => {
    const html = articlePage(1);
    const cache = new ResponseCache(DEFAULT_RESPONSE_CACHE_OPTIONS);
    const now = Date.now();
    const entry = await toCachedResponse(article(html), DEFAULT_RESPONSE_CACHE_OPTIONS, now);
    cache.set("/politik/artikel", entry);
    const br = entry.bodies.br!;
    expect(Object.keys(entry.bodies)).toEqual(["br"]);
    expect(br.length).toBeLessThan(Buffer.byteLength(html) / 3);
    // The body and the headers, nothing else of size.
    expect(entry.size).toBeGreaterThan(br.length + 800);
    expect(entry.size).toBeLessThan(br.length + 2_000);
    expect(cache.size.bytes).toBe(entry.size);

    // Brotli, as browsers ask: nothing made, nothing grows.
    const first = responseFor(cache.fresh("/politik/artikel", now)!, { "accept-encoding": "gzip, deflate, br" }, "HIT");
    expect(first.body).toBe(br);
    expect(cache.size.bytes).toBe(entry.size);
    expect(Object.keys(entry.bodies)).toEqual(["br"]);

    const before = cache.size.bytes;
    const gz = responseFor(cache.fresh("/politik/artikel", now)!, { "accept-encoding": "gzip" }, "HIT");
    expect(gunzipSync(gz.body).toString()).toBe(html);
    expect(headerOf(gz.headers, "content-encoding")).toBe("gzip");
    expect(headerOf(gz.headers, "content-length")).toBe(String(gz.body.length));
    expect(Object.keys(entry.bodies).sort()).toEqual(["br", "gzip"]);
    expect(cache.size.bytes).toBeGreaterThan(before + gz.body.length);
    expect(cache.size.bytes).toBeLessThan(before + gz.body.length + 1_000);
    expect(cache.size.bytes).toBe(entry.size);
    // Kept: the next gzip client gets the same bytes, and nothing grows.
    const grown = cache.size.bytes;
    expect(responseFor(entry, { "accept-encoding": "gzip;q=1, br;q=0" }, "HIT").body).toBe(gz.body);
    expect(cache.size.bytes).toBe(grown);

    const plain = responseFor(entry, {}, "HIT");
    expect(plain.body.toString()).toBe(html);
    expect(headerOf(plain.headers, "content-length")).toBe(String(Buffer.byteLength(html)));
    expect(headerOf(plain.headers, "content-encoding")).toBeUndefined();
    expect(headerOf(plain.headers, "etag")).toBe(`"${createHash("sha1").update(html).digest("base64url")}"`);
    expect(cache.size.bytes).toBeGreaterThan(grown + Buffer.byteLength(html));
    expect(cache.size.bytes).toBe(entry.size);
    expect(Object.keys(entry.bodies).sort()).toEqual(["br", "gzip", "identity"]);
    // Brotli is still what it was.
    expect(brotliDecompressSync(entry.bodies.br!).toString()).toBe(html);

    cache.delete("/politik/artikel");
    expect(cache.size.bytes).toBe(0);
  });

  it("an encoding made on demand counts against the bound: the least recently used entries go", async () => {
    const now = Date.now();
    const entries = await Promise.all([1, 2, 3, 4].map((seed) => toCachedResponse(article(articlePage(seed)), DEFAULT_RESPONSE_CACHE_OPTIONS, now)));
    const held = entries.reduce((sum, entry) => sum + entry.size, 0);
    const cache = new ResponseCache({ ...DEFAULT_RESPONSE_CACHE_OPTIONS, maxBytes: held + 10_000 });
    entries.forEach((entry, i) => cache.set(`/${i + 1}`, entry));
    expect(cache.size).toEqual({ entries: 4, bytes: held });
    const last = entries[3]!;
    responseFor(last, {}, "HIT"); // the plain bytes: about 40 KB, more than the bound leaves
    expect(cache.stats.evicted).toBeGreaterThan(0);
    expect(cache.lookup("/1", now)).toBeNull();
    expect(cache.lookup("/4", now)?.entry).toBe(last);
    expect(cache.size.bytes).toBeLessThanOrEqual(cache.options.maxBytes);
    // An entry no cache holds any more still answers, and counts nowhere.
    const bytes = cache.size.bytes;
    const gz = responseFor(entries[0]!, { "accept-encoding": "gzip" }, "HIT");
    expect(gunzipSync(gz.body).toString()).toBe(articlePage(1));
    expect(cache.size.bytes).toBe(bytes);
  });

  it("holds 10,000 articles of about 40 KB each at its default size, each as stored with its ESI include and as assembled, and serves every one", async () => {
    const cache = new ResponseCache(DEFAULT_RESPONSE_CACHE_OPTIONS);
    const now = Date.now();
    const pages = 10_000;
    let htmlBytes = 0;
    for (let start = 0; start < pages; start += 100) {
      const batch = Array.from({ length: 100 }, (_, i) => articlePage(start + i));
      for (const html of batch) htmlBytes += Buffer.byteLength(html);
      const entries = await Promise.all(batch.map((html) => toCachedResponse(article(html), DEFAULT_RESPONSE_CACHE_OPTIONS, now)));
      entries.forEach((entry, i) => cache.set(`/politik/artikel-${start + i}`, entry));
      // The page as stored with its include (lib/http/esi.ts): the site's is about 70 % of the assembled page.
      const stored = await Promise.all(
        batch.map((html) => toCachedResponse(article(`${html.slice(0, Math.floor(html.length * 0.7))}<esi:include src="/esi/beliebt"/>`), DEFAULT_RESPONSE_CACHE_OPTIONS, now)),
      );
      stored.forEach((entry, i) => cache.set(`/politik/artikel-${start + i}#gespeichert`, entry));
    }
    // About 40 KB of HTML a page, as the site's article pages are (25 to 60 KB).
    expect(htmlBytes / pages).toBeGreaterThan(38_000);
    expect(cache.stats.evicted).toBe(0);
    expect(cache.size.entries).toBe(2 * pages);
    expect(cache.size.bytes).toBeLessThanOrEqual(DEFAULT_RESPONSE_CACHE_OPTIONS.maxBytes);

    const etags = new Set<string>();
    for (let i = 0; i < pages; i++) {
      const entry = cache.fresh(`/politik/artikel-${i}`, now + 1_000);
      expect(entry).toBeDefined();
      const answer = responseFor(entry!, { "accept-encoding": "gzip, deflate, br" }, "HIT");
      expect(answer.status).toBe(200);
      expect(headerOf(answer.headers, "content-length")).toBe(String(answer.body.length));
      etags.add(entry!.etag);
    }
    expect(etags.size).toBe(pages);
    for (const i of [0, 4_321, pages - 1]) {
      expect(brotliDecompressSync(cache.fresh(`/politik/artikel-${i}`, now + 1_000)!.bodies.br!).toString()).toBe(articlePage(i));
    }
  }, 180_000);
});

describe("the store", () => {
  const options = { ...DEFAULT_RESPONSE_CACHE_OPTIONS, maxBytes: 20_000 };

  it("is bounded in bytes and drops the least recently used first", async () => {
    const cache = new ResponseCache(options);
    const now = Date.now();
    // Letters at random: they do not compress, so each entry takes about 4 KB.
    for (const key of ["/a", "/b", "/c"]) cache.set(key, await toCachedResponse(page(noise(4_000, key)), options, now));
    expect(cache.fresh("/a", now + 2_000)).toBeDefined(); // /a is now the most recent
    for (const key of ["/d", "/e", "/f", "/g"]) cache.set(key, await toCachedResponse(page(noise(4_000, key)), options, now + 2_000));
    expect(cache.stats.evicted).toBeGreaterThan(0);
    expect(cache.size.bytes).toBeLessThanOrEqual(options.maxBytes);
    expect(cache.lookup("/b", now + 2_000)).toBeNull();
    expect(cache.lookup("/a", now + 2_000)?.state).toBe("fresh");
    expect(cache.lookup("/g", now + 2_000)?.state).toBe("fresh");
  });

  it("turns stale after the fresh time, and is gone after the stale-if-error time", async () => {
    const cache = new ResponseCache(options);
    const t0 = 1_000_000;
    cache.set("/a", await toCachedResponse(page(), options, t0));
    expect(cache.lookup("/a", t0 + 1_000)?.state).toBe("fresh");
    expect(cache.lookup("/a", t0 + options.freshSeconds * 1000 + 1)?.state).toBe("stale");
    expect(cache.lookup("/a", t0 + (options.freshSeconds + options.staleIfErrorSeconds) * 1000 + 1)).toBeNull();
    expect(cache.size.entries).toBe(0);
  });

  it("an expiry makes every entry rendered before it invalid, including one whose render began before it", async () => {
    const cache = new ResponseCache(options);
    const renderStarted = Date.now() - 50;
    cache.invalidateAll(Date.now() - 10);
    cache.set("/a", await toCachedResponse(page(), options, renderStarted));
    expect(cache.lookup("/a")?.state).toBe("invalid");
    cache.set("/a", await toCachedResponse(page(), options, Date.now()));
    expect(cache.lookup("/a")?.state).toBe("fresh");
  });

  it("an expired tag makes only the pages that showed it out of date, and pages of unknown tags", async () => {
    const cache = new ResponseCache(options);
    const t0 = Date.now() - 1_000;
    const tagged = (tags: string[] | null) => ({ ...page(), tags });
    cache.set("/politik/wahl", await toCachedResponse(tagged(["article:1", "section:politik", "most-read"]), options, t0));
    cache.set("/sport/spiel", await toCachedResponse(tagged(["article:2", "section:sport", "most-read"]), options, t0));
    cache.set("/politik", await toCachedResponse(tagged(["section:politik", "article:1", "article:3"]), options, t0));
    cache.set("/unbekannt", await toCachedResponse(tagged(null), options, t0));
    expect(cache.expireTags(["article:1"])).toBe(3);
    expect(cache.lookup("/politik/wahl")?.state).toBe("invalid");
    expect(cache.lookup("/politik")?.state).toBe("invalid");
    expect(cache.lookup("/unbekannt")?.state).toBe("invalid");
    expect(cache.fresh("/sport/spiel")).toBeDefined();
    // Rendered again and stored: fresh, and indexed under its tags anew.
    cache.set("/politik/wahl", await toCachedResponse(tagged(["article:1", "section:politik"]), options, Date.now() + 5));
    expect(cache.fresh("/politik/wahl", Date.now() + 10)).toBeDefined();
    expect(cache.expireTags(["section:sport"])).toBe(1);
    expect(cache.fresh("/politik/wahl", Date.now() + 10)).toBeDefined();
    expect(cache.fresh("/sport/spiel")).toBeUndefined();
  });

  it("a page whose render began before an expiry of a tag it shows is stored out of date", async () => {
    const cache = new ResponseCache(options);
    const renderStarted = Date.now() - 50;
    cache.expireTags(["article:7"], Date.now() - 10);
    cache.set("/a", await toCachedResponse({ ...page(), tags: ["article:7"] }, options, renderStarted));
    cache.set("/b", await toCachedResponse({ ...page(), tags: ["article:8"] }, options, renderStarted));
    expect(cache.lookup("/a")?.state).toBe("invalid");
    expect(cache.lookup("/b")?.state).toBe("fresh");
  });

  it("Next's path tags and '*' make everything out of date", async () => {
    const cache = new ResponseCache(options);
    cache.set("/a", await toCachedResponse({ ...page(), tags: ["article:7"] }, options, Date.now() - 50));
    cache.expireTags(["_N_T_/politik"]);
    expect(cache.lookup("/a")?.state).toBe("invalid");
  });

  it("forgets the tags of entries it drops", async () => {
    const cache = new ResponseCache(options);
    cache.set("/a", await toCachedResponse({ ...page(), tags: ["article:7"] }, options, Date.now() - 50));
    cache.delete("/a");
    expect(cache.expireTags(["article:7"])).toBe(0);
  });

  it("RESPONSE_CACHE_MB sets the bound; 0 turns the cache off; nonsense is refused", () => {
    const fromEnv = (env: Record<string, string>) => {
      const parsed = parseSettings(env);
      if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
      return responseCacheOptions(parsed.settings);
    };
    expect(fromEnv({}).maxBytes).toBe(256 * 1024 * 1024);
    expect(fromEnv({ RESPONSE_CACHE_MB: "16" }).maxBytes).toBe(16 * 1024 * 1024);
    expect(new ResponseCache(fromEnv({ RESPONSE_CACHE_MB: "0" })).enabled).toBe(false);
    expect(() => fromEnv({ RESPONSE_CACHE_MB: "viel" })).toThrow(/RESPONSE_CACHE_MB/);
  });
});
