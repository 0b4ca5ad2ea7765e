/**
 * The newsroom's dashboard figures, free of Next imports so bench/popular.ts
 * times the very same SQL; lib/admin/dashboard.ts wraps it for the pages
 * (never cached: editors want the numbers as they are).
 *
 * Every figure comes from the hourly view rows, through the sums the flush
 * keeps beside them in the same statement: the ranking windows (the public
 * "Beliebteste Artikel" reads the same rows) for the lists and "Im Kommen",
 * the sections' hourly sums for the 48-hour series. An author's dashboard
 * (scope.authorUserId) covers only the articles they write; its series are
 * summed from their hourly rows.
 */
import { Prisma, type PrismaClient } from "../db/generated/prisma/client";
import type { ArticleStatus } from "../db/generated/prisma/enums";
import { utcTimestamp } from "../db/sql-time";
import { advanceViewWindows } from "../views/windows";
import { HOUR_MS, hourStartMs, hoursBetween, seriesTotal, toHourlySeries, type HourlyPoint } from "./hourly-series";
import { WINDOW_HOURS } from "./rank";
import { compareTrends, lastHourStart, trendOf, TRENDING_MIN_VIEWS, type Trend } from "./trending";

type Client = Pick<PrismaClient, "$queryRaw" | "$transaction">;

/** Whose figures: everyone's (editors, admins) or one author's articles. */
export type DashboardScope = { authorUserId?: string };

export const DASHBOARD_LIST_LENGTH = 10;
export const DASHBOARD_SERIES_HOURS = 48;
/** An article's own series goes back to its publication, at most this far (the hourly rows' retention). */
export const ARTICLE_SERIES_MAX_HOURS = 30 * 24;

export type DashboardArticle = {
  articleId: number;
  title: string;
  sectionName: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  views: number;
};

export type TrendingArticle = DashboardArticle & { lastHour: number; before: number; trend: Trend };

export type SectionSeries = { sectionId: number; name: string; points: HourlyPoint[]; total: number };

export type ViewSeries = { site: HourlyPoint[]; siteTotal: number; sections: SectionSeries[] };

export type Dashboard = {
  asOf: Date;
  /** Start of the last hour (the one-hour window): the full hour before the current one. */
  lastHourSince: Date;
  lastHour: DashboardArticle[];
  lastDay: DashboardArticle[];
  trending: TrendingArticle[];
  series: ViewSeries;
};

/** `AND` the article `a` is one of the author's, or nothing for everyone. */
function scopeFilter(scope: DashboardScope): Prisma.Sql {
  if (scope.authorUserId === undefined) return Prisma.empty;
  return Prisma.sql`AND a.id IN (
    SELECT aa."articleId" FROM "ArticleAuthor" aa JOIN "Author" au ON au.id = aa."authorId"
    WHERE au."userId" = ${scope.authorUserId})`;
}

type ArticleRow = Omit<DashboardArticle, "views"> & { views: number };

/** The most-read articles of a ranking window (its sums as they stand; the caller moves the windows first). */
export async function queryTopInWindow(
  client: Client,
  { windowHours, limit = DASHBOARD_LIST_LENGTH, scope = {} }: { windowHours: number; limit?: number; scope?: DashboardScope },
): Promise<DashboardArticle[]> {
  return client.$queryRaw<ArticleRow[]>`
    SELECT a.id AS "articleId", a.title, s.name AS "sectionName", a.status, a."publishedAt", w.views
    FROM "ArticleViewWindow" w
    JOIN "Article" a ON a.id = w."articleId"
    JOIN "Section" s ON s.id = a."sectionId"
    WHERE w."windowHours" = ${windowHours} AND w.views > 0 ${scopeFilter(scope)}
    ORDER BY w.views DESC, a."publishedAt" DESC NULLS LAST, a.id DESC
    LIMIT ${limit}`;
}

type CandidateRow = ArticleRow & { before: number };

const CANDIDATE_BATCH = 200;

/**
 * "Im Kommen" (lib/popularity/trending.ts): the articles the rule picks, most
 * extra readers first. Reads the one-hour window from the top in batches and
 * stops as soon as no later article can make the list: the extra readers
 * never exceed the last hour's views, which fall from batch to batch.
 */
export async function queryTrending(
  client: Client,
  { now, limit = DASHBOARD_LIST_LENGTH, scope = {} }: { now: Date; limit?: number; scope?: DashboardScope },
): Promise<TrendingArticle[]> {
  const picked: TrendingArticle[] = [];
  let after: { views: number; articleId: number } | null = null;
  for (;;) {
    const rows: CandidateRow[] = await client.$queryRaw<CandidateRow[]>`
      SELECT a.id AS "articleId", a.title, s.name AS "sectionName", a.status, a."publishedAt",
             r.views, coalesce(d.views, r.views) - r.views AS before
      FROM "ArticleViewWindow" r
      JOIN "Article" a ON a.id = r."articleId"
      JOIN "Section" s ON s.id = a."sectionId"
      LEFT JOIN "ArticleViewWindow" d ON d."windowHours" = ${WINDOW_HOURS["24h"]} AND d."articleId" = r."articleId"
      WHERE r."windowHours" = ${WINDOW_HOURS["1h"]} AND r.views >= ${TRENDING_MIN_VIEWS}
        ${after ? Prisma.sql`AND (r.views, r."articleId") < (${after.views}, ${after.articleId})` : Prisma.empty}
        ${scopeFilter(scope)}
      ORDER BY r.views DESC, r."articleId" DESC
      LIMIT ${CANDIDATE_BATCH}`;
    for (const row of rows) {
      const trend = trendOf({ lastHour: row.views, before: row.before, publishedAt: row.publishedAt }, now);
      if (trend.trending) picked.push({ ...row, lastHour: row.views, before: row.before, trend });
    }
    picked.sort(compareTrends);
    picked.splice(limit);
    const last = rows.at(-1);
    if (!last || rows.length < CANDIDATE_BATCH) break;
    if (picked.length === limit && last.views < picked[limit - 1]!.trend.excess) break;
    after = { views: last.views, articleId: last.articleId };
  }
  return picked;
}

/**
 * Views per hour for the `hours` hours up to and including the current one,
 * for the whole site (or the author's articles) and each section, zero where
 * an hour has none.
 */
export async function queryViewSeries(
  client: Client,
  { now, hours = DASHBOARD_SERIES_HOURS, scope = {} }: { now: Date; hours?: number; scope?: DashboardScope },
): Promise<ViewSeries> {
  const last = hourStartMs(now);
  const buckets = hoursBetween(last - (hours - 1) * HOUR_MS, last);
  const from = utcTimestamp(buckets[0]!);
  const to = utcTimestamp(last);
  const [sections, rows] = await Promise.all([
    client.$queryRaw<{ id: number; name: string }[]>`SELECT id, name FROM "Section" ORDER BY position, name, id`,
    scope.authorUserId === undefined
      ? client.$queryRaw<{ hour: Date; sectionId: number; views: number }[]>`
          SELECT "hour", "sectionId", views FROM "SectionViewHourly" WHERE "hour" >= ${from} AND "hour" <= ${to}`
      : client.$queryRaw<{ hour: Date; sectionId: number; views: number }[]>`
          SELECT h."hour", a."sectionId", sum(h.views)::int AS views
          FROM "ArticleViewHourly" h JOIN "Article" a ON a.id = h."articleId"
          WHERE h."hour" >= ${from} AND h."hour" <= ${to} ${scopeFilter(scope)}
          GROUP BY h."hour", a."sectionId"`,
  ]);
  const site = toHourlySeries(buckets, rows);
  return {
    site,
    siteTotal: seriesTotal(site),
    sections: sections.map((section) => {
      const points = toHourlySeries(
        buckets,
        rows.filter((r) => r.sectionId === section.id),
      );
      return { sectionId: section.id, name: section.name, points, total: seriesTotal(points) };
    }),
  };
}

/** Everything the dashboard shows, as of `now`. */
export async function queryDashboard(client: Client, { now = new Date(), scope = {} }: { now?: Date; scope?: DashboardScope } = {}): Promise<Dashboard> {
  // As in the public ranking: if the move fails, the sums are still exact for the older start.
  await advanceViewWindows(client, now).catch((error: unknown) =>
    console.warn(`[views] Ranglisten-Fenster nicht weitergeschoben: ${error instanceof Error ? error.message.split("\n")[0] : error}`),
  );
  const [lastHour, lastDay, trending, series] = await Promise.all([
    queryTopInWindow(client, { windowHours: WINDOW_HOURS["1h"], scope }),
    queryTopInWindow(client, { windowHours: WINDOW_HOURS["24h"], scope }),
    queryTrending(client, { now, scope }),
    queryViewSeries(client, { now, scope }),
  ]);
  return { asOf: now, lastHourSince: lastHourStart(now), lastHour, lastDay, trending, series };
}

export type ArticleViews = {
  /** Lifetime views (hourly and rolled-up daily rows alike). */
  total: number;
  /** Views per hour since publication, at most 30 days; empty before publication. */
  points: HourlyPoint[];
  /** The sum of the points. */
  shownTotal: number;
};

/** One article's views per hour since it was published (at most 30 days), and its total; null for an unknown article. */
export async function queryArticleViews(client: Client, { articleId, now = new Date() }: { articleId: number; now?: Date }): Promise<ArticleViews | null> {
  const [article] = await client.$queryRaw<{ publishedAt: Date | null; totalViews: bigint }[]>`
    SELECT "publishedAt", "totalViews" FROM "Article" WHERE id = ${articleId}`;
  if (!article) return null;
  const total = Number(article.totalViews);
  const last = hourStartMs(now);
  if (!article.publishedAt || article.publishedAt.getTime() > now.getTime()) return { total, points: [], shownTotal: 0 };
  const first = Math.max(hourStartMs(article.publishedAt), last - (ARTICLE_SERIES_MAX_HOURS - 1) * HOUR_MS);
  const rows = await client.$queryRaw<{ hour: Date; views: number }[]>`
    SELECT "hour", views FROM "ArticleViewHourly"
    WHERE "articleId" = ${articleId} AND "hour" >= ${utcTimestamp(first)} AND "hour" <= ${utcTimestamp(last)}`;
  const points = toHourlySeries(hoursBetween(first, last), rows);
  return { total, points, shownTotal: seriesTotal(points) };
}
