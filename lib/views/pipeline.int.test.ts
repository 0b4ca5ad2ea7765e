/**
 * Property-style test of the whole view pipeline against a real database:
 * random interleavings of beacons (new readers, repeats, a buffer that fills
 * up), flushes that fail, flushes running while others are queued, moves of
 * the ranking windows (alone and racing a flush), clock jumps across hours
 * and UTC midnight, and finally a shutdown (SIGTERM to a stand-in process)
 * with beacons still arriving. After each run the database must hold exactly
 * the views that were answered "counted": in the hourly rows, in the article
 * totals and in every ranking window.
 *
 * The random choices come from a seeded generator: a failure names its seed,
 * and VIEWS_PROPERTY_SEED=<seed> replays that run alone.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { onShutdown, runShutdownHooks } from "../runtime";
import { HOUR_MS, ViewBuffer } from "./buffer";
import { writeViewCounts } from "./store";
import { ViewCounter, type Reader } from "./tracking";
import { VisibleArticles } from "./visible";
import { VisitorLog } from "./visitor";
import { advanceViewWindows, rebuildViewWindowsLocked, VIEW_WINDOW_HOURS } from "./windows";

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), chance: (p: number) => next() < p };
}

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const READERS: Reader[] = Array.from({ length: 6 }, (_, i) => ({ userAgent: `${FIREFOX} Leser${i}/1.0`, address: `198.51.100.${i + 1}` }));

const articleIds: number[] = [];

beforeAll(async () => {
  const section = await db.section.create({ data: { slug: "politik", name: "Politik" } });
  for (let i = 0; i < 5; i++) {
    const article = await db.article.create({
      data: { slug: `artikel-${i}`, sectionId: section.id, title: `Artikel ${i}`, teaser: "T.", body: "B.", status: "PUBLISHED", publishedAt: new Date(Date.UTC(2020, 0, 1)) },
    });
    articleIds.push(article.id);
  }
});

async function resetViews(now: Date) {
  await db.articleViewHourly.deleteMany();
  await db.articleViewWindow.deleteMany();
  await db.article.updateMany({ data: { totalViews: 0 } });
  await rebuildViewWindowsLocked(db, now);
}

const hourOf = (at: number) => Math.floor(at / HOUR_MS) * HOUR_MS;

/** Each window's sums as they must be at `now`, straight from the hourly rows. */
async function expectedWindows(now: number) {
  const rows = await db.$queryRaw<{ key: string; views: number }[]>`
    SELECT w || ':' || h."articleId" AS key, sum(h.views)::int AS views
    FROM unnest(${VIEW_WINDOW_HOURS}::int[]) AS w
    JOIN "ArticleViewHourly" h ON h.hour >= (to_timestamp(${hourOf(now) / 1000}::bigint) AT TIME ZONE 'UTC') - w * interval '1 hour'
    GROUP BY w, h."articleId"`;
  return Object.fromEntries(rows.filter((r) => r.views > 0).map((r) => [r.key, r.views]));
}

async function storedWindows() {
  const rows = await db.articleViewWindow.findMany();
  return Object.fromEntries(rows.filter((r) => r.views !== 0).map((r) => [`${r.windowHours}:${r.articleId}`, r.views]));
}

/** The dashboard's section sums (one section here): the hourly rows summed per hour. */
async function expectedSectionHours() {
  const rows = await db.articleViewHourly.groupBy({ by: ["hour"], _sum: { views: true } });
  return Object.fromEntries(rows.filter((r) => (r._sum.views ?? 0) > 0).map((r) => [r.hour.toISOString(), r._sum.views]));
}

async function storedSectionHours() {
  const rows = await db.sectionViewHourly.findMany();
  return Object.fromEntries(rows.filter((r) => r.views !== 0).map((r) => [r.hour.toISOString(), r.views]));
}

/** A stand-in for `process` that a SIGTERM can be sent to and whose exit can be awaited. */
async function run(seed: number) {
  const random = prng(seed);
  const log: string[] = [];
  // Starts a few minutes before a UTC midnight, a few days back.
  let clock = Date.UTC(2026, 10, 20) - random.int(20) * 60_000 - 60_000;
  await resetViews(new Date(clock));

  let failWrites = 0; // probability that the next write fails before touching the database
  const buffer = new ViewBuffer({
    maxKeys: 2 + random.int(8),
    log: () => {},
    write: async (rows) => {
      if (random.chance(failWrites)) throw new Error("Datenbank nicht erreichbar (simuliert)");
      await writeViewCounts(db, rows);
    },
  });
  const visible = new Map(articleIds.map((id) => [id, 0]));
  const counter = new ViewCounter(buffer, new VisitorLog(), new VisibleArticles(async () => visible));
  const accepted = new Map<number, number>();
  const inFlight: Promise<unknown>[] = [];

  const beacon = async () => {
    const articleId = articleIds[random.int(articleIds.length)];
    const reader = READERS[random.int(READERS.length)];
    const outcome = await counter.record(articleId, reader, clock);
    if (outcome === "counted") accepted.set(articleId, (accepted.get(articleId) ?? 0) + 1);
    log.push(`${outcome} ${articleId}`);
  };

  const steps = 120 + random.int(120);
  for (let step = 0; step < steps; step++) {
    const roll = random.next();
    if (roll < 0.55) await beacon();
    else if (roll < 0.65) {
      log.push("flush");
      await buffer.flush();
    } else if (roll < 0.72) {
      // A flush left running while beacons keep arriving; the next one queues behind it.
      log.push("flush (läuft weiter)");
      inFlight.push(buffer.flush());
    } else if (roll < 0.78) {
      failWrites = [0, 0.5, 1][random.int(3)];
      log.push(`Schreibfehler-Rate ${failWrites}`);
    } else if (roll < 0.9) {
      clock += (1 + random.int(20)) * 60_000;
      log.push(`Uhr ${new Date(clock).toISOString()}`);
    } else if (roll < 0.96) {
      clock += (1 + random.int(30)) * HOUR_MS;
      log.push(`Uhr ${new Date(clock).toISOString()}, Fenster weiter`);
      await advanceViewWindows(db, new Date(clock));
    } else {
      log.push("Fenster weiter während eines Flushs");
      await Promise.all([buffer.flush(), advanceViewWindows(db, new Date(clock))]);
    }
  }
  await Promise.all(inFlight);

  // Shutdown as the servers do it: the requests still open finish (their
  // beacons are counted), then the shutdown hooks run, with the database back
  // (or flaky: the drain retries).
  failWrites = random.chance(0.5) ? 0 : 0.3;
  for (let i = random.int(4); i > 0; i--) await beacon();
  const unhook = onShutdown("views:flush", () => buffer.drain(10_000));
  await runShutdownHooks(12_000);
  unhook();
  expect(buffer.pending, `Seed ${seed}: nach dem Beenden noch im Puffer`).toBe(0);

  const expectedTotal = [...accepted.values()].reduce((a, b) => a + b, 0);
  const [hourly, articles] = await Promise.all([
    db.articleViewHourly.groupBy({ by: ["articleId"], _sum: { views: true } }),
    db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, totalViews: true } }),
  ]);
  const context = `Seed ${seed}, letzte Schritte: ${log.slice(-12).join(" | ")}`;
  expect(buffer.stats.accepted, context).toBe(expectedTotal);
  expect(Object.fromEntries(hourly.map((h) => [h.articleId, h._sum.views ?? 0])), context).toEqual(Object.fromEntries(accepted));
  expect(Object.fromEntries(articles.filter((a) => Number(a.totalViews) > 0).map((a) => [a.id, Number(a.totalViews)])), context).toEqual(
    Object.fromEntries(accepted),
  );
  await advanceViewWindows(db, new Date(clock));
  expect(await storedWindows(), context).toEqual(await expectedWindows(clock));
  expect(await storedSectionHours(), context).toEqual(await expectedSectionHours());
  return { seed, accepted: expectedTotal, steps };
}

const only = Number(process.env.VIEWS_PROPERTY_SEED);
const SEEDS = Number.isInteger(only) && only > 0 ? [only] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

describe("view pipeline, random interleavings", () => {
  for (const seed of SEEDS) {
    it(`database sums equal the accepted views (seed ${seed})`, async () => {
      const result = await run(seed);
      expect(result.accepted).toBeGreaterThan(0);
    });
  }
});
