import { afterAll, inject } from "vitest";
import { createTestDatabase } from "./database";

// Every test file gets its own fresh database, so files cannot see each other's
// writes. lib/db/index.ts reads these variables on first use.
const database = await createTestDatabase(inject("templateDatabase"));
process.env.DATABASE_URL = database.url;
process.env.DATABASE_POOL_MAX = String(database.poolMax);

afterAll(async () => {
  const client = (globalThis as { rundblickPrisma?: { $disconnect(): Promise<void> } }).rundblickPrisma;
  await client?.$disconnect();
  await database.drop();
});
