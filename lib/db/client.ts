/**
 * The app's Prisma client without the `server-only` marker, for code that also
 * runs outside Next's bundles (the beacon fast path in scripts/server/server.ts).
 * App code imports lib/db/index.ts.
 */
import { createPrismaClient, type PrismaClient } from "./prisma-client";

const globalForPrisma = globalThis as unknown as { rundblickPrisma?: PrismaClient };

function client(): PrismaClient {
  globalForPrisma.rundblickPrisma ??= createPrismaClient();
  return globalForPrisma.rundblickPrisma;
}

/**
 * The app's one Prisma client, created on first use rather than on import, so
 * `next build` (which imports every route) needs no DATABASE_URL. Reused across
 * hot reloads in development through globalThis.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
