-- Keep the search vector in the row (compressed) and move the body out to
-- TOAST first when a row is too long for a page. Ranking and phrase
-- rechecks read the vector of every hit, the body is read for the 20
-- snippets only. Prisma does not model column storage, so schema.prisma
-- stays as it is. Applies to rows written from now on.

-- AlterTable
ALTER TABLE "Article" ALTER COLUMN "searchVector" SET STORAGE MAIN;
