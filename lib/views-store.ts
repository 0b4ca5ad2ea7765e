/**
 * SQL for view counts. Takes the Prisma client as an argument (no `server-only`,
 * no Next imports), so the app, the seed, tests and benches share it.
 */
import type { PrismaClient } from "./generated/prisma/client";
import type { ViewCount } from "./views-buffer";

type Sql = Pick<PrismaClient, "$executeRaw">;

/**
 * One statement: upsert the hourly rows and add to the article totals.
 * Articles deleted since the view was accepted are skipped (their rows would
 * break the foreign key and block every later flush).
 */
export async function writeViewCounts(client: Sql, rows: ViewCount[]): Promise<void> {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.articleId);
  const hours = rows.map((r) => r.hour / 1000);
  const views = rows.map((r) => r.views);
  await client.$executeRaw`
    WITH input AS (
      SELECT t.article_id, (to_timestamp(t.hour_s) AT TIME ZONE 'UTC') AS hour, t.views
      FROM unnest(${ids}::int[], ${hours}::bigint[], ${views}::int[]) AS t(article_id, hour_s, views)
      JOIN "Article" a ON a.id = t.article_id
    ),
    hourly AS (
      INSERT INTO "ArticleViewHourly" ("articleId", "hour", "views")
      SELECT article_id, hour, views FROM input
      ON CONFLICT ("articleId", "hour") DO UPDATE SET "views" = "ArticleViewHourly"."views" + EXCLUDED."views"
    )
    UPDATE "Article" AS a SET "totalViews" = a."totalViews" + s.views
    FROM (SELECT article_id, sum(views) AS views FROM input GROUP BY article_id) AS s
    WHERE a.id = s.article_id`;
}

export const RETENTION_DAYS = 30;

/**
 * Moves hourly rows older than the retention window into daily rows, in one
 * statement, so the sum over hourly + daily rows never changes. Returns the
 * number of daily rows written.
 */
export async function rollUpOldViews(client: Sql, now = new Date()): Promise<number> {
  const cutoff = new Date(Math.floor((now.getTime() - RETENTION_DAYS * 86_400_000) / 3_600_000) * 3_600_000);
  const cutoffS = cutoff.getTime() / 1000;
  return client.$executeRaw`
    WITH moved AS (
      DELETE FROM "ArticleViewHourly"
      WHERE "hour" < (to_timestamp(${cutoffS}::bigint) AT TIME ZONE 'UTC')
      RETURNING "articleId", "hour", "views"
    )
    INSERT INTO "ArticleViewDaily" ("articleId", "day", "views")
    SELECT "articleId", "hour"::date, sum("views")::int FROM moved GROUP BY "articleId", "hour"::date
    ON CONFLICT ("articleId", "day") DO UPDATE SET "views" = "ArticleViewDaily"."views" + EXCLUDED."views"`;
}
