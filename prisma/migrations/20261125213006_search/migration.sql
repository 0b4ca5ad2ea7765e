-- Full-text search over articles with the German snowball stemmer.
-- Prisma cannot express a generated column: schema.prisma models it as
-- Unsupported("tsvector")? so later diffs see no change. Weights: headline A,
-- kicker and teaser B, body C (ts_rank_cd ranks A highest).

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('german'::regconfig, "title"), 'A') ||
    setweight(to_tsvector('german'::regconfig, "kicker" || ' ' || "teaser"), 'B') ||
    setweight(to_tsvector('german'::regconfig, "body"), 'C')
) STORED;

-- CreateIndex
CREATE INDEX "Article_searchVector_idx" ON "Article" USING GIN ("searchVector");

-- CreateIndex
-- For words found in many articles the search walks the newest articles first.
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt" DESC);
