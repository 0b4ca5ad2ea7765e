/**
 * The app's Prisma client without the `server-only` marker, for code that also
 * runs outside Next's bundles (the beacon fast path in scripts/server/server.ts).
 * App code imports lib/db/index.ts.
 */
import { existingProcessSingleton, forgetProcessSingleton, processSingleton } from "../runtime/process-state.mjs";
import { createPrismaClient, type PrismaClient } from "./prisma-client";

/** The process's client, also when Next's bundles load this module more than once. */
export function databaseClient(): PrismaClient {
  return processSingleton("prisma", () => createPrismaClient());
}

/** Closes the process's client if it was ever opened (tests' teardown). */
export async function disconnectDatabaseClient(): Promise<void> {
  const client = existingProcessSingleton("prisma") as PrismaClient | undefined;
  forgetProcessSingleton("prisma");
  await client?.$disconnect();
}

/**
 * The app's one Prisma client, created on first use rather than on import, so
 * `next build` (which imports every route) needs no DATABASE_URL. One per
 * process, hot reloads in development included.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const target = databaseClient();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
