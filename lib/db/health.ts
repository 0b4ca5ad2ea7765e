import "server-only";
import { db } from "./client";

const DB_TIMEOUT_MS = 2_000;

export type DatabaseHealth = { ok: true } | { ok: false; reason: string };

/** One round trip to the database (by default `SELECT 1` through the app's client), given up after two seconds. */
export async function checkDatabase(probe: () => Promise<unknown> = () => db.$queryRaw`SELECT 1`): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${DB_TIMEOUT_MS} ms`)), DB_TIMEOUT_MS);
  });
  try {
    await Promise.race([probe(), timeout]);
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, reason: `database unreachable: ${message}` };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The answer of `GET /api/health`. Anyone may ask, so it says only whether the
 * database answers; the driver's reason (host, port, user names) goes to the
 * server log, never into the response.
 */
export async function healthResponse(probe?: () => Promise<unknown>): Promise<Response> {
  const health = await checkDatabase(probe);
  const headers = { "Cache-Control": "no-store" };
  if (health.ok) return Response.json({ status: "ok", db: "ok" }, { headers });
  console.error(`GET /api/health: ${health.reason}`);
  return Response.json({ status: "error", db: "unreachable" }, { status: 503, headers });
}
