-- Search at archive scale (docs/search.md, "Archive scale"): where the
-- server offers the RUM extension (Debian: postgresql-15-rum), a RUM index
-- over the search vector with the publish time attached. It returns a
-- word's hits newest first from the index, without visiting the row of every
-- hit as GIN must; the search uses it for words that are not among the most
-- common (lib/search/sql.ts) and the GIN index otherwise. Where RUM is
-- missing (the embedded PGlite, managed services without it), or this user
-- may not create it (rum is not a trusted extension: a superuser must run
-- CREATE EXTENSION), the migration does nothing, so one migration history
-- serves both; docs/operations.md says how to add the index later.
-- Prisma cannot express a RUM index: a diff against a shadow database on a
-- server with rum proposes to drop it (npm run db:migration replays on
-- PGlite by default, which has no rum).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum') THEN
    RETURN;
  END IF;
  BEGIN
    EXECUTE 'CREATE EXTENSION IF NOT EXISTS rum';
  EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'rum is available, but this user may not create the extension: search uses the GIN index';
    RETURN;
  END;
  EXECUTE 'CREATE INDEX IF NOT EXISTS "Article_searchVector_rum_idx" ON "Article" '
       || 'USING rum ("searchVector" rum_tsvector_addon_ops, "publishedAt") '
       || 'WITH (attach = ''publishedAt'', to = ''searchVector'')';
END
$$;
