/**
 * The ranking query, free of Next imports so bench/popular.ts runs the very
 * same SQL. lib/popularity/index.ts wraps it in the cache.
 */
import { Prisma, type PrismaClient } from "../db/generated/prisma/client";
import { compareRanked, WINDOW_HOURS, type MostReadWindow } from "./rank";
import { utcTimestamp } from "../db/sql-time";
import { advanceViewWindows } from "../views/windows";

export type RankedArticle = {
  articleId: number;
  views: number;
  publishedAt: Date;
  slug: string;
  kicker: string;
  title: string;
  sectionSlug: string;
};

/**
 * Visible articles by views in the window, ties by newer publish time, from
 * the pre-aggregated window sums (lib/views/windows.ts), which are first
 * brought up to `now`. The visibility rule is visibleWhere() from
 * lib/articles/index.ts in SQL; lib/popularity/popularity.int.test.ts checks that both agree.
 */
export async function queryMostRead(
  client: Pick<PrismaClient, "$queryRaw" | "$transaction">,
  { window, limit, sectionId, now = new Date() }: { window: MostReadWindow; limit: number; sectionId?: number; now?: Date },
): Promise<RankedArticle[]> {
  // Normally the server's minute timer has moved the windows already. If this
  // move fails (read-only database, lock wait), the sums are still exact for
  // the older start, only up to an hour stale: show them rather than fail the page.
  await advanceViewWindows(client, now).catch((error: unknown) =>
    console.warn(`[views] Ranglisten-Fenster nicht weitergeschoben: ${error instanceof Error ? error.message.split("\n")[0] : error}`),
  );
  const rows = await client.$queryRaw<RankedArticle[]>`
    SELECT a.id AS "articleId", w.views, a."publishedAt", a.slug, a.kicker, a.title, s.slug AS "sectionSlug"
    FROM "ArticleViewWindow" w
    JOIN "Article" a ON a.id = w."articleId"
    JOIN "Section" s ON s.id = a."sectionId"
    WHERE w."windowHours" = ${WINDOW_HOURS[window]} AND w.views > 0
      AND a.status IN ('PUBLISHED', 'SCHEDULED') AND a."publishedAt" <= ${utcTimestamp(now)}
      ${sectionId === undefined ? Prisma.empty : Prisma.sql`AND a."sectionId" = ${sectionId}`}
    ORDER BY w.views DESC, a."publishedAt" DESC, a.id DESC
    LIMIT ${limit}`;
  return rows.sort(compareRanked);
}
