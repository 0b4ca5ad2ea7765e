/**
 * `npm run db:migration -- <name>`: writes the next migration,
 * prisma/migrations/<UTC YYYYMMDDHHMMSS>_<name>/migration.sql, with the SQL that
 * takes a database from the existing migrations to prisma/schema.prisma.
 * Needs no database server: the migrations are replayed on an in-memory PGlite
 * (or, with `--shadow-server=<postgres-url>`, on a temporary database there).
 * SCHEMA_ENGINE_DEBUG=1 prints the engine's own log and traces to stderr.
 */
import path from "node:path";
import { diffMigrations, MIGRATIONS_DIR, SCHEMA_PATH, SchemaEngineError, writeMigration } from "./schema-engine";

const USAGE = `Usage: npm run db:migration -- <name> [--shadow-server=<postgres-url>]
  <name>            what the migration does, e.g. add_article_subtitle
  --shadow-server   replay the migrations in a temporary database on this Postgres
                    server instead of an in-memory PGlite`;

class UsageError extends Error {}

/** Prisma-style folder suffix: lower case, words joined by `_`. */
function normalizeName(raw: string): string {
  const name = raw
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!name) throw new UsageError(`"${raw}" is not usable as a migration name (use letters, digits and _).`);
  return name;
}

function parseArgs(argv: string[]): { name: string; shadowServerUrl?: string } {
  let name: string | undefined;
  let shadowServerUrl: string | undefined;
  for (const arg of argv) {
    if (arg === "-h" || arg === "--help") throw new UsageError("");
    if (arg.startsWith("--shadow-server=")) shadowServerUrl = arg.slice("--shadow-server=".length);
    else if (arg.startsWith("-")) throw new UsageError(`Unknown option ${arg}.`);
    else if (name === undefined) name = arg;
    else throw new UsageError(`Give one migration name, got "${name}" and "${arg}" (quote names with spaces).`);
  }
  if (name === undefined) throw new UsageError("Missing the migration name.");
  return { name: normalizeName(name), shadowServerUrl: shadowServerUrl || undefined };
}

async function main(): Promise<void> {
  const { name, shadowServerUrl } = parseArgs(process.argv.slice(2));
  const rel = (p: string) => path.relative(process.cwd(), p) || ".";
  console.log(`Comparing ${rel(MIGRATIONS_DIR)} with ${rel(SCHEMA_PATH)} …`);

  const sql = await diffMigrations({
    shadowServerUrl,
    log: (line) => console.log(`  ${line}`),
    engineLog: process.env.SCHEMA_ENGINE_DEBUG ? (line) => console.error(line) : undefined,
  });
  if (sql === null) {
    console.log(`No changes: ${rel(SCHEMA_PATH)} matches the migrations. Nothing written.`);
    return;
  }
  const folder = await writeMigration(name, sql);
  const steps = sql.split("\n").filter((line) => /^-- [A-Z]/.test(line)).length;
  console.log(`Wrote ${rel(path.join(MIGRATIONS_DIR, folder, "migration.sql"))} (${steps} step(s)).`);
  console.log("Review the SQL, then apply it with `npm run db:migrate`.");
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    if (error.message) console.error(`Error: ${error.message}\n`);
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  console.error(`Error: could not create the migration.\n${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof SchemaEngineError && error.trace && process.env.SCHEMA_ENGINE_DEBUG) console.error(error.trace);
  process.exitCode = 1;
});
