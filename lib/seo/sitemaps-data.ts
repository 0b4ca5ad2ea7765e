import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { visibleWhere } from "../articles";
import { cacheTags } from "../cache/tags";
import { db } from "../db";
import { paths } from "../articles/paths";
import { tagEverySection } from "./section-tags";
import { NEWS_MAX_ARTICLES, NEWS_WINDOW_HOURS, SITEMAP_MAX_URLS, sitemapFileCount, type NewsSitemapEntry, type SitemapEntry } from "./sitemaps";

const HOUR = 3_600_000;

function latest(dates: (Date | null | undefined)[]): Date | undefined {
  let max: Date | undefined;
  for (const d of dates) if (d && (!max || d > max)) max = d;
  return max;
}

/**
 * Front page, sections, and the author and topic pages that list at least one
 * visible article, each with the newest change among its articles.
 */
export async function getSitemapPageEntries(): Promise<SitemapEntry[]> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.sitemaps, cacheTags.sections);
  await tagEverySection();
  const visible = visibleWhere(new Date());
  const newestChange = { orderBy: { updatedAt: "desc" }, take: 1, select: { updatedAt: true, publishedAt: true } } as const;
  // Authors and topics reach their articles through a link table.
  const newestLinkedChange = { where: { article: visible }, orderBy: { article: { updatedAt: "desc" } }, take: 1, select: { article: { select: newestChange.select } } } as const;
  const [sections, authors, tags] = await Promise.all([
    db.section.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { slug: true, articles: { where: visible, ...newestChange } },
    }),
    db.author.findMany({
      where: { articles: { some: { article: visible } } },
      orderBy: { slug: "asc" },
      select: { slug: true, articles: newestLinkedChange },
    }),
    db.tag.findMany({
      where: { articles: { some: { article: visible } } },
      orderBy: { slug: "asc" },
      select: { slug: true, articles: newestLinkedChange },
    }),
  ]);
  const changed = (a: { updatedAt: Date; publishedAt: Date | null } | undefined) => latest([a?.updatedAt, a?.publishedAt]);
  const sectionEntries = sections.map((s) => ({ path: paths.section(s.slug), lastmod: changed(s.articles[0]) }));
  return [
    { path: paths.front(), lastmod: latest(sectionEntries.map((e) => e.lastmod)) },
    ...sectionEntries,
    ...authors.map((a) => ({ path: paths.author(a.slug), lastmod: changed(a.articles[0]?.article) })),
    ...tags.map((t) => ({ path: paths.topic(t.slug), lastmod: changed(t.articles[0]?.article) })),
  ];
}

export async function countSitemapArticles(): Promise<number> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.sitemaps);
  await tagEverySection();
  return db.article.count({ where: visibleWhere(new Date()) });
}

async function getSitemapArticleEntries(skip: number, take: number): Promise<SitemapEntry[]> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.sitemaps);
  if (take <= 0) return [];
  await tagEverySection();
  const rows = await db.article.findMany({
    where: visibleWhere(new Date()),
    orderBy: { id: "asc" },
    skip,
    take,
    select: { slug: true, updatedAt: true, publishedAt: true, liveLatestAt: true, section: { select: { slug: true } } },
  });
  // A Liveticker changes with every entry: its last change is its newest entry's.
  return rows.map((row) => ({ path: paths.article(row.section.slug, row.slug), lastmod: latest([row.updatedAt, row.publishedAt, row.liveLatestAt]) }));
}

export type SitemapPlan = { fileCount: number; pageEntries: SitemapEntry[]; articleCount: number; perFile: number };

export async function getSitemapPlan(perFile = SITEMAP_MAX_URLS): Promise<SitemapPlan> {
  const [pageEntries, articleCount] = await Promise.all([getSitemapPageEntries(), countSitemapArticles()]);
  return { fileCount: sitemapFileCount(pageEntries.length + articleCount, perFile), pageEntries, articleCount, perFile };
}

/**
 * The URLs of sitemap file n (1-based): the pages first, then every visible
 * article by id, cut into files of `perFile` URLs. Null past the last file.
 */
export async function getSitemapFile(plan: SitemapPlan, n: number): Promise<SitemapEntry[] | null> {
  if (!Number.isInteger(n) || n < 1 || n > plan.fileCount) return null;
  const start = (n - 1) * plan.perFile;
  const pages = plan.pageEntries.slice(start, start + plan.perFile);
  const articleSkip = Math.max(0, start - plan.pageEntries.length);
  const articles = await getSitemapArticleEntries(articleSkip, plan.perFile - pages.length);
  return [...pages, ...articles];
}

/** Visible articles published in the last 48 hours, newest first, at most 1,000 (Google News). */
export async function getNewsSitemapEntries(): Promise<NewsSitemapEntry[]> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.sitemaps, cacheTags.front);
  await tagEverySection();
  const now = new Date();
  const since = new Date(now.getTime() - NEWS_WINDOW_HOURS * HOUR);
  const rows = await db.article.findMany({
    // A Liveticker stays news while entries arrive.
    where: { AND: [visibleWhere(now), { OR: [{ publishedAt: { gte: since } }, { liveLatestAt: { gte: since } }] }] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: NEWS_MAX_ARTICLES,
    select: { slug: true, title: true, publishedAt: true, section: { select: { slug: true } } },
  });
  return rows.map((row) => ({ path: paths.article(row.section.slug, row.slug), title: row.title, publishedAt: row.publishedAt ?? now }));
}
