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
 * This process owns the background jobs (lib/runtime/jobs.mjs): the view
 * buffer's flush, the ranking windows, the rollup and the database probe. The
 * renderer runs none; the views its beacon route counts come here.
 *
 * Settings: lib/runtime/settings.mjs (PORT, RENDER_CONCURRENCY,
 * RESPONSE_CACHE_MB, …). Listens on every interface, as `next start` does
 * (HOSTNAME is deliberately not read: containers set it to their own name).
 * Stops on SIGTERM/SIGINT: no new connections, open requests finish, the
 * renderer stops, then the shutdown hooks run (the view buffer's last write)
 * and the process ends.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import pg from "pg";
import { DatabaseAvailability } from "../../lib/db/availability";
import { db } from "../../lib/db/client";
import { RenderLimiter } from "../../lib/http/render-limiter";
import { ReaderPages, type RenderUpstream } from "../../lib/http/reader-pages";
import { fetchFromRenderer, relayToRenderer, rendererAgent, type RendererTarget } from "../../lib/http/relay";
import { ResponseCache, responseCacheOptions } from "../../lib/http/response-cache";
import { expireHereAndPurge } from "../../lib/cdn";
import { handleBeacon, refuseBeaconBeforeBody } from "../../lib/views/fast-path";
import { handlePictureRequest } from "../../lib/media/serve";
import { pictureStorage } from "../../lib/media/storage";
import { recordView } from "../../lib/views/tracking";
import { TAGS_CHANNEL } from "../../lib/cache/shared-tags.mjs";
import { sharedRedis } from "../../lib/redis/connection.mjs";
import { announceTagExpiry, exitAfterShutdownHooks, onTagExpiry, readerPageTags, settings } from "../../lib/runtime";
import { startFrontJobs } from "./front-jobs";
import { closeGracefully } from "./graceful-close";
import { RendererProcess } from "./renderer-process";

const SHUTDOWN_GRACE_MS = 4_000;

async function main() {
  const { port } = settings();
  // This instance's expiries: announced here (the response cache drops its entries), then purged from the CDN tier (lib/cdn).
  const renderer = new RendererProcess({ onTagsExpired: expireHereAndPurge(), onView: recordView });
  await renderer.start();
  const target: RendererTarget = { port: () => renderer.port(), token: renderer.token, agent: rendererAgent(64) };
  const database = new DatabaseAvailability(databaseProbe());
  const readerPages = createReaderPages(target, database);
  // Every beacon is counted in this process (the renderer's too), and every background job runs here.
  startFrontJobs(database, (tags) => renderer.expireTags(tags));

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
    // renderer stops, then the shutdown hooks (the view buffer's last write)
    // run and this process exits.
    closeGracefully(server, SHUTDOWN_GRACE_MS, () => void renderer.stop().finally(() => exitAfterShutdownHooks(0)));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

function createReaderPages(target: RendererTarget, database: DatabaseAvailability): ReaderPages {
  const cache = new ResponseCache(responseCacheOptions(settings()));
  onTagExpiry((tags) => {
    // Only the pages that showed an expired tag are rendered again (lib/http/response-cache.ts).
    const reader = readerPageTags(tags);
    if (reader.length > 0) cache.expireTags(reader);
  });
  // Several instances: an expiry on any of them reaches this cache; after a
  // break in Redis, when messages may have been lost, nothing kept is current.
  const redis = sharedRedis();
  if (redis) {
    const dropAll = () => cache.invalidateAll();
    redis.subscribe(TAGS_CHANNEL, (message) => announceTagExpiry(parseTags(message)), dropAll);
    redis.onRestored(dropAll);
  }
  const render: RenderUpstream = (url, headers, timeoutMs) => fetchFromRenderer(target, url, headers, timeoutMs);
  // Concurrent renders: more than the cores only make each one slower.
  const limiter = new RenderLimiter({ concurrency: settings().renderConcurrency, maxQueue: 64, maxWaitMs: 2_000 });
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
  const { embeddedDatabase, databaseUrl } = settings();
  if (embeddedDatabase) return () => db.$queryRaw`SELECT 1`;
  return async () => {
    const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 2_000 });
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
