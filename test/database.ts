import pg from "pg";
import { startEmbeddedPostgres } from "../scripts/embedded-postgres";
import { applyMigrations } from "../scripts/schema-engine";

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

/**
 * Once per run, on the server in TEST_DATABASE_URL: a migrated template that
 * every test file copies (CREATE DATABASE … TEMPLATE is fast). Null when tests
 * run on the embedded database instead.
 */
export async function createTemplateDatabase(): Promise<{ name: string; drop(): Promise<void> } | null> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return null;
  const name = uniqueName("template");
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  await applyMigrations(withDatabase(serverUrl, name));
  return { name, drop: () => withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)) };
}

/** A fresh, migrated database for one test file: a copy of the template, or a new in-memory embedded Postgres. */
export async function createTestDatabase(template: string | null): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl && template) {
    const name = uniqueName("test");
    await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
    return {
      url: withDatabase(serverUrl, name),
      poolMax: 5,
      drop: () => withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
    };
  }
  const embedded = await startEmbeddedPostgres();
  await applyMigrations(embedded.url);
  // One connection: PGlite multiplexes every socket onto one session.
  return { url: embedded.url, poolMax: 1, drop: () => embedded.stop() };
}

/**
 * A migrated scratch database for a benchmark: a new database on the server in
 * TEST_DATABASE_URL, else an in-memory embedded Postgres.
 */
export async function createScratchDatabase(label: string): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return createTestDatabase(null);
  const name = uniqueName(label);
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  await applyMigrations(withDatabase(serverUrl, name));
  return {
    url: withDatabase(serverUrl, name),
    poolMax: 5,
    drop: () => withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
  };
}
