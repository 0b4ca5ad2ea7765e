import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answersPreviousWhileRendering, ReaderPages } from "./reader-pages";
import { RenderLimiter } from "./render-limiter";
import { DEFAULT_RESPONSE_CACHE_OPTIONS, ResponseCache, type UpstreamResponse } from "./response-cache";

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A front with a stand-in for Next whose answers say how often each address was rendered. */
async function front(delayMs: number) {
  const renders = new Map<string, number>();
  const render = async (url: string): Promise<UpstreamResponse> => {
    const n = (renders.get(url) ?? 0) + 1;
    renders.set(url, n);
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return { status: 200, headers: { "content-type": "application/json" }, body: Buffer.from(JSON.stringify({ render: n })), tags: ["ticker:1"] };
  };
  const cache = new ResponseCache(DEFAULT_RESPONSE_CACHE_OPTIONS);
  const pages = new ReaderPages(cache, new RenderLimiter({ concurrency: 4, maxQueue: 64, maxWaitMs: 2_000 }), render, {
    renderTimeoutMs: 5_000,
    databaseUp: () => true,
    onceDatabaseDown: () => () => undefined,
  });
  server = createServer((req, res) => void pages.handle(req, res));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  const get = (path: string) =>
    new Promise<{ body: string; cache: string; ms: number }>((resolve, reject) => {
      const started = performance.now();
      request({ host: "127.0.0.1", port, path }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString("utf8")));
        res.on("end", () => resolve({ body, cache: String(res.headers["x-rundblick-cache"]), ms: performance.now() - started }));
      })
        .on("error", reject)
        .end();
    });
  return { cache, get, renders };
}

describe("a Liveticker's update address in the front's cache", () => {
  it("is recognised by its path, and nothing else is", () => {
    expect(answersPreviousWhileRendering("/politik/liveticker-sturm/eintraege?v=3")).toBe(true);
    expect(answersPreviousWhileRendering("/politik/liveticker-sturm")).toBe(false);
    expect(answersPreviousWhileRendering("/politik/liveticker-sturm?vor=12")).toBe(false);
    expect(answersPreviousWhileRendering("/politik/eintraege")).toBe(false);
  });

  it("after its tag expires, the first poll waits for the new answer; polls meanwhile get the previous one at once (STALE)", async () => {
    const { cache, get, renders } = await front(300);
    const path = "/politik/liveticker-sturm/eintraege?v=3";
    expect(JSON.parse((await get(path)).body)).toEqual({ render: 1 });
    expect((await get(path)).cache).toBe("HIT");
    cache.expireTags(["ticker:1"]);
    const first = get(path);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const during = await Promise.all([get(path), get(path), get(path)]);
    for (const answer of during) {
      expect(answer.cache).toBe("STALE");
      expect(JSON.parse(answer.body)).toEqual({ render: 1 });
      expect(answer.ms).toBeLessThan(150);
    }
    const waited = await first;
    expect(waited.cache).toBe("MISS");
    expect(JSON.parse(waited.body)).toEqual({ render: 2 });
    // One render made the new answer for all of them.
    expect(renders.get(path)).toBe(2);
  });

  it("a page still waits for its render after an expiry: readers never get the old page", async () => {
    const { cache, get } = await front(100);
    const path = "/politik/liveticker-sturm";
    await get(path);
    cache.expireTags(["ticker:1"]);
    const answer = await get(path);
    expect(answer.cache).toBe("MISS");
    expect(JSON.parse(answer.body)).toEqual({ render: 2 });
  });
});
