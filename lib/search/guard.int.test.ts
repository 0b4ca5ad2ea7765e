import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { guardedSearch, isStatementTimeout, SearchSlots } from "./guard";

// A second session holds a lock on the articles, so a search must wait for it:
// a search that runs long without depending on the machine's speed. PGlite
// runs every connection in one session, where a lock cannot block: those
// tests need a server (TEST_DATABASE_URL).
const onServer = Boolean(process.env.TEST_DATABASE_URL);
const SLUG = "guardtest-";

async function withArticlesLocked<T>(work: () => Promise<T>): Promise<T> {
  const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await blocker.connect();
  try {
    await blocker.query(`BEGIN; LOCK TABLE "Article" IN ACCESS EXCLUSIVE MODE`);
    return await work();
  } finally {
    await blocker.query("ROLLBACK").catch(() => undefined);
    await blocker.end();
  }
}

const input = { query: "Gruselbrezel", page: 1 };

beforeAll(async () => {
  const section = await db.section.create({ data: { slug: `${SLUG}sektion`, name: "Wächter", position: 99 } });
  await db.article.create({
    data: {
      slug: `${SLUG}1`,
      sectionId: section.id,
      title: "Die Gruselbrezel",
      teaser: "Kurz.",
      body: "Text.",
      status: "PUBLISHED",
      publishedAt: new Date(Date.now() - 3_600_000),
    },
  });
});

afterAll(async () => {
  await db.article.deleteMany({ where: { slug: { startsWith: SLUG } } });
  await db.section.deleteMany({ where: { slug: { startsWith: SLUG } } });
});

describe("guardedSearch", () => {
  it("answers as findArticles does within the bound", async () => {
    const results = await guardedSearch(db, input, { timeoutMs: 2_000, concurrency: 1, waitMs: 2_000 });
    expect(results.notice).toBeUndefined();
    expect(results.items.map((hit) => hit.title)).toEqual(["Die Gruselbrezel"]);
  });

  it.runIf(onServer)("ends a search past the bound with \"too-broad\", not an error, and frees the connection", async () => {
    const started = Date.now();
    const results = await withArticlesLocked(() => guardedSearch(db, input, { timeoutMs: 300, concurrency: 1, waitMs: 300 }));
    expect(results).toMatchObject({ items: [], total: 0, notice: "too-broad" });
    expect(Date.now() - started).toBeLessThan(2_000);
    // The connection is back and the bound was LOCAL to the search's transaction.
    const [row] = await db.$queryRaw<{ timeout: string }[]>`SELECT current_setting('statement_timeout') AS timeout`;
    expect(row.timeout).not.toBe("300ms");
    expect((await guardedSearch(db, input, { timeoutMs: 2_000, concurrency: 1, waitMs: 2_000 })).items).toHaveLength(1);
  });

  it.runIf(onServer)("answers \"busy\" when all search slots stay taken past the wait bound", async () => {
    const limits = { timeoutMs: 600, concurrency: 1, waitMs: 50 };
    const [first, second] = await withArticlesLocked(() =>
      Promise.all([guardedSearch(db, input, limits), new Promise((r) => setTimeout(r, 20)).then(() => guardedSearch(db, input, limits))]),
    );
    expect(first.notice).toBe("too-broad");
    expect(second.notice).toBe("busy");
  });

  it("passes other database errors on", async () => {
    const broken = { $transaction: () => Promise.reject(new Error("connection refused")) } as unknown as typeof db;
    await expect(guardedSearch(broken, input, { timeoutMs: 100, concurrency: 2, waitMs: 100 })).rejects.toThrow("connection refused");
  });
});

describe("SearchSlots", () => {
  it("lets `size` in at once, hands a freed slot to the next waiter, and lets waiters give up", async () => {
    const slots = new SearchSlots(1);
    expect(await slots.acquire(10)).toBe(true);
    expect(await slots.acquire(10)).toBe(false);
    const waiting = slots.acquire(1_000);
    slots.release();
    expect(await waiting).toBe(true);
    slots.release();
    expect(await slots.acquire(10)).toBe(true);
  });
});

describe("isStatementTimeout", () => {
  it("recognises SQLSTATE 57014 however the driver wraps it", () => {
    expect(isStatementTimeout({ code: "57014" })).toBe(true);
    expect(isStatementTimeout(new Error("x", { cause: { originalCode: "57014" } }))).toBe(true);
    expect(isStatementTimeout({ meta: { driverAdapterError: { cause: { originalCode: "57014" } } } })).toBe(true);
    expect(isStatementTimeout(new Error("canceling statement due to statement timeout"))).toBe(true);
    expect(isStatementTimeout(new Error("connection refused"))).toBe(false);
    expect(isStatementTimeout(null)).toBe(false);
  });
});
