/**
 * The production server `npm start` runs (scripts/server/start.ts spawns it):
 * a small front process without Next, and Next in renderer processes behind
 * it (scripts/server/renderer.ts, each on a loopback port, each started and
 * restarted by scripts/server/renderer-process.ts): READER_RENDERERS for
 * readers (one per core beyond the first; each request to the least busy,
 * lib/http/renderer-pool.ts; at a lower priority than the front), one for
 * the newsroom, so an editor's work never waits behind readers' renders
 * (it also renders again, one at a time, the pages readers already had: a
 * save's pages do not queue behind first visits). The front answers
 * - view beacons without a session cookie (lib/views/fast-path.ts);
 * - pictures under /bilder/ straight from the picture storage (lib/media/serve.ts);
 * - anonymous GET/HEAD requests for reader pages from the response cache
 *   (lib/http/reader-pages.ts); a miss (pages, pieces under /esi/, search)
 *   is fetched whole from the readers' renderer;
 * and relays everything else, streamed (lib/http/relay.ts): what the
 * response cache never answers (admin, API, server actions and other POSTs,
 * editors with a session cookie, Next's assets) to the newsroom's renderer,
 * and reader pages it does not keep (RESPONSE_CACHE_MB=0) to the readers'.
 * While the renderers of one kind (re)start, their requests go to the other kind. Kept apart, a
 * cache hit costs about what plain `node:http` costs: Next's instrumentation
 * of the process (async context, patched globals, a large heap) nearly
 * doubled it.
 *
 * NEWSROOM_RENDERER=0 sends the newsroom's requests to the readers'
 * renderers; the embedded database always runs one renderer for everything
 * (lib/runtime/settings.mjs says why).
 *
 * Tag expiry: the front is the hub (scripts/server/expiry-hub.ts). A
 * renderer's own expiry (an editor's save) is announced here (response
 * cache, CDN purge) and passed on to the other renderers; the front's own
 * (scheduled articles) to all.
 *
 * This process owns the background jobs (lib/runtime/jobs.mjs): the view
 * buffer's flush, the ranking windows, the rollup, the database probe and
 * the scheduled articles' expiry. The renderers run none; the views their
 * beacon route counts come here.
 *
 * Settings: lib/runtime/settings.mjs (PORT, RENDER_CONCURRENCY,
 * READER_RENDERERS, RESPONSE_CACHE_MB, NEWSROOM_RENDERER, …). Listens on every interface, as
 * `next start` does (HOSTNAME is deliberately not read: containers set it to
 * their own name). Stops on SIGTERM/SIGINT: no new connections, open
 * requests finish, the renderers stop, then the shutdown hooks run (the view
 * buffer's last write) and the process ends.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import pg from "pg";
import { DatabaseAvailability } from "../../lib/db/availability";
import { db } from "../../lib/db/client";
import { RenderLimiter } from "../../lib/http/render-limiter";
import { ReaderPages, type RenderUpstream } from "../../lib/http/reader-pages";
import { fetchFromRenderer, isNewsroomRequest, relayToRenderer, rendererAgent, type RendererTarget } from "../../lib/http/relay";
import { RendererPool } from "../../lib/http/renderer-pool";
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
import { ExpiryHub } from "./expiry-hub";
import { closeGracefully } from "./graceful-close";
import { RendererProcess } from "./renderer-process";

const SHUTDOWN_GRACE_MS = 4_000;
/** Longest a request to a renderer waits for it to confirm a tag expiry the front passed on (expiry-hub.ts). */
const EXPIRY_WAIT_MS = 2_000;

/** How much lower the readers' renderers run than the front and the newsroom (nice). */
const READERS_NICE = 5;

async function main() {
  const { port, newsroomRenderer, readerRenderers } = settings();
  // One token for all: a request that falls back to another renderer carries the right one.
  const token = randomBytes(24).toString("base64url");
  const kinds = [
    ...Array.from({ length: readerRenderers }, (_, i) =>
      readerRenderers === 1 && !newsroomRenderer
        ? { name: "renderer", label: "", nice: 0 }
        : { name: i === 0 ? "readers" : `readers-${i + 1}`, label: i === 0 ? "Leser" : `Leser ${i + 1}`, nice: READERS_NICE },
    ),
    ...(newsroomRenderer ? [{ name: "newsroom", label: "Redaktion", nice: 0 }] : []),
  ];
  const renderers = kinds.map(({ name, label, nice }) => {
    const renderer: RendererProcess = new RendererProcess(
      { name, label, token, nice },
      { onTagsExpired: (tags) => hub.fromRenderer(renderer, tags), onView: recordView },
    );
    return renderer;
  });
  const readers = renderers.slice(0, readerRenderers);
  // Without its own, the newsroom's requests go to the readers' renderers.
  const newsroom = newsroomRenderer ? renderers.slice(readerRenderers) : readers;
  // This instance's expiries: announced here once (the response cache drops
  // its entries, then the CDN tier is purged: lib/cdn), and passed on to
  // every renderer that did not make them.
  const hub = new ExpiryHub(renderers, { expireHere: expireHereAndPurge(), waitMs: EXPIRY_WAIT_MS });
  await Promise.all(renderers.map((renderer) => renderer.start()));
  logRenderers(readers, newsroomRenderer ? newsroom[0] : undefined);

  const agent = rendererAgent(64);
  const targets = new Map<RendererProcess, RendererTarget>(
    renderers.map((renderer) => [renderer, { port: () => renderer.port(), token, agent, applied: () => hub.applied(renderer) }]),
  );
  const targetsOf = (list: RendererProcess[]) => list.map((renderer) => targets.get(renderer)!);
  // Each request to the least busy of its kind; while all of them (re)start, to the other kind.
  const forReaders = new RendererPool(targetsOf(readers), targetsOf(newsroom));
  const forNewsroom = new RendererPool(targetsOf(newsroom), targetsOf(readers));
  const database = new DatabaseAvailability(databaseProbe());
  // Pages readers already had render again on the newsroom's renderer (one at a time), apart from first visits.
  const readerPages = createReaderPages(forReaders, readers.length, newsroomRenderer ? forNewsroom : null, database);
  // Every beacon is counted in this process (the renderers' too), and every background job runs here.
  startFrontJobs(database, (tags) => hub.expire(tags));

  const pictures = pictureStorage();
  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    if (handleBeacon(req, res)) return;
    if (handlePictureRequest(req, res, pictures)) return;
    if (settings().viewsStats && req.method === "GET" && req.url === "/api/cache") {
      // The response cache's counters, for bench:scale (renders, pages expired per save), like /api/views for bench:views.
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      return void res.end(JSON.stringify(readerPages.stats()));
    }
    if (readerPages.handle(req, res)) return;
    const lease = (isNewsroomRequest(req) ? forNewsroom : forReaders).take();
    res.once("close", lease.done);
    relayToRenderer(lease.member, req, res);
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
    for (const renderer of renderers) renderer.expectExit();
    // Open requests finish (the renderers still answer them), then the
    // renderers stop, then the shutdown hooks (the view buffer's last write)
    // run and this process exits.
    closeGracefully(server, SHUTDOWN_GRACE_MS, () => void Promise.all(renderers.map((renderer) => renderer.stop())).finally(() => exitAfterShutdownHooks(0)));
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/** Which renderers run, with their process ids (for `ps`, memory figures). */
function logRenderers(readers: RendererProcess[], newsroom: RendererProcess | undefined): void {
  const readersText = readers.map((renderer) => `Prozess ${renderer.pid()}`).join(", ");
  if (newsroom) return console.log(`Renderer: Leser (${readersText}), Redaktion (Prozess ${newsroom.pid()})`);
  const why = settings().embeddedDatabase ? "eingebettete Datenbank" : "NEWSROOM_RENDERER=0";
  console.log(`Renderer für Leser und Redaktion (${readersText}; ${why})`);
}

function createReaderPages(
  readers: RendererPool<RendererTarget>,
  readerCount: number,
  refreshers: RendererPool<RendererTarget> | null,
  database: DatabaseAvailability,
): ReaderPages {
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
  const render = renderFrom(readers);
  // Concurrent renders, RENDER_CONCURRENCY per readers' renderer: more than that only make each one slower.
  const limiter = new RenderLimiter({ concurrency: settings().renderConcurrency * readerCount, maxQueue: 64, maxWaitMs: 2_000 });
  // Searches' own share: as many at once as may search the database at once
  // (SEARCH_CONCURRENCY), each bounded by SEARCH_TIMEOUT_MS, so a burst waits
  // its turn (the guard answers "zu allgemein" past the bound) instead of
  // being refused, and article renders keep their slots.
  const { searchConcurrency, searchTimeoutMs } = settings();
  const searchLimiter = new RenderLimiter({ concurrency: searchConcurrency, maxQueue: 64, maxWaitMs: Math.max(5_000, 10 * searchTimeoutMs) });
  // One refresh at a time there: an editor's next request waits behind one render at most.
  const refresh = refreshers && {
    limiter: new RenderLimiter({ concurrency: 1, maxQueue: 64, maxWaitMs: 2_000 }),
    render: renderFrom(refreshers),
  };
  return new ReaderPages(cache, limiter, render, {
    refresh: refresh ?? undefined,
    renderTimeoutMs: 10_000,
    databaseUp: () => database.isUp,
    onceDatabaseDown: (listener) => database.onceDown(listener),
    searchLimiter,
  });
}

/** One render at a time at the pool's least busy renderer, counted until it settles. */
function renderFrom(pool: RendererPool<RendererTarget>): RenderUpstream {
  return (url, headers, timeoutMs) => pool.use((target) => fetchFromRenderer(target, url, headers, timeoutMs));
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
