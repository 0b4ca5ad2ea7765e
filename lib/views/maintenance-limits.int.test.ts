/**
 * The pool's statement limit (DATABASE_STATEMENT_TIMEOUT_MS) bounds requests;
 * the background upkeep of the view tables (moving the ranking windows,
 * rolling up old hours) may need longer after a long pause and must still
 * finish, or it would fail the same way every minute.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "../db";
import { createPrismaClient } from "../db/prisma-client";
import { HOUR_MS } from "./buffer";
import { rollUpOldViews } from "./store";
import { advanceViewWindows, rebuildViewWindowsLocked } from "./windows";

const HOURS = 30_000;
const start = Date.UTC(2022, 0, 1);
// A limit far below what the upkeep below needs, far above what a request's query takes.
const limited = createPrismaClient(process.env.DATABASE_URL, { statementTimeoutMs: 100 });

beforeAll(async () => {
  const section = await db.section.create({ data: { slug: "politik", name: "Politik" } });
  for (let i = 0; i < 5; i++) {
    await db.article.create({ data: { slug: `a-${i}`, sectionId: section.id, title: "A", teaser: "T", body: "B", status: "PUBLISHED", publishedAt: new Date(start) } });
  }
  // Five articles, one row per hour for about three and a half years.
  await db.$executeRaw`
    INSERT INTO "ArticleViewHourly" ("articleId", "hour", "views")
    SELECT a.id, (to_timestamp(${start / 1000}::bigint) AT TIME ZONE 'UTC') + h * interval '1 hour', 1
    FROM "Article" a, generate_series(0, ${HOURS - 1}) AS h`;
  await rebuildViewWindowsLocked(db, new Date(start + 800 * HOUR_MS));
});

afterAll(async () => {
  await limited.$disconnect();
});

it.skipIf(!process.env.TEST_DATABASE_URL)("moves the windows and rolls up old hours after a long pause despite the pool's statement limit", async () => {
  const now = new Date(start + HOURS * HOUR_MS);
  await expect(advanceViewWindows(limited, now)).resolves.toBe(4);
  await expect(rollUpOldViews(limited, now)).resolves.toBeGreaterThan(0);
  const [hourly, daily] = await Promise.all([db.articleViewHourly.aggregate({ _sum: { views: true } }), db.articleViewDaily.aggregate({ _sum: { views: true } })]);
  expect((hourly._sum.views ?? 0) + (daily._sum.views ?? 0)).toBe(5 * HOURS);
});
