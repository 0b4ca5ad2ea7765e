/**
 * The ranking windows, pre-aggregated: `ArticleViewWindow` holds, per window
 * (1, 24, 168, 720 hours) and article, the sum of the hourly rows from the
 * window's start (`ViewWindowState.startsAt`) on. So the ranking reads the top
 * rows of one index instead of summing millions of hourly rows.
 *
 * Two writers keep it exact:
 * - the flush (writeViewCounts in lib/views/store.ts) adds each batch to the
 *   windows whose start is at or before the batch's hour, in the same
 *   statement as the hourly rows, holding a share lock on the window rows;
 * - advanceViewWindows() moves a window's start to the current hour minus its
 *   length and subtracts the hourly rows that left it, under an exclusive lock
 *   on the window row, in a transaction whose second statement only starts
 *   once every flush that saw the old start has committed.
 *
 * Free of Next imports: the app, the seed, tests and benches share it.
 */
import type { Prisma, PrismaClient } from "../db/generated/prisma/client";
import { WINDOW_HOURS } from "../popularity/rank";
import { sql, utcHourStart, type Sql as SqlFragment } from "../db/sql-time";

type Sql = Pick<PrismaClient, "$executeRaw">;
type Client = Pick<PrismaClient, "$transaction" | "$queryRaw">;

/** Every window's length in hours, as stored in `windowHours`. */
export const VIEW_WINDOW_HOURS: number[] = [...new Set(Object.values(WINDOW_HOURS))].sort((a, b) => a - b);

/** Where each window should start at `now`: the current UTC hour minus its length. */
function windowStartAt(now: Date, hours: SqlFragment): SqlFragment {
  return sql`${utcHourStart(now)} - ${hours} * interval '1 hour'`;
}

const WINDOW_HOURS_COLUMN = sql`"windowHours"`;

/**
 * Brings every window's start up to `now` (current UTC hour minus the window's
 * length), taking the hours that left it off the sums. Cheap when nothing is
 * due (one indexed read of four rows); after a long pause it reads every hour
 * that left a window, hence the generous transaction timeout. Returns the
 * number of windows moved.
 */
export async function advanceViewWindows(client: Client, now = new Date()): Promise<number> {
  const newStart = windowStartAt(now, WINDOW_HOURS_COLUMN);
  // Almost always nothing is due: answer that without a transaction.
  const [pending] = await client.$queryRaw<{ due: boolean }[]>`
    SELECT EXISTS (SELECT 1 FROM "ViewWindowState" WHERE "startsAt" < ${newStart}) AS due`;
  if (!pending?.due) return 0;
  return client.$transaction(async (tx: Prisma.TransactionClient) => {
    // The pool's statement limit (30 s) is for requests; this move may read a
    // long pause's worth of hours, bounded by the transaction's own timeout.
    await tx.$executeRaw`SET LOCAL statement_timeout = '120s'`;
    // Statement 1 takes the locks: a flush that read the old start holds a
    // share lock until it commits, so this waits for it.
    const due = await tx.$queryRaw<{ windowHours: number }[]>`
      SELECT "windowHours" FROM "ViewWindowState" WHERE "startsAt" < ${newStart}
      ORDER BY "windowHours"
      FOR UPDATE`;
    if (due.length === 0) return 0;
    const hours = due.map((d) => d.windowHours);
    // Statement 2 sees every committed hourly row (READ COMMITTED takes a new snapshot).
    await tx.$executeRaw`
      WITH due AS (
        SELECT "windowHours", "startsAt", ${newStart} AS "newStart"
        FROM "ViewWindowState" WHERE "windowHours" = ANY(${hours}::int[])
      ),
      expired AS (
        SELECT d."windowHours", h."articleId", sum(h."views")::int AS views
        FROM due d
        JOIN "ArticleViewHourly" h ON h."hour" >= d."startsAt" AND h."hour" < d."newStart"
        GROUP BY d."windowHours", h."articleId"
      ),
      subtracted AS (
        UPDATE "ArticleViewWindow" w SET "views" = w."views" - e.views
        FROM expired e
        WHERE w."windowHours" = e."windowHours" AND w."articleId" = e."articleId"
      )
      UPDATE "ViewWindowState" s SET "startsAt" = d."newStart"
      FROM due d WHERE s."windowHours" = d."windowHours"`;
    await tx.$executeRaw`
      DELETE FROM "ArticleViewWindow" WHERE "windowHours" = ANY(${hours}::int[]) AND "views" <= 0`;
    return hours.length;
  }, { maxWait: 10_000, timeout: 120_000 });
}

/**
 * Recomputes every window, and the sections' hourly sums (the dashboard's
 * series, by each article's current section), from the hourly rows, for data
 * written around the flush (the demo seed, the bench). Run it inside a
 * transaction; while other writers may be running, use rebuildViewWindowsLocked().
 */
export async function rebuildViewWindows(tx: Sql, now = new Date()): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ViewWindowState" ("windowHours", "startsAt")
    SELECT h, ${windowStartAt(now, sql`h`)}
    FROM unnest(${VIEW_WINDOW_HOURS}::int[]) AS h
    ON CONFLICT ("windowHours") DO UPDATE SET "startsAt" = EXCLUDED."startsAt"`;
  await tx.$executeRaw`DELETE FROM "ViewWindowState" WHERE NOT ("windowHours" = ANY(${VIEW_WINDOW_HOURS}::int[]))`;
  await tx.$executeRaw`DELETE FROM "ArticleViewWindow"`;
  await tx.$executeRaw`
    INSERT INTO "ArticleViewWindow" ("windowHours", "articleId", "views")
    SELECT s."windowHours", v."articleId", sum(v."views")::int
    FROM "ViewWindowState" s
    JOIN "ArticleViewHourly" v ON v."hour" >= s."startsAt"
    GROUP BY s."windowHours", v."articleId"`;
  await tx.$executeRaw`DELETE FROM "SectionViewHourly"`;
  await tx.$executeRaw`
    INSERT INTO "SectionViewHourly" ("hour", "sectionId", "views")
    SELECT v."hour", a."sectionId", sum(v."views")::int
    FROM "ArticleViewHourly" v
    JOIN "Article" a ON a.id = v."articleId"
    GROUP BY v."hour", a."sectionId"`;
}

/**
 * rebuildViewWindows() under an exclusive lock on the window starts: flushes
 * and moves (which lock those rows) wait for it and then carry on from the
 * new state, so nothing written meanwhile is missed. For operators
 * (`npm run views:rebuild`) and for a window list that changed in code.
 */
export async function rebuildViewWindowsLocked(client: Client, now = new Date()): Promise<void> {
  await client.$transaction(
    async (tx: Prisma.TransactionClient) => {
      // Bounded by the transaction's timeout, not the pool's statement limit.
      await tx.$executeRaw`SET LOCAL statement_timeout = '600s'`;
      await tx.$executeRaw`LOCK TABLE "ViewWindowState" IN EXCLUSIVE MODE`;
      await rebuildViewWindows(tx, now);
    },
    { maxWait: 10_000, timeout: 600_000 },
  );
}

/**
 * On server start: when the stored windows are not exactly VIEW_WINDOW_HOURS
 * (a window added or removed in code since the data was written), rebuilds
 * them. Returns true when it did.
 */
export async function ensureViewWindows(client: Client, now = new Date()): Promise<boolean> {
  const rows = await client.$queryRaw<{ windowHours: number }[]>`SELECT "windowHours" FROM "ViewWindowState" ORDER BY "windowHours"`;
  if (rows.map((r) => r.windowHours).join() === VIEW_WINDOW_HOURS.join()) return false;
  await rebuildViewWindowsLocked(client, now);
  return true;
}
