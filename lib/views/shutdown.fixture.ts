/**
 * Child process for lib/views/views.int.test.ts: buffers views, then waits for
 * SIGTERM, on which it stops as the servers do (scripts/server/server.ts):
 * the shutdown hooks run (the buffer's last write), then the process exits.
 * Usage: tsx lib/views/shutdown.fixture.ts <articleId> <views>
 */
import { createPrismaClient } from "../db/prisma-client";
import { exitAfterShutdownHooks, onShutdown } from "../runtime";
import { ViewBuffer } from "./buffer";
import { writeViewCounts } from "./store";

const [articleId, views] = process.argv.slice(2, 4).map(Number);
const prisma = createPrismaClient();
// A long interval: only the shutdown flush writes.
const buffer = new ViewBuffer({ write: (rows) => writeViewCounts(prisma, rows), flushIntervalMs: 600_000 });
onShutdown("views:flush", () => buffer.drain());
process.on("SIGTERM", () => void exitAfterShutdownHooks(143));
buffer.start();
for (let i = 0; i < views; i++) buffer.add(articleId, Date.now() - (i % 3) * 3_600_000);
// Keeps the process alive until a signal arrives (the flush timer does not).
setInterval(() => undefined, 60_000);
console.log("ready");
