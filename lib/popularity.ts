import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { visibleWhere } from "./articles";
import { cacheTags } from "./cache-tags";
import { db } from "./db";
import { Prisma } from "./generated/prisma/client";
import { paths } from "./paths";
import { chooseWindow, compareRanked, DEFAULT_WINDOW, windowStart, type MostReadWindow } from "./popularity-rank";

export type MostReadItem = {
  articleId: number;
  path: string;
  kicker: string;
  title: string;
  views: number;
};

export type MostReadList = { window: MostReadWindow; asOf: Date; items: MostReadItem[] };

// Columns are timestamp without time zone, holding UTC; convert explicitly
// rather than rely on the session's time zone.
function utc(date: Date): Prisma.Sql {
  return Prisma.sql`(to_timestamp(${date.getTime() / 1000}::double precision) AT TIME ZONE 'UTC')`;
}

type RankRow = { id: number; views: number; publishedAt: Date; slug: string; kicker: string; title: string; sectionSlug: string };

/**
 * Visible articles by views in the window (hourly rows), ties by newer
 * publish time. Cached about a minute under the `most-read` tag, so no reader
 * request pays for the query.
 */
export async function getMostRead({
  window = DEFAULT_WINDOW,
  limit = 5,
  sectionId,
}: {
  window?: MostReadWindow;
  limit?: number;
  sectionId?: number;
}): Promise<MostReadList> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.mostRead);
  const now = new Date();
  const since = windowStart(window, now);
  // The visibility rule of visibleWhere() in lib/articles.ts, in SQL;
  // lib/popularity.int.test.ts checks that both agree.
  const rows = await db.$queryRaw<RankRow[]>`
    SELECT a.id, v.views::int AS views, a."publishedAt", a.slug, a.kicker, a.title, s.slug AS "sectionSlug"
    FROM (
      SELECT h."articleId", sum(h.views) AS views
      FROM "ArticleViewHourly" h
      WHERE h.hour >= ${utc(since)}
      GROUP BY h."articleId"
    ) v
    JOIN "Article" a ON a.id = v."articleId"
    JOIN "Section" s ON s.id = a."sectionId"
    WHERE a.status IN ('PUBLISHED', 'SCHEDULED') AND a."publishedAt" <= ${utc(now)}
      ${sectionId === undefined ? Prisma.empty : Prisma.sql`AND a."sectionId" = ${sectionId}`}
    ORDER BY v.views DESC, a."publishedAt" DESC, a.id DESC
    LIMIT ${limit}`;
  const items = rows
    .map((r) => ({ ...r, articleId: r.id }))
    .sort(compareRanked)
    .map((r) => ({ articleId: r.id, path: paths.article(r.sectionSlug, r.slug), kicker: r.kicker, title: r.title, views: r.views }));
  return { window, asOf: now, items };
}

/** Newest visible articles: what the box shows before anyone has read anything. */
async function getNewestForBox(limit: number, sectionId?: number): Promise<MostReadItem[]> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.mostRead);
  const rows = await db.article.findMany({
    where: { ...visibleWhere(new Date()), ...(sectionId === undefined ? {} : { sectionId }) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, slug: true, kicker: true, title: true, section: { select: { slug: true } } },
  });
  return rows.map((r) => ({ articleId: r.id, path: paths.article(r.section.slug, r.slug), kicker: r.kicker, title: r.title, views: 0 }));
}

export type MostReadBox = {
  requested: MostReadWindow;
  shown: MostReadWindow;
  fellBack: boolean;
  /** No views at all yet: the items are the newest articles. */
  newest: boolean;
  asOf: Date;
  items: MostReadItem[];
};

/** What the "Beliebteste Artikel" box shows: never empty while any article is visible. */
export async function getMostReadBox({
  window = DEFAULT_WINDOW,
  limit = 5,
  sectionId,
}: {
  window?: MostReadWindow;
  limit?: number;
  sectionId?: number;
}): Promise<MostReadBox> {
  const choice = await chooseWindow(window, (w) => getMostRead({ window: w, limit, sectionId }));
  const { items, asOf } = choice.result;
  if (items.length > 0) return { ...choice, newest: false, asOf, items };
  return { ...choice, newest: true, asOf, items: await getNewestForBox(limit, sectionId) };
}
