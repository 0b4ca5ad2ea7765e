/**
 * The production server `npm start` runs (scripts/server/start.ts spawns it):
 * a small front process without Next, and Next in a renderer process behind
 * it (scripts/server/renderer.ts, on a loopback port, started and restarted
 * by scripts/server/renderer-process.ts). The front answers
 * - view beacons without a session cookie (lib/views/fast-path.ts);
 * - pictures under /bilder/ straight from the picture storage (lib/media/serve.ts);
 * - anonymous GET/HEAD requests for reader pages from the response cache
 *   (lib/http/reader-pages.ts); a miss is fetched whole from the renderer;
 * and relays everything else (admin, API, assets, editors) to the renderer,
 * streamed (lib/http/relay.ts). Kept apart, a cache hit costs about what
 * plain `node:http` costs: Next's instrumentation of the process (async
 * context, patched globals, a large heap) nearly doubled it.
 *
 * Env: PORT (default 3000), RENDER_CONCURRENCY, RESPONSE_CACHE_MB, plus
 * everything the app reads. Listens on every interface, as `next start` does
 * (HOSTNAME is deliberately not read: containers set it to their own name).
 * Stops on SIGTERM/SIGINT: no new connections, open requests finish, the
 * renderer stops, then this process's view buffer is written
 * (lib/views/buffer.ts holds the exit for that) and the process ends.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import pg from "pg";
import { announceTagExpiry, onTagExpiry, touchesReaderPages } from "../../lib/cache/tag-expiry";
import { DatabaseAvailability } from "../../lib/db/availability";
import { db } from "../../lib/db/client";
import { RenderLimiter } from "../../lib/http/render-limiter";
import { ReaderPages, type RenderUpstream } from "../../lib/http/reader-pages";
import { fetchFromRenderer, relayToRenderer, rendererAgent, type RendererTarget } from "../../lib/http/relay";
import { ResponseCache, responseCacheOptionsFromEnv } from "../../lib/http/response-cache";
import { handleBeacon, refuseBeaconBeforeBody } from "../../lib/views/fast-path";
import { handlePictureRequest } from "../../lib/media/serve";
import { pictureStorage } from "../../lib/media/storage";
import { startViewTracking } from "../../lib/views/tracking";
import { TAGS_CHANNEL } from "../../lib/cache/shared-tags.mjs";
import { sharedRedis } from "../../lib/redis/connection.mjs";
import { closeGracefully } from "./graceful-close";
import { RendererProcess } from "./renderer-process";

const port = Number(process.env.PORT ?? 3000);
const SHUTDOWN_GRACE_MS = 4_000;

/** Concurrent renders: more than the cores only make each one slower. */
const RENDER_CONCURRENCY = Number(process.env.RENDER_CONCURRENCY) || 4;

async function main() {
  const renderer = new RendererProcess(announceTagExpiry);
  await renderer.start();
  const target: RendererTarget = { port: () => renderer.port(), token: renderer.token, agent: rendererAgent(64) };
  const readerPages = createReaderPages(target);
  // Beacons are counted in this process: its buffer, its flush timer and shutdown flush.
  startViewTracking();

  const pictures = pictureStorage();
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    if (handleBeacon(req, res)) return;
    if (handlePictureRequest(req, res, pictures)) return;
    if (readerPages.handle(req, res)) return;
    relayToRenderer(target, req, res);
  };
  const server = createServer(onRequest);
  // Longer than a reverse proxy or load balancer keeps its idle connections
  // to us (nginx, cloud balancers: 60 s), so it never reuses one we are closing.
  server.keepAliveTimeout = 65_000;
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
    renderer.expectExit();
    // Open requests finish (the renderer still answers them), then the
    // renderer stops, then this process exits; the view buffer's shutdown
    // hook holds the exit until it is written.
    closeGracefully(server, SHUTDOWN_GRACE_MS, () => void renderer.stop().finally(() => process.exit(0)));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

function createReaderPages(target: RendererTarget): ReaderPages {
  const cache = new ResponseCache(responseCacheOptionsFromEnv());
  onTagExpiry((tags) => {
    if (touchesReaderPages(tags)) cache.invalidateAll();
  });
  // Several instances: an expiry on any of them reaches this cache; after a
  // break in Redis, when messages may have been lost, nothing kept is current.
  const redis = sharedRedis();
  if (redis) {
    const dropAll = () => cache.invalidateAll();
    redis.subscribe(TAGS_CHANNEL, (message) => announceTagExpiry(parseTags(message)), dropAll);
    redis.onRestored(dropAll);
  }
  const database = new DatabaseAvailability(databaseProbe());
  database.start();
  const render: RenderUpstream = (url, headers, timeoutMs) => fetchFromRenderer(target, url, headers, timeoutMs);
  const limiter = new RenderLimiter({ concurrency: RENDER_CONCURRENCY, maxQueue: 64, maxWaitMs: 2_000 });
  return new ReaderPages(cache, limiter, render, {
    renderTimeoutMs: 10_000,
    databaseUp: () => database.isUp,
    onceDatabaseDown: (listener) => database.onceDown(listener),
  });
}

/** The tags of a message on the shared channel (lib/cache/shared-tags.mjs); anything unreadable expires everything. */
function parseTags(message: string): string[] {
  try {
    const { tags } = JSON.parse(message) as { tags?: unknown };
    if (Array.isArray(tags) && tags.every((tag) => typeof tag === "string")) return tags;
  } catch {
    // fall through
  }
  return ["*"];
}

/**
 * A new connection and `SELECT 1`: a pooled connection could wait behind the
 * app's queries or sit on a dead socket. The embedded database takes one
 * connection per process, so there this process's own client asks.
 */
function databaseProbe(): () => Promise<unknown> {
  if (process.env.DATABASE_POOL_MAX === "1") return () => db.$queryRaw`SELECT 1`;
  return async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 2_000 });
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.query("SELECT 1");
    } finally {
      void client.end().catch(() => undefined);
    }
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
