import pg from "pg";
import { startEmbeddedPostgres } from "../scripts/db/embedded-postgres";
import { applyMigrations } from "../scripts/db/schema-engine";

export type TestDatabase = { url: string; poolMax: number; drop(): Promise<void> };

async function withAdminClient(url: string, work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

function withDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const uniqueName = (label: string) => `rundblick_${label}_${Date.now()}_${process.pid}_${Math.floor(Math.random() * 1e6)}`;

/** CREATE DATABASE on the server (as a copy of `template` if given); the database with its drop. */
async function createServerDatabase(serverUrl: string, label: string, template?: string): Promise<TestDatabase & { name: string }> {
  const name = uniqueName(label);
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`));
  return {
    name,
    url: withDatabase(serverUrl, name),
    poolMax: 5,
    drop: () => withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}

/** A new, migrated database on the server. */
async function createMigratedServerDatabase(serverUrl: string, label: string) {
  const database = await createServerDatabase(serverUrl, label);
  await applyMigrations(database.url);
  return database;
}

/** A new in-memory embedded Postgres, migrated. */
async function createEmbeddedDatabase(): Promise<TestDatabase> {
  const embedded = await startEmbeddedPostgres();
  await applyMigrations(embedded.url);
  // One connection: PGlite multiplexes every socket onto one session.
  return { url: embedded.url, poolMax: 1, drop: () => embedded.stop() };
}

/**
 * Once per run, on the server in TEST_DATABASE_URL: a migrated template that
 * every test file copies (CREATE DATABASE … TEMPLATE is fast). Null when tests
 * run on the embedded database instead.
 */
export async function createTemplateDatabase(): Promise<{ name: string; drop(): Promise<void> } | null> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? createMigratedServerDatabase(serverUrl, "template") : null;
}

/** A fresh, migrated database for one test file: a copy of the template, or a new in-memory embedded Postgres. */
export async function createTestDatabase(template: string | null): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl && template ? createServerDatabase(serverUrl, "test", template) : createEmbeddedDatabase();
}

/**
 * A migrated scratch database for a benchmark: a new database on the server in
 * TEST_DATABASE_URL, else an in-memory embedded Postgres.
 */
export async function createScratchDatabase(label: string): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? createMigratedServerDatabase(serverUrl, label) : createEmbeddedDatabase();
}
