import { createServer, type Server, type Socket } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "./prisma-client";

// A "server" that accepts connections and never answers: a hung database.
let silent: Server;
const sockets: Socket[] = [];
let silentUrl = "";
beforeAll(async () => {
  silent = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  silentUrl = `postgresql://postgres@127.0.0.1:${(silent.address() as AddressInfo).port}/hung`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

/** Settles within `ms` or reports that it did not. */
const within = <T>(ms: number, work: Promise<T>) =>
  Promise.race([
    work.then((value) => ({ settled: "resolved" as const, value }), (error: unknown) => ({ settled: "rejected" as const, error })),
    new Promise<{ settled: "hung" }>((resolve) => setTimeout(() => resolve({ settled: "hung" }), ms)),
  ]);

describe("database limits", () => {
  it("gives up connecting to a server that never answers", async () => {
    const client = createPrismaClient(silentUrl, { connectTimeoutMs: 300 });
    const outcome = await within(3_000, client.$queryRaw`SELECT 1`);
    expect(outcome.settled).toBe("rejected");
    void client.$disconnect().catch(() => undefined);
  });

  it("connects with a bound by default", async () => {
    const client = createPrismaClient(silentUrl);
    const outcome = await within(8_000, client.$queryRaw`SELECT 1`);
    expect(outcome.settled).toBe("rejected");
    void client.$disconnect().catch(() => undefined);
  }, 10_000);

  // PGlite (the embedded database, single-threaded WebAssembly) accepts the
  // setting but has no timer to end a statement: checked on Postgres only.
  it.skipIf(!process.env.TEST_DATABASE_URL)("ends a statement that runs longer than the limit", async () => {
    const client = createPrismaClient(process.env.DATABASE_URL, { statementTimeoutMs: 300 });
    try {
      const outcome = await within(2_500, client.$queryRaw`SELECT pg_sleep(3)`);
      expect(outcome.settled).toBe("rejected");
      expect(await client.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    } finally {
      await client.$disconnect();
    }
  });
});
