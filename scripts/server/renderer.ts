/**
 * The renderer: Next's request handler on a loopback-only port, started and
 * watched by the front server (scripts/server/server.ts), which is the only
 * client it expects; the front runs one for readers and one for the newsroom
 * (its name is the first argument). It tells the front through the IPC
 * channel when it is ready (its port) and whenever a cache tag expires here,
 * so the front's response cache and the other renderer drop what changed
 * before the next request.
 *
 * Settings: RENDERER_RELAY_TOKEN (set by the front), plus everything the app
 * reads (lib/runtime/settings.mjs). It runs no background jobs: the views its
 * beacon route counts go to the front, which owns the buffer and the jobs.
 * Ends on SIGTERM from the front (open requests finish) and when the front
 * goes away.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { stampSocketAddress } from "../../lib/http/client-address";
import { takeTagRequest, sendTagsAsTrailer } from "../../lib/http/render-tags";
import { expireCachedTags } from "../../lib/cache";
import { collectRenderTags, exitAfterShutdownHooks, onTagExpiry, settings } from "../../lib/runtime";
import { forwardViewsTo, type Reader, type ViewOutcome } from "../../lib/views/tracking";
import { closeGracefully } from "./graceful-close";
import type { FrontMessage, RendererMessage } from "./renderer-process";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const SHUTDOWN_GRACE_MS = 4_000;
/** A view the front has not answered in this time is reported as not counted (503, the beacon may come again). */
const VIEW_ANSWER_MS = 2_000;

function tell(message: RendererMessage): void {
  if (process.connected) process.send?.(message);
}

async function main() {
  const { rendererRelayToken: relayToken, port } = settings();
  if (!relayToken || !process.send) throw new Error("Der Renderer wird vom Server gestartet (scripts/server/server.ts), nicht direkt.");
  forwardViewsTo(viewsToFront());
  const app = next({ dev: false, dir: PROJECT_ROOT, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  // This process's own expiries (an editor's save): sent before the answer of
  // the request that caused it leaves this process. The front expires them
  // everywhere else (scripts/server/expiry-hub.ts).
  onTagExpiry((tags) => tell({ type: "tags-expired", tags }));
  // Expiries the front passes on (a scheduled article's time came, or the
  // other renderer's save): into the "use cache" entries only, not announced
  // back (the front has done that), then confirmed.
  process.on("message", (message: FrontMessage) => {
    if (message.type !== "expire-tags") return;
    expireCachedTags(message.tags, { announce: false })
      .catch((error: unknown) => console.error("Tag-Ablauf im Renderer fehlgeschlagen:", error))
      .finally(() => tell({ type: "tags-applied", id: message.id }));
  });

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    stampSocketAddress(req, relayToken);
    const render = () =>
      handle(req, res).catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
        res.end("Interner Fehler");
      });
    // A page for the front's response cache: it learns the cache tags the page showed.
    if (!takeTagRequest(req)) return void render();
    collectRenderTags((tags) => {
      sendTagsAsTrailer(res, tags);
      return render();
    });
  });
  // The front keeps its connections open; it closes them itself.
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  tell({ type: "ready", port: (server.address() as AddressInfo).port });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    closeGracefully(server, SHUTDOWN_GRACE_MS, () => void exitAfterShutdownHooks(0));
  };
  process.on("SIGTERM", stop);
  // Ctrl-C reaches the whole process group: the front decides when this
  // process ends (SIGTERM, once its own open requests are answered).
  process.on("SIGINT", () => undefined);
  // The front is gone (crashed or killed): nobody can reach this process any more.
  process.on("disconnect", stop);
}

/** Hands each view to the front over the IPC channel and waits for its outcome. */
function viewsToFront(): (articleId: number, reader: Reader) => Promise<ViewOutcome> {
  const waiting = new Map<number, (outcome: ViewOutcome) => void>();
  let lastId = 0;
  process.on("message", (message: FrontMessage) => {
    if (message.type !== "view-outcome") return;
    waiting.get(message.id)?.(message.outcome);
  });
  return (articleId, reader) =>
    new Promise((resolve) => {
      const id = ++lastId;
      const done = (outcome: ViewOutcome) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(outcome);
      };
      const timer = setTimeout(() => done("dropped"), VIEW_ANSWER_MS);
      waiting.set(id, done);
      tell({ type: "view", id, articleId, reader });
    });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
