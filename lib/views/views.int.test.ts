import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerBeaconRequest as POST } from "./route-handler";
import { seedDemoContent } from "@/prisma/seed/seed";
import { db } from "../db";
import { createPrismaClient } from "../db/prisma-client";
import { recordView, flushViews } from ".";
import { SOCKET_ADDRESS_HEADER } from "../http/client-address";
import { forgetSettings } from "../runtime";
import { ViewBuffer } from "./buffer";
import { handleBeacon } from "./fast-path";
import { rollUpOldViews, writeViewCounts } from "./store";
import { ViewCounter } from "./tracking";
import { VisibleArticles } from "./visible";
import { VisitorLog } from "./visitor";

const HOUR = 3_600_000;
let visibleIds: number[] = [];
let draftId: number;
let scheduledId: number;

beforeAll(async () => {
  await seedDemoContent(db);
  const now = new Date();
  visibleIds = (
    await db.article.findMany({ where: { status: "PUBLISHED", publishedAt: { lte: now } }, select: { id: true }, orderBy: { id: "asc" } })
  ).map((a) => a.id);
  draftId = (await db.article.findFirstOrThrow({ where: { status: "DRAFT" } })).id;
  scheduledId = (await db.article.findFirstOrThrow({ where: { status: "SCHEDULED", publishedAt: { gt: now } } })).id;
});

afterAll(async () => {
  await db.$disconnect();
});

async function totals(articleId: number) {
  const [article, hourly, daily] = await Promise.all([
    db.article.findUniqueOrThrow({ where: { id: articleId }, select: { totalViews: true } }),
    db.articleViewHourly.aggregate({ where: { articleId }, _sum: { views: true } }),
    db.articleViewDaily.aggregate({ where: { articleId }, _sum: { views: true } }),
  ]);
  return { total: Number(article.totalViews), hourly: hourly._sum.views ?? 0, daily: daily._sum.views ?? 0 };
}

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
// Distinct, realistic user agents (isbot flags unusual ones).
const reader = (name: string) => `${FIREFOX} ${name}/1.0`;
const browser = (ua = FIREFOX) => ({ userAgent: ua, address: "203.0.113.7" });

type Send = (body: string, headers?: Record<string, string>) => Promise<Response>;

/** Through the route handler, as Next calls it. */
const viaRoute: Send = (body, headers = {}) =>
  POST(
    new Request("http://localhost/api/views", {
      method: "POST",
      body,
      headers: { "content-type": "application/json", "user-agent": reader("Testleser"), ...headers },
    }),
  );

/** Through the fast path on a real HTTP server, as scripts/server/server.ts serves it; "Next" answers 299. */
let fastPath: Server;
let fastUrl = "";
beforeAll(async () => {
  fastPath = createServer((req, res) => {
    if (handleBeacon(req, res)) return;
    res.writeHead(299, { "content-type": "text/plain" });
    res.end("next");
  });
  await new Promise<void>((resolve) => fastPath.listen(0, "127.0.0.1", resolve));
  fastUrl = `http://127.0.0.1:${(fastPath.address() as AddressInfo).port}/api/views`;
});
afterAll(() => new Promise<void>((resolve) => fastPath.close(() => resolve())));

const viaFastPath: Send = (body, headers = {}) =>
  fetch(fastUrl, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", "user-agent": reader("Testleser"), ...headers },
  });

describe.each([
  ["route handler", viaRoute],
  ["fast path", viaFastPath],
] as const)("POST /api/views through the %s", (name, beacon) => {
  it("answers per the contract", async () => {
    const id = visibleIds[0]!;
    const me = { "user-agent": reader(`Vertragstest-${name.replace(" ", "-")}`) };
    const counted = await beacon(JSON.stringify({ articleId: id }), me);
    expect(counted.status).toBe(202);
    expect(await counted.json()).toEqual({ status: "counted" });
    expect(counted.headers.get("cache-control")).toBe("no-store");
    expect(counted.headers.get("content-type")).toMatch(/^application\/json/);
    const repeat = await beacon(JSON.stringify({ articleId: id }), me);
    expect(repeat.status).toBe(202);
    expect(await repeat.json()).toEqual({ status: "repeat" });

    const bot = await beacon(JSON.stringify({ articleId: id }), { "user-agent": "Googlebot/2.1 (+http://www.google.com/bot.html)" });
    expect(bot.status).toBe(204);

    const malformed = await beacon('{"articleId":"eins"}');
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error).toMatch(/articleId/);
    expect((await beacon("{kein json")).status).toBe(400);

    expect((await beacon(JSON.stringify({ articleId: 9_999_999 }))).status).toBe(404);
    expect((await beacon(JSON.stringify({ articleId: draftId }))).status).toBe(404);
    expect((await beacon(JSON.stringify({ articleId: scheduledId }))).status).toBe(404);
    const large = await beacon(JSON.stringify({ articleId: id, pad: "x".repeat(2000) }));
    expect(large.status).toBe(413);
    expect((await large.json()).error).toMatch(/1024/);
    expect((await beacon(JSON.stringify({ articleId: id }), { "content-type": "text/plain" })).status).toBe(415);
  });
});

describe("the fast path", () => {
  it("refuses a body that grows past 1 KB without a declared length", async () => {
    const chunks = [JSON.stringify({ articleId: visibleIds[0] }).slice(0, -1), `, "pad": "${"x".repeat(3000)}"}`];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
        controller.close();
      },
    });
    const response = await fetch(fastUrl, {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": "application/json", "user-agent": reader("Stromleser") },
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it("hands beacons with a session cookie, and everything else, to Next", async () => {
    const withCookie = await viaFastPath(JSON.stringify({ articleId: visibleIds[0] }), { cookie: "better-auth.session_token=abc" });
    expect(withCookie.status).toBe(299);
    expect((await fetch(fastUrl)).status).toBe(299);
    expect((await fetch(fastUrl.replace("/api/views", "/politik"), { method: "POST" })).status).toBe(299);
  });

  it("tells readers apart by the socket address, and by X-Forwarded-For only with TRUST_PROXY", async () => {
    const id = visibleIds[6]!;
    const ua = { "user-agent": reader("Adresstest") };
    expect(await (await viaFastPath(JSON.stringify({ articleId: id }), { ...ua, "x-forwarded-for": "198.51.100.1" })).json()).toEqual({
      status: "counted",
    });
    // Same socket, same browser: a forged header does not make a new reader.
    expect(await (await viaFastPath(JSON.stringify({ articleId: id }), { ...ua, "x-forwarded-for": "198.51.100.2" })).json()).toEqual({
      status: "repeat",
    });
    process.env.TRUST_PROXY = "1";
    forgetSettings();
    try {
      expect(await (await viaFastPath(JSON.stringify({ articleId: id }), { ...ua, "x-forwarded-for": "198.51.100.3" })).json()).toEqual({
        status: "counted",
      });
    } finally {
      delete process.env.TRUST_PROXY;
      forgetSettings();
    }
  });
});

describe("Next's beacon route behind the front", () => {
  it("tells readers apart by the socket address the renderer stamped, without TRUST_PROXY", async () => {
    // As in the renderer (scripts/server/renderer.ts): it runs with the relay
    // token and writes each request's socket address into this header.
    process.env.RENDERER_RELAY_TOKEN = "test-token";
    forgetSettings();
    try {
      const id = visibleIds[8]!;
      const from = (address: string) => ({ "user-agent": reader("Gleicher-Browser"), [SOCKET_ADDRESS_HEADER]: address });
      const send = async (address: string) => (await viaRoute(JSON.stringify({ articleId: id }), from(address))).json();
      expect(await send("203.0.113.21")).toEqual({ status: "counted" });
      // Another reader with the same browser, on another connection: counted too.
      expect(await send("203.0.113.22")).toEqual({ status: "counted" });
      expect(await send("203.0.113.21")).toEqual({ status: "repeat" });
    } finally {
      delete process.env.RENDERER_RELAY_TOKEN;
      forgetSettings();
    }
  });
});

describe("counting", () => {
  it("counts a visitor once per article within 30 minutes, and again after", async () => {
    const id = visibleIds[1]!;
    const before = await totals(id);
    // The visitor salt changes at UTC midnight: keep all four views on one UTC day,
    // whatever time the suite runs (t + 31 min must not cross midnight).
    const now = Date.now();
    const dayStart = Math.floor(now / 86_400_000) * 86_400_000;
    const t = Math.min(now, dayStart + 86_400_000 - 32 * 60_000);
    expect(await recordView(id, browser(reader("Wiederholer")), t)).toBe("counted");
    expect(await recordView(id, browser(reader("Wiederholer")), t + 29 * 60_000)).toBe("repeat");
    expect(await recordView(id, browser(reader("Jemand")), t + 60_000)).toBe("counted");
    expect(await recordView(id, browser(reader("Wiederholer")), t + 31 * 60_000)).toBe("counted");
    expect(await flushViews()).toBe(true);
    const after = await totals(id);
    expect(after.total - before.total).toBe(3);
    expect(after.hourly - before.hourly).toBe(3);
  });

  it("does not count bots or requests without a user agent", async () => {
    const id = visibleIds[2]!;
    const before = await totals(id);
    expect(await recordView(id, browser("Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)"))).toBe("bot");
    expect(await recordView(id, browser(""))).toBe("bot");
    await flushViews();
    expect(await totals(id)).toEqual(before);
  });

  it("does not count unknown, draft or scheduled articles", async () => {
    expect(await recordView(123_456_789, browser())).toBe("unknown");
    expect(await recordView(draftId, browser())).toBe("unknown");
    expect(await recordView(scheduledId, browser())).toBe("unknown");
  });
});

describe("flushing", () => {
  it("writes hourly rows and totals in one statement and skips deleted articles", async () => {
    const [a, b] = [visibleIds[3]!, visibleIds[4]!];
    const [beforeA, beforeB] = [await totals(a), await totals(b)];
    const hour = Math.floor(Date.now() / HOUR) * HOUR;
    await writeViewCounts(db, [
      { articleId: a, hour, views: 5 },
      { articleId: a, hour: hour - HOUR, views: 2 },
      { articleId: b, hour, views: 1 },
      { articleId: 987_654_321, hour, views: 4 },
    ]);
    expect(await totals(a)).toEqual({ ...beforeA, total: beforeA.total + 7, hourly: beforeA.hourly + 7 });
    expect(await totals(b)).toEqual({ ...beforeB, total: beforeB.total + 1, hourly: beforeB.hourly + 1 });
  });

  it("runs concurrent flushes of overlapping articles without deadlocks, summing exactly", async () => {
    const ids = visibleIds.slice(0, 40);
    const before = await Promise.all(ids.map(totals));
    const hour = Math.floor(Date.now() / HOUR) * HOUR;
    // Eight writers (as several instances would), each touching most articles, in rounds.
    for (let round = 0; round < 5; round++) {
      await Promise.all(
        Array.from({ length: 8 }, (_, w) =>
          writeViewCounts(
            db,
            ids.filter((id) => (id + w + round) % 5 !== 0).map((articleId) => ({ articleId, hour, views: 1 })),
          ),
        ),
      );
    }
    const after = await Promise.all(ids.map(totals));
    ids.forEach((id, i) => {
      const expected = Array.from({ length: 5 }, (_, round) => Array.from({ length: 8 }, (_, w) => ((id + w + round) % 5 !== 0 ? 1 : 0))).flat();
      const added = expected.reduce<number>((sum, n) => sum + n, 0);
      expect(after[i]!.total - before[i]!.total).toBe(added);
      expect(after[i]!.hourly - before[i]!.hourly).toBe(added);
    });
  });

  it("loses nothing when the database is down during a flush", async () => {
    const id = visibleIds[5]!;
    const before = await totals(id);
    const down = createPrismaClient("postgresql://postgres@127.0.0.1:9/unreachable");
    let client = down;
    const buffer = new ViewBuffer({ write: (rows) => writeViewCounts(client, rows), log: () => {} });
    for (let i = 0; i < 40; i++) buffer.add(id);
    expect(await buffer.flush()).toBe(false);
    expect(await buffer.flush()).toBe(false);
    for (let i = 0; i < 2; i++) buffer.add(id);
    expect(buffer.pending).toBe(42);
    expect((await totals(id)).total).toBe(before.total);
    client = db;
    expect(await buffer.flush()).toBe(true);
    expect(buffer.pending).toBe(0);
    const after = await totals(id);
    expect(after.total - before.total).toBe(42);
    expect(after.hourly - before.hourly).toBe(42);
    await down.$disconnect();
  });

  {
    it("flushes on SIGTERM before the process exits", async () => {
      const id = visibleIds[6]!;
      const before = await totals(id);
      const args = [path.join("lib", "views", "shutdown.fixture.ts"), String(id), "250"];
      const child = spawn(path.join("node_modules", ".bin", "tsx"), args, { env: process.env, stdio: ["ignore", "pipe", "inherit"] });
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
        child.once("exit", (code) => reject(new Error(`exited early (${code})`)));
      });
      const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r("timeout"), 15_000))]);
      expect(code).toBe(143);
      const after = await totals(id);
      expect(after.total - before.total).toBe(250);
      expect(after.hourly - before.hourly).toBe(250);
    });
  }
});

describe("while the list of articles cannot be loaded", () => {
  it("takes beacons all the same, and counts only visible articles when the views are written", async () => {
    const real = visibleIds[9]!;
    const before = await totals(real);
    let databaseDown = true;
    const loads: number[] = [];
    const articles = new VisibleArticles(async () => {
      loads.push(Date.now());
      if (databaseDown) throw new Error("Datenbank nicht erreichbar");
      return new Map([[real, 0]]);
    });
    const buffer = new ViewBuffer({ write: (rows) => counter.write(db, rows), log: () => {} });
    const counter: ViewCounter = new ViewCounter(buffer, new VisitorLog(), articles);
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await counter.record(real, browser(reader(`Ausfall-${i}`))));
    outcomes.push(await counter.record(987_654_321, browser(reader("Erfunden"))));
    outcomes.push(await counter.record(draftId, browser(reader("Entwurf"))));
    expect(outcomes).toEqual(Array(7).fill("counted"));
    // One try at the list, not one per beacon, while it keeps failing.
    expect(loads.length).toBe(1);

    databaseDown = false;
    expect(await buffer.flush()).toBe(true);
    expect((await totals(real)).total - before.total).toBe(5);
    expect((await totals(draftId)).total).toBe(0);
    expect(await db.articleViewHourly.count({ where: { articleId: 987_654_321 } })).toBe(0);
    // A few seconds on, the list is tried again and loads: beacons go by it again.
    expect(await counter.record(draftId, browser(reader("Entwurf-2")), Date.now() + 6_000)).toBe("unknown");
  });
});

describe("retention", () => {
  it("rolls hourly rows older than 30 days into daily rows, keeping totals exact", async () => {
    const id = visibleIds[7]!;
    const now = new Date();
    const old = Math.floor(now.getTime() / HOUR) * HOUR - 40 * 24 * HOUR;
    await writeViewCounts(db, [
      { articleId: id, hour: old, views: 3 },
      { articleId: id, hour: old + HOUR, views: 4 },
      { articleId: id, hour: old - 2 * 24 * HOUR, views: 5 },
    ]);
    const before = await totals(id);
    await rollUpOldViews(db, now);
    const after = await totals(id);
    expect(after.total).toBe(before.total);
    expect(after.hourly + after.daily).toBe(before.hourly + before.daily);
    expect(after.daily - before.daily).toBe(12);
    const stale = await db.articleViewHourly.count({ where: { hour: { lt: new Date(now.getTime() - 30 * 24 * HOUR) } } });
    expect(stale).toBe(0);
    // Running it again changes nothing.
    await rollUpOldViews(db, now);
    expect(await totals(id)).toEqual(after);
  });
});
