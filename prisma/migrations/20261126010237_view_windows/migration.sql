-- Pre-aggregated ranking windows: per-article view sums for 1 h, 24 h, 7 and
-- 30 days, kept current by the flush and by advanceViewWindows().

-- CreateTable
CREATE TABLE "ArticleViewWindow" (
    "windowHours" INTEGER NOT NULL,
    "articleId" INTEGER NOT NULL,
    "views" INTEGER NOT NULL,

    CONSTRAINT "ArticleViewWindow_pkey" PRIMARY KEY ("windowHours","articleId")
);

-- CreateTable
CREATE TABLE "ViewWindowState" (
    "windowHours" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ViewWindowState_pkey" PRIMARY KEY ("windowHours")
);

-- CreateIndex
CREATE INDEX "ArticleViewWindow_windowHours_views_idx" ON "ArticleViewWindow"("windowHours", "views" DESC);

-- AddForeignKey
ALTER TABLE "ArticleViewWindow" ADD CONSTRAINT "ArticleViewWindow_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Start every window at the current UTC hour minus its length (the same
-- bounds as the ranking used so far) and fill it from the hourly rows.
INSERT INTO "ViewWindowState" ("windowHours", "startsAt")
SELECT h, date_trunc('hour', now() AT TIME ZONE 'UTC') - h * interval '1 hour'
FROM unnest(ARRAY[1, 24, 168, 720]) AS h;

INSERT INTO "ArticleViewWindow" ("windowHours", "articleId", "views")
SELECT s."windowHours", v."articleId", sum(v."views")::int
FROM "ViewWindowState" s
JOIN "ArticleViewHourly" v ON v."hour" >= s."startsAt"
GROUP BY s."windowHours", v."articleId";
