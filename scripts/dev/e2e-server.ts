// The server Playwright tests run against: `npm start` on a fresh database.
// With TEST_DATABASE_URL, a new database on that server; else a new embedded one.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

async function freshDatabase(serverUrl: string): Promise<string> {
  // One database per port, so several checkouts can run their suites at once.
  const name = `rundblick_e2e_${process.env.PORT ?? "3100"}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    process.env.DATABASE_URL = await freshDatabase(serverUrl);
  } else {
    delete process.env.DATABASE_URL;
    process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "rundblick-e2e-"));
  }
  await import("../server/start");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
