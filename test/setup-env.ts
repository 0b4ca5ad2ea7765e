import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { disconnectDatabaseClient } from "../lib/db/client";
import { createTestDatabase } from "./database";

// Every test file gets its own fresh database, so files cannot see each other's
// writes. lib/db/index.ts reads these variables on first use.
const database = await createTestDatabase(inject("templateDatabase"));
process.env.DATABASE_URL = database.url;
process.env.DATABASE_POOL_MAX = String(database.poolMax);
// Pictures the tests store (uploads, the demo content's) go to a folder of this file's own.
process.env.PICTURES_DIR = mkdtempSync(path.join(tmpdir(), "rundblick-bilder-"));

afterAll(async () => {
  rmSync(process.env.PICTURES_DIR!, { recursive: true, force: true });
  await disconnectDatabaseClient();
  await database.drop();
});
