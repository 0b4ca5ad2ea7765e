// The server Playwright tests run against: `npm start` on a fresh database.
// With TEST_DATABASE_URL, a new database on that server; else a new embedded one.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freshDatabase } from "./fresh-database";

async function main() {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    // One database per port, so several checkouts can run their suites at once.
    process.env.DATABASE_URL = await freshDatabase(serverUrl, `rundblick_e2e_${process.env.PORT ?? "3100"}`);
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
