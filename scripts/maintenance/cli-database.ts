/**
 * The database for a maintenance command: DATABASE_URL, else the embedded one
 * in DATA_DIR (default .data), which must exist and must not be in use by a
 * running `npm start` (its lock file says so).
 */
import { existsSync } from "node:fs";
import { createPrismaClient, type PrismaClient } from "../../lib/db/prisma-client";
import { settings } from "../../lib/runtime";
import { dataDirFromEnv, startEmbeddedPostgres, type EmbeddedPostgres } from "../db/embedded-postgres";

export async function withDatabase<T>(work: (prisma: PrismaClient) => Promise<T>): Promise<T> {
  let embedded: EmbeddedPostgres | undefined;
  let url = settings().databaseUrl;
  if (!url) {
    const dataDir = dataDirFromEnv();
    if (!existsSync(dataDir)) throw new Error(`Keine eingebettete Datenbank in ${dataDir} (und keine DATABASE_URL): zuerst npm start.`);
    embedded = await startEmbeddedPostgres(dataDir);
    url = embedded.url;
  }
  // Maintenance (e.g. rebuilding the ranking windows) may run longer than a page may wait.
  // The embedded database takes one connection (lib/runtime/settings.mjs says why).
  const prisma = createPrismaClient(url, { statementTimeoutMs: 0, ...(embedded ? { poolMax: 1 } : {}) });
  try {
    return await work(prisma);
  } finally {
    await prisma.$disconnect();
    await embedded?.stop();
  }
}

/** Runs a command's main, printing a failure as one German line and exiting 1. */
export function runCommand(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(`✘ ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
