import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedArticles, seedDemoContent } from "@/prisma/seed/seed";
import { getArticle } from "../articles";
import { db } from "../db";
import { buildRssFeed, FEED_SIZE } from "./feeds";
import { getFeedData } from "./feeds-data";
import { newsArticleJsonLd, serializeJsonLd } from "./json-ld";
import { parseXml, type XmlNode } from "./xml-parse";
import { buildNewsSitemap, buildUrlset, NEWS_WINDOW_HOURS } from "./sitemaps";
import { getNewsSitemapEntries, getSitemapFile, getSitemapPlan } from "./sitemaps-data";
import { slugify } from "../slug";

const HOUR = 3_600_000;
const ORIGIN = "https://www.rundblick.example";
const NASTY_TITLE = `Test </script><script>alert("x")</script> & Co: „Größe“ 'zählt' 🚀`;
const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;

const published = seedArticles.filter((a) => (a.status ?? "PUBLISHED") === "PUBLISHED");
const hiddenTitles = seedArticles.filter((a) => a.status === "DRAFT" || a.status === "SCHEDULED").map((a) => a.title);
const createdIds: number[] = [];

async function createArticle(data: { title: string; slug: string; status: "PUBLISHED" | "DRAFT"; publishedAt: Date | null }) {
  const section = await db.section.findUniqueOrThrow({ where: { slug: "panorama" } });
  const author = await db.author.findFirstOrThrow({ orderBy: { id: "asc" } });
  const row = await db.article.create({
    data: {
      ...data,
      sectionId: section.id,
      kicker: "Prüfung <&>",
      teaser: `Teaser & <Markup> für ${data.slug}`,
      body: "## Eins\n\nEin kurzer Text mit fünf Wörtern.",
      updatedAt: data.publishedAt ?? new Date(),
      authors: { create: [{ authorId: author.id }] },
    },
  });
  createdIds.push(row.id);
  return row;
}

let nasty: { id: number; slug: string };

beforeAll(async () => {
  await seedDemoContent(db);
  nasty = await createArticle({ title: NASTY_TITLE, slug: "seo-test-sonderzeichen", status: "PUBLISHED", publishedAt: new Date(Date.now() - 60_000) });
  await createArticle({ title: "SEO-Test: geheimer Entwurf", slug: "seo-test-entwurf", status: "DRAFT", publishedAt: null });
});

afterAll(async () => {
  await db.article.deleteMany({ where: { id: { in: createdIds } } });
  await db.$disconnect();
});

describe("feeds", () => {
  it("hold the newest 50 visible articles, newest first, without drafts", async () => {
    const feed = await getFeedData();
    expect(feed?.articles).toHaveLength(FEED_SIZE);
    expect(feed?.articles[0].id).toBe(nasty.id);
    const times = feed!.articles.map((a) => a.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const titles = feed!.articles.map((a) => a.title);
    for (const title of [...hiddenTitles, "SEO-Test: geheimer Entwurf"]) expect(titles).not.toContain(title);
  });

  it("per section hold only that section's articles; an unknown section has none", async () => {
    const feed = await getFeedData("sport");
    const sport = published.filter((a) => a.section === "sport");
    expect(feed?.section?.name).toBe("Sport");
    expect(feed?.articles).toHaveLength(Math.min(FEED_SIZE, sport.length));
    expect(feed?.articles.every((a) => a.path.startsWith("/sport/"))).toBe(true);
    expect(await getFeedData("gibt-es-nicht")).toBeNull();
  });

  it("round-trip a headline with </script> and & through the XML", async () => {
    const feed = await getFeedData("panorama");
    const xml = buildRssFeed({
      title: "T",
      link: ORIGIN,
      selfUrl: `${ORIGIN}/panorama/feed.xml`,
      description: "D",
      items: feed!.articles.map(({ path, ...a }) => ({ ...a, url: `${ORIGIN}${path}` })),
    });
    const items = ((parseXml(xml).rss as XmlNode).channel as XmlNode).item as XmlNode[];
    expect(items[0].title).toBe(NASTY_TITLE);
    expect(items[0].description).toBe("Teaser &amp; &lt;Markup&gt; für seo-test-sonderzeichen");
  });
});

describe("sitemaps", () => {
  it("list the pages and every visible article once, without drafts", async () => {
    const plan = await getSitemapPlan();
    expect(plan.fileCount).toBe(1);
    const entries = (await getSitemapFile(plan, 1))!;
    const paths = entries.map((e) => e.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain("/");
    expect(paths).toContain("/politik");
    expect(paths).toContain("/autor/lena-hartmann");
    expect(paths.some((p) => p.startsWith("/thema/"))).toBe(true);
    expect(paths).toContain("/panorama/seo-test-sonderzeichen");
    expect(paths).not.toContain("/panorama/seo-test-entwurf");
    for (const title of hiddenTitles) expect(paths.some((p) => p.endsWith(`/${slugify(title)}`))).toBe(false);
    expect(plan.articleCount).toBe(published.length + 1);
    const article = entries.find((e) => e.path === "/panorama/seo-test-sonderzeichen");
    expect(article?.lastmod).toBeInstanceOf(Date);
    const urlset = parseXml(buildUrlset(entries, ORIGIN)).urlset as XmlNode;
    expect((urlset.url as XmlNode[]).length).toBe(entries.length);
  });

  it("split into files that together list every URL exactly once", async () => {
    const whole = (await getSitemapFile(await getSitemapPlan(), 1))!.map((e) => e.path);
    const plan = await getSitemapPlan(40);
    expect(plan.fileCount).toBe(Math.ceil(whole.length / 40));
    const parts: string[] = [];
    for (let n = 1; n <= plan.fileCount; n++) {
      const file = (await getSitemapFile(plan, n))!;
      expect(file.length).toBeLessThanOrEqual(40);
      parts.push(...file.map((e) => e.path));
    }
    expect(parts).toEqual(whole);
    expect(await getSitemapFile(plan, plan.fileCount + 1)).toBeNull();
    expect(await getSitemapFile(plan, 0)).toBeNull();
  });

  it("for Google News hold only the last 48 hours, newest first, escaped", async () => {
    const entries = await getNewsSitemapEntries();
    const cutoff = Date.now() - NEWS_WINDOW_HOURS * HOUR;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.publishedAt.getTime() >= cutoff)).toBe(true);
    const recent = published.filter((a) => a.ageHours >= 0 && a.ageHours < NEWS_WINDOW_HOURS - 1);
    const old = published.filter((a) => a.ageHours > NEWS_WINDOW_HOURS + 1);
    expect(old.length).toBeGreaterThan(0);
    const titles = entries.map((e) => e.title);
    for (const a of recent) expect(titles).toContain(a.title);
    for (const a of old) expect(titles).not.toContain(a.title);
    for (const title of [...hiddenTitles, "SEO-Test: geheimer Entwurf"]) expect(titles).not.toContain(title);
    const urls = (parseXml(buildNewsSitemap(entries, ORIGIN, "Rundblick")).urlset as XmlNode).url as XmlNode[];
    expect((urls[0]["news:news"] as XmlNode)["news:title"]).toBe(NASTY_TITLE);
  });
});

describe("article JSON-LD from the database", () => {
  it("round-trips the headline and carries ISO dates with offset", async () => {
    const article = (await getArticle("panorama", nasty.slug))!;
    const parsed = JSON.parse(serializeJsonLd(newsArticleJsonLd(article, ORIGIN))) as Record<string, unknown>;
    expect(parsed.headline).toBe(NASTY_TITLE);
    expect(parsed.datePublished).toMatch(ISO_WITH_OFFSET);
    expect(parsed.dateModified).toMatch(ISO_WITH_OFFSET);
    expect(parsed.wordCount).toBe(article.wordCount);
  });
});
