import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export type { PrismaClient };

/**
 * Builds a Prisma client on the pg driver. Scripts (seed, launcher, tests) call
 * this directly; the app goes through `lib/db/index.ts`.
 *
 * `DATABASE_POOL_MAX` caps the pool: the embedded database multiplexes every
 * socket onto one PGlite session, so the launcher sets it to 1 there to keep
 * one client's extended-protocol messages from interleaving with another's.
 */
export function createPrismaClient(connectionString = requireDatabaseUrl()): PrismaClient {
  const max = Number(process.env.DATABASE_POOL_MAX) || 10;
  const adapter = new PrismaPg({ connectionString, max });
  return new PrismaClient({ adapter });
}

export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the site with `npm start` (it provides an embedded database) or set DATABASE_URL=postgresql://…",
    );
  }
  return url;
}
