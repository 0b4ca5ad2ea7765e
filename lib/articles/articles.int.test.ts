import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedArticles, seedDemoContent } from "@/prisma/seed/seed";
import {
  getArticle,
  getArticleRedirect,
  getAuthorPage,
  getFrontPage,
  getRelatedArticles,
  getSectionPage,
  getSections,
  getTopicPage,
  PAGE_SIZE,
} from ".";
import { db } from "../db";
import { slugify } from "../slug";

const HOUR = 3_600_000;
const published = seedArticles.filter((a) => (a.status ?? "PUBLISHED") === "PUBLISHED");
const hidden = seedArticles.filter((a) => a.status === "DRAFT" || a.status === "SCHEDULED");

beforeAll(async () => {
  await seedDemoContent(db);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("front page", () => {
  it("leads with the newest published article and shows the newest per section", async () => {
    const front = await getFrontPage();
    const newest = [...published].sort((a, b) => a.ageHours - b.ageHours)[0];
    expect(front.lead?.title).toBe(newest.title);
    expect(front.sections.map((s) => s.section.slug)).toEqual(["politik", "wirtschaft", "sport", "kultur", "wissen", "panorama"]);
    for (const block of front.sections) {
      expect(block.articles.length).toBeGreaterThan(0);
      const times = block.articles.map((a) => a.publishedAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(block.articles.some((a) => a.id === front.lead?.id)).toBe(false);
    }
  });

  it("never shows drafts or scheduled articles", async () => {
    const front = await getFrontPage();
    const titles = [front.lead!, ...front.sections.flatMap((s) => s.articles)].map((a) => a.title);
    for (const article of hidden) expect(titles).not.toContain(article.title);
  });
});

describe("section pages", () => {
  it("paginates 20 per page, newest first", async () => {
    const politik = published.filter((a) => a.section === "politik");
    expect(politik.length).toBeGreaterThanOrEqual(24);
    const first = await getSectionPage("politik", 1);
    const second = await getSectionPage("politik", 2);
    expect(first?.articles.items).toHaveLength(PAGE_SIZE);
    expect(first?.articles.total).toBe(politik.length);
    expect(first?.articles.pageCount).toBe(Math.ceil(politik.length / PAGE_SIZE));
    expect(second?.articles.items).toHaveLength(politik.length - PAGE_SIZE);
    const firstIds = new Set(first!.articles.items.map((a) => a.id));
    expect(second!.articles.items.some((a) => firstIds.has(a.id))).toBe(false);
  });

  it("answers null for an unknown section", async () => {
    expect(await getSectionPage("gibt-es-nicht", 1)).toBeNull();
  });

  it("lists sections in their editorial order", async () => {
    expect((await getSections()).map((s) => s.name)).toEqual(["Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Panorama"]);
  });
});

describe("article pages", () => {
  const sample = published[0];

  it("loads a published article with authors, tags and rendered body", async () => {
    const article = await getArticle(sample.section, slugify(sample.title));
    expect(article).not.toBeNull();
    expect(article!.title).toBe(sample.title);
    expect(article!.kicker).toBe(sample.kicker);
    expect(article!.authors.map((a) => a.slug)).toEqual(sample.authors);
    expect(article!.tags.map((t) => t.name).sort()).toEqual([...sample.tags].sort());
    expect(article!.bodyHtml.match(/<h2>/g)?.length).toBeGreaterThanOrEqual(2);
    expect(article!.wordCount).toBeGreaterThanOrEqual(250);
  });

  it("does not find drafts or scheduled articles, nor an article under another section", async () => {
    for (const article of hidden) expect(await getArticle(article.section, slugify(article.title))).toBeNull();
    const other = sample.section === "sport" ? "kultur" : "sport";
    expect(await getArticle(other, slugify(sample.title))).toBeNull();
  });

  it("shows a scheduled article once its time has come", async () => {
    const scheduled = hidden.find((a) => a.status === "SCHEDULED")!;
    const slug = slugify(scheduled.title);
    const row = await db.article.findFirstOrThrow({ where: { slug } });
    await db.article.update({ where: { id: row.id }, data: { publishedAt: new Date(Date.now() - HOUR) } });
    try {
      expect((await getArticle(scheduled.section, slug))?.id).toBe(row.id);
    } finally {
      await db.article.update({ where: { id: row.id }, data: { publishedAt: row.publishedAt } });
    }
  });

  it("redirects an old URL to the article's current one, but not to an unpublished article", async () => {
    const row = await db.article.findFirstOrThrow({ where: { slug: slugify(sample.title) }, include: { section: true } });
    await db.articleRedirect.create({ data: { sectionSlug: "alt", slug: "alter-titel", articleId: row.id } });
    expect(await getArticleRedirect("alt", "alter-titel")).toBe(`/${row.section.slug}/${row.slug}`);
    expect(await getArticleRedirect("alt", "nie-gesehen")).toBeNull();

    const draft = await db.article.findFirstOrThrow({ where: { status: "DRAFT" } });
    await db.articleRedirect.create({ data: { sectionSlug: "alt", slug: "entwurf", articleId: draft.id } });
    expect(await getArticleRedirect("alt", "entwurf")).toBeNull();
  });

  it("relates articles from the same section, not the article itself", async () => {
    const article = (await getArticle(sample.section, slugify(sample.title)))!;
    const related = await getRelatedArticles(article.id, article.section.id);
    expect(related.length).toBeGreaterThan(0);
    for (const item of related) {
      expect(item.section.slug).toBe(sample.section);
      expect(item.id).not.toBe(article.id);
    }
  });
});

describe("author and topic pages", () => {
  it("lists an author's published articles", async () => {
    const page = await getAuthorPage("lena-hartmann", 1);
    const expected = published.filter((a) => a.authors.includes("lena-hartmann")).length;
    expect(page?.author.name).toBe("Lena Hartmann");
    expect(page?.articles.total).toBe(expected);
    expect(await getAuthorPage("niemand", 1)).toBeNull();
  });

  it("lists a topic's published articles", async () => {
    const page = await getTopicPage("bundestag", 1);
    const expected = published.filter((a) => a.tags.includes("Bundestag")).length;
    expect(expected).toBeGreaterThan(1);
    expect(page?.tag.name).toBe("Bundestag");
    expect(page?.articles.total).toBe(expected);
    expect(await getTopicPage("gibt-es-nicht", 1)).toBeNull();
  });
});
