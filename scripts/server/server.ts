/**
 * The production server `npm start` runs (scripts/server/start.ts spawns it): Next's
 * request handler on a plain Node HTTP server, with two additions before
 * Next's router:
 * - view beacons without a session cookie are answered here
 *   (lib/views/fast-path.ts);
 * - anonymous GET/HEAD requests for reader pages are answered from the
 *   response cache (lib/http/reader-pages.ts); a miss is rendered by Next
 *   through a second, loopback-only listener, so the answer arrives whole
 *   and can be kept.
 * Everything else (admin, API, assets, editors, draft mode) goes to Next as is.
 *
 * Env: PORT (default 3000), plus everything the app reads. Listens on every
 * interface, as `next start` does (HOSTNAME is deliberately not read:
 * containers set it to their own name). Stops on SIGTERM/SIGINT: no new connections,
 * open requests finish, then the view buffer is written (lib/views/buffer.ts
 * holds the exit for that) and the process ends.
 */
import { Agent, createServer, request, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import pg from "pg";
import { onTagExpiry, touchesReaderPages } from "../../lib/cache/tag-expiry";
import { DatabaseAvailability } from "../../lib/db/availability";
import { db } from "../../lib/db/client";
import { RenderLimiter } from "../../lib/http/render-limiter";
import { ReaderPages, type RenderUpstream } from "../../lib/http/reader-pages";
import { ResponseCache, responseCacheOptionsFromEnv, type UpstreamResponse } from "../../lib/http/response-cache";
import { stampSocketAddress } from "../../lib/http/socket-address";
import { handleBeacon, refuseBeaconBeforeBody } from "../../lib/views/fast-path";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

const port = Number(process.env.PORT ?? 3000);
const SHUTDOWN_GRACE_MS = 5_000;

async function main() {
  const app = next({ dev: false, dir: PROJECT_ROOT, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();

  const toNext = (req: IncomingMessage, res: ServerResponse) => {
    // Next never sees the socket; the login throttle needs its address. On the
    // loopback listener (reader pages) this is 127.0.0.1, replacing any copy a client sent.
    stampSocketAddress(req);
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Interner Fehler");
    });
  };

  // Next behind a loopback-only listener: the response cache asks it for pages.
  const renderer = createServer(toNext);
  await new Promise<void>((resolve, reject) => {
    renderer.once("error", reject);
    renderer.listen(0, "127.0.0.1", resolve);
  });
  const rendererPort = (renderer.address() as AddressInfo).port;
  const readerPages = createReaderPages(rendererPort);

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    if (handleBeacon(req, res)) return;
    if (readerPages.handle(req, res)) return;
    toNext(req, res);
  };
  const server = createServer(onRequest);
  // `Expect: 100-continue`: refuse a beacon by its headers before its body is sent.
  server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    if (refuseBeaconBeforeBody(req, res)) return;
    res.writeContinue();
    onRequest(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // A deep accept queue: a burst of new connections waits a moment instead of
    // having its SYNs dropped and retried a second later.
    server.listen({ port, backlog: 2048 }, resolve);
  });
  console.log(`Bereit auf Port ${port}`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Finish open requests, then exit; the view buffer's shutdown hook
    // (started by instrumentation.ts) holds the exit until it is written.
    const done = () => process.exit(0);
    renderer.close();
    server.close(done);
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      done();
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/** Concurrent renders: more than the cores only make each one slower. */
const RENDER_CONCURRENCY = Number(process.env.RENDER_CONCURRENCY) || 4;

function createReaderPages(rendererPort: number): ReaderPages {
  const cache = new ResponseCache(responseCacheOptionsFromEnv());
  onTagExpiry((tags) => {
    if (touchesReaderPages(tags)) cache.invalidateAll();
  });
  const database = new DatabaseAvailability(databaseProbe());
  database.start();
  const agent = new Agent({ keepAlive: true, maxSockets: RENDER_CONCURRENCY * 2 });
  const render: RenderUpstream = (url, headers, timeoutMs) => renderThroughNext(agent, rendererPort, url, headers, timeoutMs);
  const limiter = new RenderLimiter({ concurrency: RENDER_CONCURRENCY, maxQueue: 64, maxWaitMs: 2_000 });
  return new ReaderPages(cache, limiter, render, {
    renderTimeoutMs: 10_000,
    databaseUp: () => database.isUp,
    onceDatabaseDown: (listener) => database.onceDown(listener),
  });
}

/**
 * A new connection and `SELECT 1`: a pooled connection could wait behind the
 * app's queries or sit on a dead socket. The embedded database takes one
 * connection only, so there the app's own client asks.
 */
function databaseProbe(): () => Promise<unknown> {
  if (process.env.DATABASE_POOL_MAX === "1") return () => db.$queryRaw`SELECT 1`;
  return async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 1_000 });
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.query("SELECT 1");
    } finally {
      void client.end().catch(() => undefined);
    }
  };
}

/** One GET to Next on the loopback listener, read whole. */
function renderThroughNext(agent: Agent, port: number, url: string, headers: IncomingHttpHeaders, timeoutMs: number) {
  return new Promise<UpstreamResponse>((resolve, reject) => {
    const upstream = request({ agent, host: "127.0.0.1", port, method: "GET", path: url, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    upstream.setTimeout(timeoutMs, () => upstream.destroy(new Error(`keine Antwort nach ${timeoutMs} ms`)));
    upstream.on("error", reject);
    upstream.end();
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
