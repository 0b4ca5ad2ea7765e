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

describe("queries inside a transaction", () => {
  it("go to the transaction's connection one at a time, without pg's deprecation warning", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => void warnings.push(warning.message);
    process.on("warning", onWarning);
    const client = createPrismaClient(process.env.DATABASE_URL);
    try {
      const section = await client.section.create({ data: { slug: "eins-nach-dem-anderen", name: "Eins nach dem anderen" } });
      const article = await client.article.create({
        data: { slug: "probe", title: "Probe", teaser: "", body: "", sectionId: section.id, tags: { create: { tag: { create: { slug: "probe", name: "Probe" } } } } },
      });
      // Prisma's interpreter sends the queries of an `include` at once; in a
      // transaction they all meet the transaction's one pg client.
      const found = await client.$transaction(async (tx) =>
        tx.article.findUnique({ where: { id: article.id }, include: { section: true, authors: true, tags: true, redirects: true } }),
      );
      expect(found?.section.slug).toBe("eins-nach-dem-anderen");
      expect(found?.tags).toHaveLength(1);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((message) => message.includes("already executing a query"))).toEqual([]);
    } finally {
      process.off("warning", onWarning);
      await client.$disconnect();
    }
  });
});
