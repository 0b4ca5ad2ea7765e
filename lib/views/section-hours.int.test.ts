import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "@/prisma/seed/seed";
import { db } from "../db";
import { rollUpOldViews, writeViewCounts } from "./store";
import { rebuildViewWindowsLocked } from "./windows";

const HOUR = 3_600_000;
const hourOf = (at: number) => Math.floor(at / HOUR) * HOUR;

let articles: { id: number; sectionId: number }[] = [];

beforeAll(async () => {
  await seedDemoContent(db);
  articles = await db.article.findMany({ select: { id: true, sectionId: true }, orderBy: { id: "asc" } });
});

afterAll(async () => {
  await db.$disconnect();
});

async function stored(): Promise<Record<string, number>> {
  const rows = await db.sectionViewHourly.findMany();
  return Object.fromEntries(rows.filter((r) => r.views !== 0).map((r) => [`${r.hour.toISOString()}|${r.sectionId}`, r.views]));
}

/** The hourly rows summed by hour and the article's current section. */
async function fromHourlyRows(): Promise<Record<string, number>> {
  const rows = await db.$queryRaw<{ hour: Date; sectionId: number; views: number }[]>`
    SELECT h.hour, a."sectionId", sum(h.views)::int AS views
    FROM "ArticleViewHourly" h JOIN "Article" a ON a.id = h."articleId"
    GROUP BY h.hour, a."sectionId"`;
  return Object.fromEntries(rows.filter((r) => r.views !== 0).map((r) => [`${r.hour.toISOString()}|${r.sectionId}`, r.views]));
}

describe("section hourly sums (the dashboard's series)", () => {
  it("hold the seeded history and every flush, per hour and section", async () => {
    expect(Object.keys(await stored()).length).toBeGreaterThan(20);
    expect(await stored()).toEqual(await fromHourlyRows());
    const now = hourOf(Date.now());
    await writeViewCounts(
      db,
      articles
        .slice(0, 12)
        .flatMap((a, i) => [
          { articleId: a.id, hour: now, views: 1 + i },
          { articleId: a.id, hour: now - 5 * HOUR, views: 2 },
        ])
        .sort((x, y) => x.articleId - y.articleId || x.hour - y.hour),
    );
    expect(await stored()).toEqual(await fromHourlyRows());
  });

  it("count views for the section the article is in when they are written", async () => {
    const now = hourOf(Date.now()) + 2 * HOUR;
    const article = articles[3]!;
    const other = articles.find((a) => a.sectionId !== article.sectionId)!;
    const at = (sectionId: number) =>
      db.sectionViewHourly.findUnique({ where: { hour_sectionId: { hour: new Date(now), sectionId } } }).then((r) => r?.views ?? 0);

    await writeViewCounts(db, [{ articleId: article.id, hour: now, views: 7 }]);
    await db.article.update({ where: { id: article.id }, data: { sectionId: other.sectionId } });
    await writeViewCounts(db, [{ articleId: article.id, hour: now, views: 5 }]);
    expect(await at(article.sectionId)).toBe(7);
    expect(await at(other.sectionId)).toBe(5);

    // A rebuild starts again from the hourly rows and the sections as they are now.
    await rebuildViewWindowsLocked(db);
    expect(await at(article.sectionId)).toBe(0);
    expect(await at(other.sectionId)).toBe(12);
    expect(await stored()).toEqual(await fromHourlyRows());
    await db.article.update({ where: { id: article.id }, data: { sectionId: article.sectionId } });
    await rebuildViewWindowsLocked(db);
  });

  it("go with the rollup once the hourly rows are older than 30 days", async () => {
    const now = new Date();
    const old = hourOf(now.getTime()) - 40 * 24 * HOUR;
    await writeViewCounts(db, [{ articleId: articles[0]!.id, hour: old, views: 9 }]);
    expect(await db.sectionViewHourly.count({ where: { hour: new Date(old) } })).toBe(1);
    await rollUpOldViews(db, now);
    expect(await db.sectionViewHourly.count({ where: { hour: { lt: new Date(now.getTime() - 30 * 24 * HOUR) } } })).toBe(0);
    expect(await stored()).toEqual(await fromHourlyRows());
  });
});
