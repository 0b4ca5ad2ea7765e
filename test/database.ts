import pg from "pg";
import { startEmbeddedPostgres } from "../scripts/embedded-postgres";
import { applyMigrations } from "../scripts/schema-engine";

export type TestDatabase = { url: string; poolMax?: number; drop(): Promise<void> };

/**
 * A fresh, migrated database for one test run: a new database on the server in
 * TEST_DATABASE_URL when set, else an in-memory embedded Postgres.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  let database: TestDatabase;
  if (serverUrl) {
    const name = `rundblick_${label}_${Date.now()}_${process.pid}`;
    await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    database = {
      url: url.toString(),
      drop: () => withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)),
    };
  } else {
    const embedded = await startEmbeddedPostgres();
    database = { url: embedded.url, poolMax: 1, drop: () => embedded.stop() };
  }
  await applyMigrations(database.url);
  return database;
}

async function withAdminClient(url: string, work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
