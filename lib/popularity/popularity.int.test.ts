import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "@/prisma/seed/seed";
import { SEED_MAX_HOURLY_VIEWS } from "@/prisma/seed/views";
import { visibleWhere } from "../articles";
import { db } from "../db";
import { getMostRead, getMostReadBox } from ".";
import { writeViewCounts } from "../views/store";

const HOUR = 3_600_000;
const currentHour = () => Math.floor(Date.now() / HOUR) * HOUR;

beforeAll(async () => {
  await seedDemoContent(db);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("most read", () => {
  it("ranks from the seeded history: visible articles only, most views first", async () => {
    const list = await getMostRead({ window: "7d", limit: 10 });
    expect(list.items).toHaveLength(10);
    const views = list.items.map((i) => i.views);
    expect(views).toEqual([...views].sort((a, b) => b - a));
    const visible = await db.article.findMany({ where: visibleWhere(new Date()), select: { id: true } });
    const ids = new Set(visible.map((a) => a.id));
    for (const item of list.items) expect(ids.has(item.articleId)).toBe(true);
  });

  it("never lists drafts or scheduled articles, whatever their views", async () => {
    const hidden = await db.article.findMany({ where: { status: { in: ["DRAFT", "SCHEDULED"] } }, select: { id: true } });
    await writeViewCounts(
      db,
      hidden.map((a) => ({ articleId: a.id, hour: currentHour(), views: 100_000 })),
    );
    const list = await getMostRead({ window: "24h", limit: 20 });
    for (const a of hidden) expect(list.items.map((i) => i.articleId)).not.toContain(a.id);
  });

  it("breaks ties by the newer publish time, and filters by section", async () => {
    const section = await db.section.findFirstOrThrow({ where: { slug: "kultur" } });
    const [newer, older] = await db.article.findMany({
      where: { ...visibleWhere(new Date()), sectionId: section.id },
      orderBy: { publishedAt: "desc" },
      take: 2,
      select: { id: true },
    });
    // Far above anything seeded, and equal.
    const views = SEED_MAX_HOURLY_VIEWS * 1000;
    await writeViewCounts(db, [
      { articleId: older!.id, hour: currentHour(), views },
      { articleId: newer!.id, hour: currentHour(), views },
    ]);
    const list = await getMostRead({ window: "1h", limit: 3, sectionId: section.id });
    expect(list.items.slice(0, 2).map((i) => i.articleId)).toEqual([newer!.id, older!.id]);
    const visibleInSection = await db.article.findMany({ where: { sectionId: section.id }, select: { id: true } });
    const ids = new Set(visibleInSection.map((a) => a.id));
    for (const item of list.items) expect(ids.has(item.articleId)).toBe(true);
  });

  it("fills the box for every section, falling back to longer windows", async () => {
    for (const section of await db.section.findMany()) {
      const box = await getMostReadBox({ window: "1h", sectionId: section.id });
      expect(box.items.length, section.slug).toBeGreaterThan(0);
      if (box.fellBack) expect(box.shown).not.toBe("1h");
    }
  });
});
