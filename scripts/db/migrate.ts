/**
 * `npm run db:migrate`: applies all pending migrations in prisma/migrations to
 * DATABASE_URL, recording them in `_prisma_migrations` like
 * `prisma migrate deploy` (which needs the native engine we cannot download).
 * SCHEMA_ENGINE_DEBUG=1 prints the engine's own log and traces to stderr.
 */
import { applyMigrations, redactUrl, SchemaEngineError } from "./schema-engine";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      [
        "Error: DATABASE_URL is not set, so there is no database to migrate.",
        "Set it to the target database, e.g.",
        "  DATABASE_URL=postgresql://user:password@localhost:5432/rundblick npm run db:migrate",
        "(`npm start` without DATABASE_URL migrates its embedded database by itself.)",
      ].join("\n"),
    );
    process.exitCode = 1;
    return;
  }
  if (!/^postgres(ql)?:\/\/./.test(url)) {
    console.error("Error: DATABASE_URL must be a postgresql:// URL, e.g. postgresql://user:password@localhost:5432/rundblick");
    process.exitCode = 1;
    return;
  }
  console.log(`Applying migrations to ${redactUrl(url)} …`);
  const applied = await applyMigrations(url, {
    log: (line) => console.log(`  ${line}`),
    engineLog: process.env.SCHEMA_ENGINE_DEBUG ? (line) => console.error(line) : undefined,
  });
  console.log(applied.length ? `Done: ${applied.length} migration(s) applied.` : "Database schema is up to date; nothing to apply.");
}

main().catch((error: unknown) => {
  console.error(`Error: migrating failed.\n${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof SchemaEngineError && error.trace && process.env.SCHEMA_ENGINE_DEBUG) console.error(error.trace);
  process.exitCode = 1;
});
