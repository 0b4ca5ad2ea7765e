/**
 * The newsroom's dashboard figures, free of Next imports so bench/popular.ts
 * times the very same SQL; lib/admin/dashboard.ts wraps it for the pages
 * (never cached: editors want the numbers as they are).
 *
 * Every figure comes from the hourly view rows, through the sums the flush
 * keeps beside them in the same statement: the ranking windows (the public
 * "Beliebteste Artikel" reads the same rows) for the lists and "Im Kommen",
 * the sections' hourly sums for the 48-hour series. An author's dashboard
 * (scope.authorUserId) covers only the articles they write, looked up by id;
 * its series are summed from their hourly rows.
 */
import { Prisma, type PrismaClient } from "../db/generated/prisma/client";
import type { ArticleStatus } from "../db/generated/prisma/enums";
import { utcTimestamp } from "../db/sql-time";
import { advanceViewWindows } from "../views/windows";
import { ARTICLE_SERIES_MAX_HOURS, HOUR_MS, hourStartMs, hoursBetween, labelHours, seriesTotal, toHourlySeries, type HourlyPoint } from "./hourly-series";
import { WINDOW_HOURS } from "./rank";
import { compareTrends, lastHourStart, trendOf, TRENDING_MIN_VIEWS, type Trend } from "./trending";

type Client = Pick<PrismaClient, "$queryRaw" | "$transaction">;

/** Whose figures: everyone's (editors, admins) or one author's articles. */
export type DashboardScope = { authorUserId?: string };

export const DASHBOARD_LIST_LENGTH = 10;
export const DASHBOARD_SERIES_HOURS = 48;

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

/** The articles in scope: null for everyone's, else the ids of the author's articles. */
async function scopeArticleIds(client: Client, scope: DashboardScope): Promise<number[] | null> {
  if (scope.authorUserId === undefined) return null;
  const rows = await client.$queryRaw<{ articleId: number }[]>`
    SELECT aa."articleId" FROM "ArticleAuthor" aa JOIN "Author" au ON au.id = aa."authorId"
    WHERE au."userId" = ${scope.authorUserId}`;
  return rows.map((r) => r.articleId);
}

/**
 * A window's rows with at least `minViews`, as a CTE body. For everyone's
 * figures the outer query reads the window's index from the top and stops at
 * its LIMIT; for an author's few articles (MATERIALIZED) each is looked up by
 * its key instead, rather than walking the index past everyone else's.
 */
function windowRows(windowHours: number, minViews: number, ids: number[] | null): Prisma.Sql {
  const rows = Prisma.sql`SELECT "articleId", views FROM "ArticleViewWindow"
    WHERE "windowHours" = ${windowHours} AND views >= ${minViews}
    ${ids === null ? Prisma.empty : Prisma.sql`AND "articleId" = ANY(${ids}::int[])`}`;
  return ids === null ? Prisma.sql`NOT MATERIALIZED (${rows})` : Prisma.sql`MATERIALIZED (${rows})`;
}

type ArticleRow = Omit<DashboardArticle, "views"> & { views: number };

type ScopeArgs = { scope?: DashboardScope; ids?: number[] | null };

async function idsFor(client: Client, { scope = {}, ids }: ScopeArgs): Promise<number[] | null> {
  return ids !== undefined ? ids : scopeArticleIds(client, scope);
}

/** The most-read articles of a ranking window (its sums as they stand; the caller moves the windows first). */
export async function queryTopInWindow(
  client: Client,
  { windowHours, limit = DASHBOARD_LIST_LENGTH, ...scoped }: { windowHours: number; limit?: number } & ScopeArgs,
): Promise<DashboardArticle[]> {
  const ids = await idsFor(client, scoped);
  if (ids?.length === 0) return [];
  return client.$queryRaw<ArticleRow[]>`
    WITH w AS ${windowRows(windowHours, 1, ids)}
    SELECT a.id AS "articleId", a.title, s.name AS "sectionName", a.status, a."publishedAt", w.views
    FROM w
    JOIN "Article" a ON a.id = w."articleId"
    JOIN "Section" s ON s.id = a."sectionId"
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
  { now, limit = DASHBOARD_LIST_LENGTH, ...scoped }: { now: Date; limit?: number } & ScopeArgs,
): Promise<TrendingArticle[]> {
  const ids = await idsFor(client, scoped);
  const picked: TrendingArticle[] = [];
  if (ids?.length === 0) return picked;
  let after: { views: number; articleId: number } | null = null;
  for (;;) {
    const rows: CandidateRow[] = await client.$queryRaw<CandidateRow[]>`
      WITH r AS ${windowRows(WINDOW_HOURS["1h"], TRENDING_MIN_VIEWS, ids)}
      SELECT a.id AS "articleId", a.title, s.name AS "sectionName", a.status, a."publishedAt",
             r.views, coalesce(d.views, r.views) - r.views AS before
      FROM r
      JOIN "Article" a ON a.id = r."articleId"
      JOIN "Section" s ON s.id = a."sectionId"
      LEFT JOIN "ArticleViewWindow" d ON d."windowHours" = ${WINDOW_HOURS["24h"]} AND d."articleId" = r."articleId"
      ${after ? Prisma.sql`WHERE (r.views, r."articleId") < (${after.views}, ${after.articleId})` : Prisma.empty}
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
  { now, hours = DASHBOARD_SERIES_HOURS, ...scoped }: { now: Date; hours?: number } & ScopeArgs,
): Promise<ViewSeries> {
  const ids = await idsFor(client, scoped);
  const last = hourStartMs(now);
  const buckets = hoursBetween(last - (hours - 1) * HOUR_MS, last);
  const from = utcTimestamp(buckets[0]!);
  const to = utcTimestamp(last);
  const [sections, rows] = await Promise.all([
    client.$queryRaw<{ id: number; name: string }[]>`SELECT id, name FROM "Section" ORDER BY position, name, id`,
    ids === null
      ? client.$queryRaw<{ hour: Date; sectionId: number; views: number }[]>`
          SELECT "hour", "sectionId", views FROM "SectionViewHourly" WHERE "hour" >= ${from} AND "hour" <= ${to}`
      : ids.length === 0
        ? []
        : client.$queryRaw<{ hour: Date; sectionId: number; views: number }[]>`
          SELECT h."hour", a."sectionId", sum(h.views)::int AS views
          FROM "ArticleViewHourly" h JOIN "Article" a ON a.id = h."articleId"
          WHERE h."articleId" = ANY(${ids}::int[]) AND a.id = ANY(${ids}::int[]) AND h."hour" >= ${from} AND h."hour" <= ${to}
          GROUP BY h."hour", a."sectionId"`,
  ]);
  const labels = labelHours(buckets);
  const site = toHourlySeries(buckets, rows, labels);
  return {
    site,
    siteTotal: seriesTotal(site),
    sections: sections.map((section) => {
      const points = toHourlySeries(
        buckets,
        rows.filter((r) => r.sectionId === section.id),
        labels,
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
  const ids = await scopeArticleIds(client, scope);
  const [lastHour, lastDay, trending, series] = await Promise.all([
    queryTopInWindow(client, { windowHours: WINDOW_HOURS["1h"], ids }),
    queryTopInWindow(client, { windowHours: WINDOW_HOURS["24h"], ids }),
    queryTrending(client, { now, ids }),
    queryViewSeries(client, { now, ids }),
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
