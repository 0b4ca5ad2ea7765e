import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { visibleWhere } from "../articles";
import { cacheTags } from "../cache/tags";
import { db } from "../db";
import { FEED_SIZE } from "./feeds";
import { paths } from "../articles/paths";
import { tagEverySection } from "./section-tags";
import type { SectionInfo } from "../articles/types";

export type FeedArticle = {
  id: number;
  title: string;
  path: string;
  teaser: string;
  publishedAt: Date;
  authors: string[];
  section: string;
  tags: string[];
};

export type FeedData = { section: SectionInfo | null; articles: FeedArticle[] };

/**
 * The newest visible articles for the site feed (no section) or one section's
 * feed; null for an unknown section. Tagged `feeds` plus the tags of the pages
 * that list the same articles, so a publish reaches the feed at once.
 */
export async function getFeedData(sectionSlug?: string): Promise<FeedData | null> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.feeds, sectionSlug ? cacheTags.section(sectionSlug) : cacheTags.front);
  let section: SectionInfo | null = null;
  if (sectionSlug) {
    section = await db.section.findUnique({
      where: { slug: sectionSlug },
      select: { id: true, slug: true, name: true, description: true },
    });
    if (!section) return null;
  } else {
    await tagEverySection();
  }
  const rows = await db.article.findMany({
    where: { ...visibleWhere(new Date()), ...(section ? { sectionId: section.id } : {}) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
    select: {
      id: true,
      slug: true,
      title: true,
      teaser: true,
      publishedAt: true,
      section: { select: { slug: true, name: true } },
      authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
      tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { name: true } } } },
    },
  });
  return {
    section,
    articles: rows.map((row) => ({
      id: row.id,
      title: row.title,
      path: paths.article(row.section.slug, row.slug),
      teaser: row.teaser,
      publishedAt: row.publishedAt ?? new Date(0),
      authors: row.authors.map((a) => a.author.name),
      section: row.section.name,
      tags: row.tags.map((t) => t.tag.name),
    })),
  };
}
