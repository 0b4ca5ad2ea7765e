/**
 * SQL for view counts. Takes the Prisma client as an argument (no `server-only`,
 * no Next imports), so the app, the seed, tests and benches share it.
 */
import type { PrismaClient } from "../db/generated/prisma/client";
import type { ViewCount } from "./buffer";
import { utcHourStart } from "../db/sql-time";
import { advanceViewWindows } from "./windows";

type Sql = Pick<PrismaClient, "$executeRaw">;

/**
 * One statement: upsert the hourly rows, add to the ranking windows that
 * already include the hour (lib/views/windows.ts; the share lock on the window
 * rows keeps advanceViewWindows() from moving a start under this statement),
 * to the section's hourly sums (the dashboard's series; the section is the one
 * the article has now, read under the article's lock) and to the article
 * totals. Articles deleted since the view was accepted are skipped (their rows
 * would break the foreign key and block every later flush), and so are the
 * `unchecked` ones (taken while their visibility could not be checked) that
 * are not visible now.
 */
export async function writeViewCounts(client: Sql, rows: ViewCount[], unchecked: readonly number[] = []): Promise<void> {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.articleId);
  const hours = rows.map((r) => r.hour / 1000);
  const views = rows.map((r) => r.views);
  await client.$executeRaw`
    WITH locked AS (
      -- Every writer locks the articles in id order first, so concurrent flushes
      -- (several instances) queue up instead of deadlocking on "Article" rows.
      -- A row locked after waiting is its newest version: the section an editor just set.
      SELECT id, "sectionId" FROM "Article"
      WHERE id = ANY(${ids}::int[])
        AND (id <> ALL(${[...unchecked]}::int[]) OR (status IN ('PUBLISHED', 'SCHEDULED') AND "publishedAt" <= now()))
      ORDER BY id FOR NO KEY UPDATE
    ),
    input AS (
      SELECT t.article_id, a."sectionId" AS section_id, (to_timestamp(t.hour_s) AT TIME ZONE 'UTC') AS hour, t.views
      FROM unnest(${ids}::int[], ${hours}::bigint[], ${views}::int[]) AS t(article_id, hour_s, views)
      JOIN locked a ON a.id = t.article_id
    ),
    hourly AS (
      INSERT INTO "ArticleViewHourly" ("articleId", "hour", "views")
      SELECT article_id, hour, views FROM input ORDER BY article_id, hour
      ON CONFLICT ("articleId", "hour") DO UPDATE SET "views" = "ArticleViewHourly"."views" + EXCLUDED."views"
    ),
    windows AS (
      SELECT "windowHours", "startsAt" FROM "ViewWindowState" ORDER BY "windowHours" FOR SHARE
    ),
    windowed AS (
      INSERT INTO "ArticleViewWindow" ("windowHours", "articleId", "views")
      SELECT w."windowHours", i.article_id, sum(i.views)::int
      FROM input i JOIN windows w ON i.hour >= w."startsAt"
      GROUP BY w."windowHours", i.article_id
      ORDER BY w."windowHours", i.article_id
      ON CONFLICT ("windowHours", "articleId") DO UPDATE SET "views" = "ArticleViewWindow"."views" + EXCLUDED."views"
    ),
    sectioned AS (
      -- Every flush takes these few rows in the same order, so concurrent ones queue.
      INSERT INTO "SectionViewHourly" ("hour", "sectionId", "views")
      SELECT hour, section_id, sum(views)::int FROM input
      GROUP BY hour, section_id
      ORDER BY hour, section_id
      ON CONFLICT ("hour", "sectionId") DO UPDATE SET "views" = "SectionViewHourly"."views" + EXCLUDED."views"
    )
    UPDATE "Article" AS a SET "totalViews" = a."totalViews" + s.views
    FROM (SELECT article_id, sum(views) AS views FROM input GROUP BY article_id) AS s
    WHERE a.id = s.article_id`;
}

export const RETENTION_DAYS = 30;

/**
 * Moves hourly rows older than the retention window into daily rows, in one
 * statement, so the sum over hourly + daily rows never changes. Rows a ranking
 * window still counts stay (advanceViewWindows() must subtract them first), so
 * the windows are advanced before. Returns the number of daily rows written.
 */
export async function rollUpOldViews(client: Sql & Parameters<typeof advanceViewWindows>[0], now = new Date()): Promise<number> {
  await advanceViewWindows(client, now);
  const cutoff = utcHourStart(now.getTime() - RETENTION_DAYS * 86_400_000);
  // Usually one hour's rows; after a long pause many more: bounded by the
  // transaction's timeout rather than the pool's statement limit (30 s).
  return client.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL statement_timeout = '600s'`;
    // The dashboard's section sums need no daily form: they simply go.
    await tx.$executeRaw`DELETE FROM "SectionViewHourly" WHERE "hour" < ${cutoff}`;
    return tx.$executeRaw`
    WITH moved AS (
      DELETE FROM "ArticleViewHourly"
      WHERE "hour" < ${cutoff}
        AND "hour" < (SELECT coalesce(min("startsAt"), 'infinity') FROM "ViewWindowState")
      RETURNING "articleId", "hour", "views"
    )
    INSERT INTO "ArticleViewDaily" ("articleId", "day", "views")
    SELECT "articleId", "hour"::date, sum("views")::int FROM moved GROUP BY "articleId", "hour"::date
    ON CONFLICT ("articleId", "day") DO UPDATE SET "views" = "ArticleViewDaily"."views" + EXCLUDED."views"`;
  }, { maxWait: 10_000, timeout: 600_000 });
}
