import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CdnPurger, cdnTagHeaders, VarnishTarget } from "../../lib/cdn";
import { startVarnish, varnishAvailable, vclForBackend, VARNISHD, type RunningVarnish } from "../../test/varnish";

// deploy/varnish/default.vcl under a real varnishd 7.1 with vmod xkey, in
// front of a stand-in origin that counts what reaches it.

if (!varnishAvailable) {
  console.warn(`${VARNISHD} fehlt: die Tests von deploy/varnish/default.vcl werden übersprungen (apt-get install varnish varnish-modules).`);
}

const requests = new Map<string, number>();
const received = new Map<string, IncomingHttpHeaders>();
const CACHEABLE = "public, max-age=0, s-maxage=60, stale-while-revalidate=300";
const cdn = { varnishUrls: ["http://varnish"], fastly: null, cloudflare: null };

/** What the origin answers for a path; `n` counts its requests to that path, from 1. */
function page(path: string, n: number): { status?: number; headers: Record<string, string | string[]>; body: string | Buffer } {
  switch (path) {
    case "/api/health":
      return { headers: { "cache-control": "no-store" }, body: '{"status":"ok"}' };
    case "/politik/artikel-1":
      // Two xkey lines, as cdnTagHeaders writes a long list.
      return { headers: { "cache-control": CACHEABLE, xkey: ["article:1 section:politik", "front"] }, body: `<p>Artikel 1, Fassung ${n}</p>` };
    case "/politik/artikel-2":
      return { headers: { "cache-control": CACHEABLE, ...cdnTagHeaders(["article:2", "section:politik"], cdn) }, body: `<p>Artikel 2, Fassung ${n}</p>` };
    case "/wirtschaft/weich":
      return { headers: { "cache-control": CACHEABLE, xkey: "article:3" }, body: `<p>Artikel 3, Fassung ${n}</p>` };
    case "/mit-cookie":
      return { headers: { "cache-control": CACHEABLE, "set-cookie": "x=1; Path=/" }, body: `Fassung ${n}` };
    case "/admin/artikel":
      return { headers: { "cache-control": CACHEABLE }, body: `Admin ${n}` };
    case "/":
      return {
        headers: { "cache-control": CACHEABLE, "surrogate-control": 'content="ESI/1.0"', xkey: "front", "content-type": "text/html; charset=utf-8" },
        body: `<!DOCTYPE html><html><body><h1>Startseite ${n}</h1><esi:include src="/_stueck/beliebteste"/></body></html>`,
      };
    case "/_stueck/beliebteste":
      return { headers: { "cache-control": CACHEABLE, xkey: "most-read" }, body: `<ol>Beliebteste ${n}</ol>` };
    case "/komprimiert":
      // As our front answers Varnish (which asks for gzip): compressed, varying by encoding.
      return {
        headers: { "cache-control": CACHEABLE, "surrogate-control": 'content="ESI/1.0"', "content-encoding": "gzip", vary: "Accept-Encoding" },
        body: gzipSync(`<!DOCTYPE html><html><body><h1>Komprimiert ${n}</h1><esi:include src="/_stueck/komprimiert"/></body></html>`),
      };
    case "/_stueck/komprimiert":
      return { headers: { "cache-control": CACHEABLE, "content-encoding": "gzip", vary: "Accept-Encoding" }, body: gzipSync(`<ol>Stück ${n}</ol>`) };
    case "/kurzlebig":
      return { headers: { "cache-control": "public, max-age=0, s-maxage=1", xkey: "kurz" }, body: `Kurzlebig ${n}` };
    default:
      return { status: 404, headers: { "cache-control": "no-store" }, body: "nicht gefunden" };
  }
}

let origin: Server;
let varnish: RunningVarnish;

beforeAll(async () => {
  if (!varnishAvailable) return;
  origin = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    const n = (requests.get(path) ?? 0) + 1;
    requests.set(path, n);
    received.set(path, req.headers);
    const { status = 200, headers, body } = page(path, n);
    res.writeHead(status, { "content-type": "text/html; charset=utf-8", ...headers });
    res.end(body);
  });
  await new Promise<void>((resolve) => origin.listen(0, "127.0.0.1", resolve));
  varnish = await startVarnish((origin.address() as AddressInfo).port);
});

afterAll(async () => {
  await varnish?.stop();
  origin?.closeAllConnections();
  await new Promise((resolve) => (origin?.listening ? origin.close(resolve) : resolve(undefined)));
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${varnish.url}${path}`, { headers });
  return { status: response.status, cache: response.headers.get("x-cache"), headers: response.headers, body: await response.text() };
}

async function purge(header: "xkey-purge" | "xkey-softpurge", keys: string) {
  const response = await fetch(`${varnish.url}/`, { method: "PURGE", headers: { [header]: keys } });
  return { status: response.status, reason: response.statusText };
}

const originRequests = (path: string) => requests.get(path) ?? 0;

describe("vclForBackend", () => {
  it("changes only the backend's host and port lines", () => {
    const vcl = vclForBackend(4321, "10.0.0.5");
    expect(vcl).toContain('    .host = "10.0.0.5";\n    .port = "4321";');
    expect(vcl).not.toContain('.port = "3000"');
  });
});

describe.skipIf(!varnishAvailable)("deploy/varnish/default.vcl under varnishd", { timeout: 60_000 }, () => {
  it("keeps a reader page: the second request is a hit, and readers never see the tags", async () => {
    const first = await get("/politik/artikel-1");
    const second = await get("/politik/artikel-1");
    expect([first.cache, second.cache]).toEqual(["MISS", "HIT"]);
    expect(second.body).toBe("<p>Artikel 1, Fassung 1</p>");
    expect(originRequests("/politik/artikel-1")).toBe(1);
    expect(second.headers.get("xkey")).toBeNull();
  });

  it("purges by xkey: the purged page is fetched anew, an untouched one stays a hit", async () => {
    await get("/politik/artikel-1");
    await get("/politik/artikel-2");
    expect(await purge("xkey-purge", "front")).toEqual({ status: 200, reason: "Purged 1" });
    const purged = await get("/politik/artikel-1");
    expect(purged).toMatchObject({ cache: "MISS", body: "<p>Artikel 1, Fassung 2</p>" });
    expect(await get("/politik/artikel-2")).toMatchObject({ cache: "HIT", body: "<p>Artikel 2, Fassung 1</p>" });
  });

  it("takes purges from lib/cdn's Varnish target, batched by the purger", async () => {
    await get("/politik/artikel-2");
    const log: string[] = [];
    const purger = new CdnPurger([new VarnishTarget(varnish.url)], { windowMs: 5, log: (m) => log.push(m) });
    purger.expire(["article:2"]);
    purger.expire(["unbekannt:1"]);
    await purger.close();
    expect(log).toEqual([]);
    expect(await get("/politik/artikel-2")).toMatchObject({ cache: "MISS", body: "<p>Artikel 2, Fassung 2</p>" });
  });

  it("soft purge: the old page once (while it is fetched anew), then the new one", async () => {
    await get("/wirtschaft/weich");
    expect(await purge("xkey-softpurge", "article:3")).toEqual({ status: 200, reason: "Soft-purged 1" });
    expect(await get("/wirtschaft/weich")).toMatchObject({ cache: "HIT", body: "<p>Artikel 3, Fassung 1</p>" });
    // The background fetch lands within moments.
    let next = await get("/wirtschaft/weich");
    for (let i = 0; i < 20 && next.body.includes("Fassung 1"); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      next = await get("/wirtschaft/weich");
    }
    expect(next.body).toBe("<p>Artikel 3, Fassung 2</p>");
    expect(originRequests("/wirtschaft/weich")).toBe(2);
  });

  it("never caches the admin, an editor's session, or an answer that sets a cookie", async () => {
    await get("/admin/artikel");
    expect(await get("/admin/artikel")).toMatchObject({ body: "Admin 2" });
    await get("/mit-cookie");
    expect((await get("/mit-cookie")).body).toBe("Fassung 2");
    const before = originRequests("/politik/artikel-2");
    const editor = await get("/politik/artikel-2", { cookie: "better-auth.session_token=abc.def" });
    const secureEditor = await get("/politik/artikel-2", { cookie: "theme=dark; __Secure-better-auth.session_token=abc.def" });
    expect([editor.cache, secureEditor.cache]).toEqual(["PASS", "PASS"]);
    expect(originRequests("/politik/artikel-2")).toBe(before + 2);
    expect(received.get("/politik/artikel-2")?.cookie).toContain("__Secure-better-auth.session_token=abc.def");
  });

  it("serves readers with other cookies from the cache, without passing the cookies on", async () => {
    await get("/politik/artikel-2");
    expect(await get("/politik/artikel-2", { cookie: "_ga=GA1.1; consent=1" })).toMatchObject({ cache: "HIT" });
    const before = originRequests("/politik/artikel-1");
    await purge("xkey-purge", "article:1");
    await get("/politik/artikel-1", { cookie: "consent=1" });
    expect(originRequests("/politik/artikel-1")).toBe(before + 1);
    expect(received.get("/politik/artikel-1")?.cookie).toBeUndefined();
    // Other methods are passed with their cookies.
    const post = await fetch(`${varnish.url}/politik/artikel-1`, { method: "POST", headers: { cookie: "consent=1" }, body: "x" });
    await post.text();
    expect(received.get("/politik/artikel-1")?.cookie).toBe("consent=1");
  });

  it("assembles ESI pieces, each cached and purged on its own", async () => {
    const first = await get("/");
    expect(first.body).toBe("<!DOCTYPE html><html><body><h1>Startseite 1</h1><ol>Beliebteste 1</ol></body></html>");
    expect(received.get("/")?.["surrogate-capability"]).toBe('varnish="ESI/1.0"');
    expect(first.headers.get("surrogate-control")).toBeNull();
    expect((await get("/")).body).toContain("<ol>Beliebteste 1</ol>");
    await purge("xkey-purge", "most-read");
    const after = await get("/");
    expect(after.body).toBe("<!DOCTYPE html><html><body><h1>Startseite 1</h1><ol>Beliebteste 2</ol></body></html>");
    expect(originRequests("/")).toBe(1);
    expect(originRequests("/_stueck/beliebteste")).toBe(2);
  });

  it("assembles ESI in gzip-compressed answers, as our front sends them", async () => {
    const plain = await get("/komprimiert");
    expect(plain.body).toBe("<!DOCTYPE html><html><body><h1>Komprimiert 1</h1><ol>Stück 1</ol></body></html>");
    expect(received.get("/komprimiert")?.["accept-encoding"]).toBe("gzip");
    // A client that takes gzip gets the assembled page compressed.
    const compressed = await new Promise<{ encoding?: string; body: string }>((resolve, reject) => {
      const req = request(`${varnish.url}/komprimiert`, { headers: { "accept-encoding": "gzip" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ encoding: res.headers["content-encoding"], body: gunzipSync(Buffer.concat(chunks)).toString() }));
      });
      req.once("error", reject);
      req.end();
    });
    expect(compressed).toEqual({ encoding: "gzip", body: plain.body });
    expect(originRequests("/komprimiert")).toBe(1);
  });

  it("takes purges from localhost only", async () => {
    await get("/politik/artikel-2");
    // From 127.0.0.2, which is not in the purgers ACL.
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(`${varnish.url}/`, { method: "PURGE", localAddress: "127.0.0.2", headers: { "xkey-purge": "article:2" } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.once("error", reject);
      req.end();
    });
    expect(status).toBe(403);
    expect((await get("/politik/artikel-2")).cache).toBe("HIT");
  });

  it("purges the URL itself on a PURGE without keys", async () => {
    await get("/politik/artikel-2");
    const response = await fetch(`${varnish.url}/politik/artikel-2`, { method: "PURGE" });
    expect(response.status).toBe(200);
    expect((await get("/politik/artikel-2")).cache).toBe("MISS");
  });

  it("keeps serving what it had while our server is down (grace)", async () => {
    await get("/kurzlebig");
    origin.closeAllConnections();
    await new Promise((resolve) => origin.close(resolve));
    // The probe on /api/health finds the backend sick within a few intervals.
    const deadline = Date.now() + 20_000;
    while (!/sick/i.test(await varnish.admin("backend.list"))) {
      if (Date.now() > deadline) throw new Error("Varnish hält das Backend weiter für gesund");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const stale = await get("/kurzlebig");
    expect(stale).toMatchObject({ status: 200, cache: "HIT", body: "Kurzlebig 1" });
    expect(Number(stale.headers.get("age"))).toBeGreaterThan(1);
    const neverSeen = await get("/nie-gesehen");
    expect(neverSeen.status).toBe(503);
    expect(neverSeen.body).toContain("Vorübergehend nicht erreichbar");
  });
});
