-- Move an article's body out to TOAST (compressed) once the row passes
-- 1,400 bytes instead of the default 2,032. A search visits the row of
-- every hit (publishedAt, status, search vector) but reads the body of 20
-- only, so narrower rows mean fewer pages per search and more of the table
-- in the buffer cache. The search vector stays in the row (storage MAIN,
-- previous migration). Applies to rows written from now on. Prisma does not
-- model storage parameters, so schema.prisma stays as it is.

-- AlterTable
ALTER TABLE "Article" SET (toast_tuple_target = 1400);
