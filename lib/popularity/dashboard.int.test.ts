import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db";
import { writeViewCounts } from "../views/store";
import { rebuildViewWindowsLocked } from "../views/windows";
import { queryArticleViews, queryDashboard, queryTrending, queryViewSeries } from "./dashboard";
import { HOUR_MS } from "./hourly-series";

const LONG_AGO = new Date("2026-01-05T08:00:00Z");
const AUTHOR_USER = "nutzerin-dashboard";

let politik: number;
let sport: number;
const ids: Record<string, number> = {};

async function article(key: string, sectionId: number, publishedAt: Date | null, status: "PUBLISHED" | "DRAFT" = "PUBLISHED") {
  const created = await db.article.create({
    data: { slug: `dashboard-${key.toLowerCase()}`, sectionId, title: `Artikel ${key}`, teaser: "T.", body: "B.", status, publishedAt },
  });
  ids[key] = created.id;
  return created.id;
}

beforeAll(async () => {
  // Created in this order, so the section series come Politik, then Sport.
  politik = (await db.section.create({ data: { slug: "politik", name: "Politik", position: 0 } })).id;
  sport = (await db.section.create({ data: { slug: "sport", name: "Sport", position: 1 } })).id;
  await db.user.create({ data: { id: AUTHOR_USER, name: "Fiona Feder", email: "fiona@example.com", role: "AUTHOR" } });
  const author = await db.author.create({ data: { slug: "fiona-feder", name: "Fiona Feder", userId: AUTHOR_USER } });
  for (const key of ["A", "B", "D", "E"]) await article(key, key < "C" ? politik : sport, LONG_AGO);
  await article("F", politik, LONG_AGO);
  await db.articleAuthor.create({ data: { articleId: ids.F!, authorId: author.id } });
  await article("G", politik, null, "DRAFT");
});

afterAll(async () => {
  await db.$disconnect();
});

type Write = { key: string; hoursAgo: number; views: number };

/** Empty view tables, windows set for `now`, then the writes through the flush's own statement. */
async function viewsAt(now: Date, writes: Write[]) {
  await db.articleViewHourly.deleteMany();
  await db.articleViewWindow.deleteMany();
  await db.sectionViewHourly.deleteMany();
  await db.article.updateMany({ data: { totalViews: 0 } });
  await rebuildViewWindowsLocked(db, now);
  const current = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const rows = writes
    .map((w) => ({ articleId: ids[w.key]!, hour: current - w.hoursAgo * HOUR_MS, views: w.views }))
    .sort((a, b) => a.articleId - b.articleId || a.hour - b.hour);
  // In several flushes, as the buffer would write them.
  for (let i = 0; i < rows.length; i += 7) await writeViewCounts(db, rows.slice(i, i + 7));
}

/** `views` in each of the 23 hours before the last hour (2 to 24 hours ago). */
const steady = (key: string, views: number): Write[] => Array.from({ length: 23 }, (_, i) => ({ key, hoursAgo: i + 2, views }));

describe("the dashboard's figures", () => {
  // 14:30 UTC (15:30 in Berlin): the last hour started at 13:00 UTC, 1.5 hours ago.
  const now = new Date("2026-11-20T14:30:00Z");

  it("shows exactly the views written: both lists, Im Kommen, the site's and every section's hours", async () => {
    await article("C", sport, new Date("2026-11-20T13:30:00Z"));
    const writes: Write[] = [
      // A: steady 10 an hour, 15 in the last hour: neither rising nor 20 views.
      ...steady("A", 10), { key: "A", hoursAgo: 1, views: 8 }, { key: "A", hoursAgo: 0, views: 7 },
      // B: 2 an hour, then 70: rising.
      ...steady("B", 2), { key: "B", hoursAgo: 1, views: 30 }, { key: "B", hoursAgo: 0, views: 40 },
      // C: published at 13:30, 35 views: new and rising.
      { key: "C", hoursAgo: 1, views: 25 }, { key: "C", hoursAgo: 0, views: 10 },
      // D: many readers, 100 an hour, 310 in the last hour: only about twice its usual.
      ...steady("D", 100), { key: "D", hoursAgo: 1, views: 150 }, { key: "D", hoursAgo: 0, views: 160 },
      // E: 50 views 30 hours ago (in the 48-hour series only), 5 three hours ago.
      { key: "E", hoursAgo: 30, views: 50 }, { key: "E", hoursAgo: 3, views: 5 },
      // F (the author's): one view ten hours ago, 21 now.
      { key: "F", hoursAgo: 10, views: 1 }, { key: "F", hoursAgo: 0, views: 21 },
      // Older than 48 hours: in no figure here.
      { key: "A", hoursAgo: 60, views: 999 },
    ];
    await viewsAt(now, writes);
    const dashboard = await queryDashboard(db, { now });

    expect(dashboard.lastHourSince.toISOString()).toBe("2026-11-20T13:00:00.000Z");
    const list = (items: { title: string; views: number }[]) => items.map((i) => `${i.title}: ${i.views}`);
    expect(list(dashboard.lastHour)).toEqual(["Artikel D: 310", "Artikel B: 70", "Artikel C: 35", "Artikel F: 21", "Artikel A: 15"]);
    expect(list(dashboard.lastDay)).toEqual(["Artikel D: 2610", "Artikel A: 245", "Artikel B: 116", "Artikel C: 35", "Artikel F: 22", "Artikel E: 5"]);
    expect(dashboard.lastDay.map((i) => i.sectionName)).toEqual(["Sport", "Politik", "Politik", "Sport", "Politik", "Sport"]);

    expect(
      dashboard.trending.map((t) => ({ title: t.title, lastHour: t.lastHour, before: t.before, factor: t.trend.factor, excess: t.trend.excess })),
    ).toEqual([
      { title: "Artikel B", lastHour: 70, before: 46, factor: 70 / 3, excess: 67 },
      { title: "Artikel C", lastHour: 35, before: 0, factor: null, excess: 35 },
      { title: "Artikel F", lastHour: 21, before: 1, factor: 21 / (1.5 / 23), excess: 21 - 1.5 / 23 },
    ]);

    const { site, siteTotal, sections } = dashboard.series;
    expect(site).toHaveLength(48);
    expect(site[0]!.hour.toISOString()).toBe("2026-11-18T15:00:00.000Z");
    expect(site.at(-1)!.hour.toISOString()).toBe("2026-11-20T14:00:00.000Z");
    expect(site.at(-1)!.label).toBe("Fr., 20.11., 15:00");
    const at = (points: { views: number }[], hoursAgo: number) => points[47 - hoursAgo]!.views;
    expect(at(site, 0)).toBe(7 + 40 + 10 + 160 + 21);
    expect(at(site, 1)).toBe(8 + 30 + 25 + 150);
    expect(at(site, 2)).toBe(10 + 2 + 100);
    expect(at(site, 3)).toBe(10 + 2 + 100 + 5);
    expect(at(site, 10)).toBe(10 + 2 + 100 + 1);
    expect(at(site, 24)).toBe(10 + 2 + 100);
    expect(at(site, 25)).toBe(0);
    expect(at(site, 30)).toBe(50);
    expect(at(site, 47)).toBe(0);
    expect(siteTotal).toBe(245 + 116 + 35 + 2610 + 55 + 22);
    expect(sections.map((s) => [s.name, s.total])).toEqual([
      ["Politik", 245 + 116 + 22],
      ["Sport", 35 + 2610 + 55],
    ]);
    const [politikSeries, sportSeries] = sections;
    expect(at(politikSeries!.points, 0)).toBe(7 + 40 + 21);
    expect(at(sportSeries!.points, 0)).toBe(10 + 160);
    expect(at(sportSeries!.points, 30)).toBe(50);
    expect(at(politikSeries!.points, 30)).toBe(0);
    // Every hour: the sections add up to the site.
    for (let i = 0; i < 48; i++) expect(politikSeries!.points[i]!.views + sportSeries!.points[i]!.views).toBe(site[i]!.views);
  });

  it("shows an author only their own articles' figures", async () => {
    const dashboard = await queryDashboard(db, { now, scope: { authorUserId: AUTHOR_USER } });
    expect(dashboard.lastHour.map((i) => [i.title, i.views])).toEqual([["Artikel F", 21]]);
    expect(dashboard.lastDay.map((i) => [i.title, i.views])).toEqual([["Artikel F", 22]]);
    expect(dashboard.trending.map((i) => i.title)).toEqual(["Artikel F"]);
    expect(dashboard.series.siteTotal).toBe(22);
    expect(dashboard.series.site[47 - 10]!.views).toBe(1);
    expect(dashboard.series.site[47]!.views).toBe(21);
    expect(dashboard.series.sections.map((s) => [s.name, s.total])).toEqual([
      ["Politik", 22],
      ["Sport", 0],
    ]);
    // Someone who writes nothing sees nothing.
    const nobody = await queryDashboard(db, { now, scope: { authorUserId: "niemand" } });
    expect([nobody.lastHour, nobody.lastDay, nobody.trending]).toEqual([[], [], []]);
    expect(nobody.series.siteTotal).toBe(0);
  });
});

describe("Im Kommen across many articles", () => {
  it("finds a rising article behind more than a batch of busier, steady ones", async () => {
    const now = new Date("2026-11-21T09:10:00Z");
    const section = await db.section.create({ data: { slug: "viele", name: "Viele" } });
    await db.article.createMany({
      data: Array.from({ length: 450 }, (_, i) => ({
        slug: `stetig-${i}`, sectionId: section.id, title: `Stetig ${i}`, teaser: "T.", body: "B.", status: "PUBLISHED" as const, publishedAt: LONG_AGO,
      })),
    });
    const steadyIds = (await db.article.findMany({ where: { sectionId: section.id }, select: { id: true } })).map((a) => a.id);
    await viewsAt(now, []);
    const current = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
    // 450 steady articles with 40 to 489 views in the last hour and the same rate before.
    const rows = steadyIds.flatMap((articleId, i) => [
      { articleId, hour: current - 12 * HOUR_MS, views: 23 * (40 + i) },
      { articleId, hour: current, views: 40 + i },
    ]);
    // The risers: 2 an hour before, 35 and 30 views now (fewer than every steady article).
    rows.push({ articleId: ids.B!, hour: current - 5 * HOUR_MS, views: 46 }, { articleId: ids.B!, hour: current, views: 35 });
    rows.push({ articleId: ids.A!, hour: current - 5 * HOUR_MS, views: 46 }, { articleId: ids.A!, hour: current, views: 30 });
    await writeViewCounts(db, rows.sort((a, b) => a.articleId - b.articleId || a.hour - b.hour));

    const trending = await queryTrending(db, { now });
    expect(trending.map((t) => t.title)).toEqual(["Artikel B", "Artikel A"]);
    // The steady ones had one hour's worth of their rate where 1 1/6 hours' worth was expected: not rising.
    expect(trending.every((t) => t.trend.factor !== null && t.trend.factor >= 3)).toBe(true);
    expect(await queryTrending(db, { now, limit: 1 })).toHaveLength(1);
  });
});

describe("views per hour", () => {
  it("are zero in hours without views, and span the 23-hour day of 29 March 2026 without a gap", async () => {
    // 12:30 UTC (14:30 MESZ); 48 hours back reaches 27 March 13:00 UTC.
    const now = new Date("2026-03-29T12:30:00Z");
    const writes = Array.from({ length: 48 }, (_, i) => ({ key: "A", hoursAgo: i, views: i % 5 === 0 ? 0 : 100 + i })).filter((w) => w.views > 0);
    await viewsAt(now, writes);
    const { site, sections } = await queryViewSeries(db, { now });
    expect(site).toHaveLength(48);
    for (let i = 1; i < 48; i++) expect(site[i]!.hour.getTime() - site[i - 1]!.hour.getTime()).toBe(HOUR_MS);
    expect(site.map((p) => p.views)).toEqual(Array.from({ length: 48 }, (_, i) => 47 - i).map((ago) => (ago % 5 === 0 ? 0 : 100 + ago)));
    const labels = site.map((p) => p.label);
    expect(new Set(labels).size).toBe(48);
    expect(labels).toContain("So., 29.03., 01:00");
    expect(labels).toContain("So., 29.03., 03:00");
    expect(labels.some((l) => l.includes("29.03., 02:"))).toBe(false);
    // Berlin's 29 March so far: 00:00 to 14:00, without 02:00, is 14 hours.
    expect(labels.filter((l) => l.startsWith("So., 29.03."))).toHaveLength(14);
    expect(sections.find((s) => s.name === "Politik")!.points.map((p) => p.views)).toEqual(site.map((p) => p.views));
  });

  it("count both 02:00 hours of 25 October 2026, the 25-hour day, apart", async () => {
    const now = new Date("2026-10-25T12:30:00Z");
    // 00:00 UTC is 02:00 MESZ, 01:00 UTC is 02:00 MEZ.
    await viewsAt(now, [
      { key: "D", hoursAgo: 12, views: 5 },
      { key: "D", hoursAgo: 11, views: 7 },
      { key: "D", hoursAgo: 13, views: 3 },
    ]);
    const { site } = await queryViewSeries(db, { now });
    expect(site).toHaveLength(48);
    const byLabel = Object.fromEntries(site.map((p) => [p.label, p.views]));
    expect(byLabel["So., 25.10., 01:00"]).toBe(3);
    expect(byLabel["So., 25.10., 02:00 MESZ"]).toBe(5);
    expect(byLabel["So., 25.10., 02:00 MEZ"]).toBe(7);
    expect(byLabel["So., 25.10., 03:00"]).toBe(0);
    // Berlin's 25 October so far: 00:00 to 13:00 with 02:00 twice, 15 hours.
    expect(site.filter((p) => p.label.startsWith("So., 25.10.")).length).toBe(15);
  });

  it("of one article run from its publication, at most 30 days, with its total", async () => {
    const now = new Date("2026-10-25T06:30:00Z");
    const young = await article("H", politik, new Date("2026-10-24T20:15:00Z"));
    await viewsAt(now, [
      { key: "H", hoursAgo: 0, views: 4 },
      { key: "H", hoursAgo: 5, views: 6 },
      { key: "H", hoursAgo: 6, views: 9 },
      { key: "A", hoursAgo: 0, views: 50 },
      { key: "A", hoursAgo: 719, views: 2 },
      { key: "A", hoursAgo: 720, views: 1_000 },
    ]);
    const series = await queryArticleViews(db, { articleId: young, now });
    // 20:00 UTC to 06:00 UTC: eleven hours, over the night the clocks go back.
    expect(series!.points.map((p) => p.label)).toEqual([
      "Sa., 24.10., 22:00", "Sa., 24.10., 23:00", "So., 25.10., 00:00", "So., 25.10., 01:00",
      "So., 25.10., 02:00 MESZ", "So., 25.10., 02:00 MEZ", "So., 25.10., 03:00", "So., 25.10., 04:00",
      "So., 25.10., 05:00", "So., 25.10., 06:00", "So., 25.10., 07:00",
    ]);
    expect(series!.points.map((p) => p.views)).toEqual([0, 0, 0, 0, 9, 6, 0, 0, 0, 0, 4]);
    expect(series!.shownTotal).toBe(19);
    expect(series!.total).toBe(19);

    // Published in January: the last 720 hours only; the total counts everything.
    const old = await queryArticleViews(db, { articleId: ids.A!, now });
    expect(old!.points).toHaveLength(720);
    expect(old!.points[0]!.views).toBe(2);
    expect(old!.points.at(-1)!.views).toBe(50);
    expect(old!.shownTotal).toBe(52);
    expect(old!.total).toBe(1_052);

    // Not published: no hours; unknown: null.
    expect(await queryArticleViews(db, { articleId: ids.G!, now })).toEqual({ total: 0, points: [], shownTotal: 0 });
    expect(await queryArticleViews(db, { articleId: 987_654, now })).toBeNull();
  });
});
