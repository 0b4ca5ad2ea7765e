import type { Server } from "node:http";

/**
 * Stops taking connections and closes idle ones; once open requests are
 * answered, or after `graceMs` at the latest (the rest are cut), calls `done`
 * (once, or twice when the last request ends just as the grace runs out: make
 * it idempotent).
 */
export function closeGracefully(server: Server, graceMs: number, done: () => void): void {
  server.close(() => done());
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    done();
  }, graceMs).unref();
}
