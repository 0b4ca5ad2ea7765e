/**
 * The production server `npm start` runs (scripts/server/start.ts spawns it): Next's
 * request handler on a plain Node HTTP server, with one addition. View
 * beacons without a session cookie are answered before Next's router
 * (lib/views/fast-path.ts); everything else, including every page, goes to Next.
 *
 * Env: PORT (default 3000), plus everything the app reads. Listens on every
 * interface, as `next start` does (HOSTNAME is deliberately not read:
 * containers set it to their own name). Stops on SIGTERM/SIGINT: no new connections,
 * open requests finish, then the view buffer is written (lib/views/buffer.ts
 * holds the exit for that) and the process ends.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { stampSocketAddress } from "../../lib/http/socket-address";
import { handleBeacon, refuseBeaconBeforeBody } from "../../lib/views/fast-path";

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

const port = Number(process.env.PORT ?? 3000);
const SHUTDOWN_GRACE_MS = 5_000;

async function main() {
  const app = next({ dev: false, dir: PROJECT_ROOT, port, hostname: "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    if (handleBeacon(req, res)) return;
    stampSocketAddress(req); // Next never sees the socket; the login throttle needs its address
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("Interner Fehler");
    });
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
    server.listen(port, resolve);
  });
  console.log(`Bereit auf Port ${port}`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Finish open requests, then exit; the view buffer's shutdown hook
    // (started by instrumentation.ts) holds the exit until it is written.
    const done = () => process.exit(0);
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

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
