/**
 * Child process for lib/views/views.int.test.ts: buffers views, then waits for a
 * signal. With `--next`, a handler like `next start`'s exits the process as
 * soon as it is told to stop; the shutdown flush must still land.
 * Usage: tsx lib/views/shutdown.fixture.ts <articleId> <views> [--next]
 */
import { createPrismaClient } from "../db/prisma-client";
import { flushOnShutdown, ViewBuffer } from "./buffer";
import { writeViewCounts } from "./store";

const [articleId, views] = process.argv.slice(2, 4).map(Number);
const prisma = createPrismaClient();
// A long interval: only the shutdown flush writes.
const buffer = new ViewBuffer({ write: (rows) => writeViewCounts(prisma, rows), flushIntervalMs: 600_000 });

if (process.argv.includes("--next")) {
  process.on("SIGTERM", () => setImmediate(() => process.exit(143)));
}
flushOnShutdown(buffer);
buffer.start();
for (let i = 0; i < views; i++) buffer.add(articleId, Date.now() - (i % 3) * 3_600_000);
// Keeps the process alive until a signal arrives (the flush timer does not).
setInterval(() => undefined, 60_000);
console.log("ready");
