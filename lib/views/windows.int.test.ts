import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "@/prisma/seed/seed";
import { db } from "../db";
import type { ViewCount } from "./buffer";
import { rollUpOldViews, writeViewCounts } from "./store";
import { advanceViewWindows, ensureViewWindows, rebuildViewWindowsLocked, VIEW_WINDOW_HOURS } from "./windows";

const HOUR = 3_600_000;
let ids: number[] = [];

beforeAll(async () => {
  await seedDemoContent(db);
  ids = (await db.article.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id);
});

afterAll(async () => {
  await db.$disconnect();
});

const hourOf = (at: number) => Math.floor(at / HOUR) * HOUR;

/** What every window must hold at `now`, summed straight from the hourly rows. */
async function expectedWindows(now: Date): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ windowHours: number; articleId: number; views: number }[]>`
    SELECT w AS "windowHours", h."articleId", sum(h.views)::int AS views
    FROM unnest(${VIEW_WINDOW_HOURS}::int[]) AS w
    JOIN "ArticleViewHourly" h
      ON h.hour >= (to_timestamp(${hourOf(now.getTime()) / 1000}::bigint) AT TIME ZONE 'UTC') - w * interval '1 hour'
    GROUP BY w, h."articleId"`;
  return new Map(rows.filter((r) => r.views > 0).map((r) => [`${r.windowHours}:${r.articleId}`, r.views]));
}

async function storedWindows(): Promise<Map<string, number>> {
  const rows = await db.articleViewWindow.findMany();
  return new Map(rows.filter((r) => r.views !== 0).map((r) => [`${r.windowHours}:${r.articleId}`, r.views]));
}

async function expectWindowsExact(now: Date) {
  await advanceViewWindows(db, now);
  const [stored, expected] = [await storedWindows(), await expectedWindows(now)];
  expect(stored.size).toBeGreaterThan(0);
  expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(expected));
  const starts = await db.viewWindowState.findMany({ orderBy: { windowHours: "asc" } });
  expect(starts.map((s) => s.windowHours)).toEqual(VIEW_WINDOW_HOURS);
  for (const s of starts) expect(s.startsAt.getTime()).toBe(hourOf(now.getTime()) - s.windowHours * HOUR);
}

/** Deterministic counts over the last `days` days for every article. */
function spread(seed: number, days: number, from: number): ViewCount[] {
  const rows: ViewCount[] = [];
  let state = seed;
  for (const articleId of ids) {
    for (let k = 0; k < 6; k++) {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      rows.push({ articleId, hour: hourOf(from) - (state % (days * 24)) * HOUR, views: 1 + (state % 7) });
    }
  }
  // One row per key, as the buffer sends them.
  const merged = new Map<string, ViewCount>();
  for (const r of rows) {
    const key = `${r.articleId}:${r.hour}`;
    const prev = merged.get(key);
    if (prev) prev.views += r.views;
    else merged.set(key, { ...r });
  }
  return [...merged.values()].sort((a, b) => a.articleId - b.articleId || a.hour - b.hour);
}

describe("ranking windows", () => {
  it("match the hourly rows after the seed and after flushes across 40 days", async () => {
    const now = new Date();
    await expectWindowsExact(now);
    await writeViewCounts(db, spread(7, 40, now.getTime()));
    await expectWindowsExact(now);
  });

  it("stay exact as the hours move on, including after the rollup", async () => {
    const start = Date.now();
    for (const ahead of [1, 2, 5, 23, 24, 25, 24 * 7 + 3, 24 * 31]) {
      const later = new Date(start + ahead * HOUR);
      await writeViewCounts(db, spread(ahead, 3, later.getTime()));
      await expectWindowsExact(later);
    }
    const last = new Date(start + 24 * 31 * HOUR);
    await rollUpOldViews(db, last);
    await expectWindowsExact(last);
  });

  it("stay exact when flushes and a window move run at the same time", async () => {
    const now = new Date(Date.now() + 24 * 40 * HOUR);
    await writeViewCounts(db, spread(11, 2, now.getTime()));
    const later = new Date(now.getTime() + 3 * HOUR);
    // Hours on both sides of the moving window starts, written concurrently.
    const batches = [0, 1, 2, 3, 4, 5].map((i) => spread(100 + i, 2, later.getTime()));
    await Promise.all([
      ...batches.map((rows) => writeViewCounts(db, rows)),
      advanceViewWindows(db, later),
      advanceViewWindows(db, later),
    ]);
    await expectWindowsExact(later);
  });

  it("are rebuilt on start when the list of windows changed, and a locked rebuild misses no concurrent flush", async () => {
    const now = new Date(Date.now() + 24 * 45 * HOUR);
    await advanceViewWindows(db, now);
    expect(await ensureViewWindows(db, now)).toBe(false);
    // A window the code knows but the database does not (as after adding one).
    await db.viewWindowState.delete({ where: { windowHours: 168 } });
    await db.articleViewWindow.deleteMany({ where: { windowHours: 168 } });
    expect(await ensureViewWindows(db, now)).toBe(true);
    await expectWindowsExact(now);

    await Promise.all([
      writeViewCounts(db, spread(201, 2, now.getTime())),
      rebuildViewWindowsLocked(db, now),
      writeViewCounts(db, spread(202, 2, now.getTime())),
    ]);
    await expectWindowsExact(now);
  });

  it("lose an article's sums with the article", async () => {
    const victim = { id: ids.at(-1)! };
    await writeViewCounts(db, [{ articleId: victim.id, hour: hourOf(Date.now() + 24 * 41 * HOUR), views: 9 }]);
    expect(await db.articleViewWindow.count({ where: { articleId: victim.id } })).toBeGreaterThan(0);
    await db.article.delete({ where: { id: victim.id } });
    expect(await db.articleViewWindow.count({ where: { articleId: victim.id } })).toBe(0);
  });
});
