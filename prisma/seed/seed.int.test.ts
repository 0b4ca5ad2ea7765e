import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db/prisma-client";
import { countWords, subheadings } from "@/lib/articles/markdown";
import { slugify } from "@/lib/slug";
import { seedArticles, seedDemoContent } from "./seed";

const prisma = createPrismaClient();
afterAll(() => prisma.$disconnect());

describe("demo content", () => {
  const published = seedArticles.filter((a) => (a.status ?? "PUBLISHED") === "PUBLISHED");

  it("meets the editorial brief", () => {
    expect(published.length).toBeGreaterThanOrEqual(72);
    expect(published.filter((a) => a.section === "politik").length).toBeGreaterThanOrEqual(24);
    expect(new Set(published.map((a) => a.section)).size).toBeGreaterThanOrEqual(6);
    expect(seedArticles.some((a) => a.status === "DRAFT")).toBe(true);
    expect(seedArticles.some((a) => a.status === "SCHEDULED")).toBe(true);
    for (const article of seedArticles) {
      expect(countWords(article.body), article.title).toBeGreaterThanOrEqual(250);
      expect(subheadings(article.body).length, article.title).toBeGreaterThanOrEqual(2);
      expect(article.kicker && article.teaser && article.tags.length, article.title).toBeTruthy();
    }
    for (const article of published) expect(article.ageHours).toBeLessThanOrEqual(30 * 24);
  });

  it("has its own text in every article", () => {
    const titles = new Set(seedArticles.map((a) => slugify(a.title)));
    expect(titles.size).toBe(seedArticles.length);
    const openings = new Set(seedArticles.map((a) => a.body.slice(0, 80)));
    expect(openings.size).toBe(seedArticles.length);
    // Distinct publish times keep "newest first" unambiguous.
    expect(new Set(published.map((a) => a.ageHours)).size).toBe(published.length);
  });

  it("loads once and never over existing content", async () => {
    await seedDemoContent(prisma);
    const count = await prisma.article.count();
    expect(count).toBe(seedArticles.length);
    expect(await seedDemoContent(prisma)).toEqual({ created: false });
    expect(await prisma.article.count()).toBe(count);
  });
});
