import pg from "pg";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from ".";
import { healthResponse } from "./health";

/** A real driver error: a connection to a port where no database listens, as a user the world should not learn. */
async function unreachableDatabase(): Promise<void> {
  const client = new pg.Client({ connectionString: "postgresql://geheimer_nutzer@127.0.0.1:1/interne_db", connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
  } finally {
    await client.end().catch(() => {});
  }
}

describe("GET /api/health answer", () => {
  // The client's first query opens its pool and loads the engine: seconds on a busy machine,
  // which the health check's 2-s limit is not about.
  beforeAll(() => db.$queryRaw`SELECT 1`);
  afterEach(() => vi.restoreAllMocks());

  it("is 200 ok while the database answers", async () => {
    const response = await healthResponse();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok", db: "ok" });
  });

  it("says only 'unreachable' when the database is down, and logs the reason", async () => {
    const logged: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void logged.push(args.join(" ")));
    const response = await healthResponse(unreachableDatabase);
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ status: "error", db: "unreachable" });
    expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|geheimer_nutzer|interne_db/);
    // The operator still learns why.
    expect(logged.join("\n")).toMatch(/ECONNREFUSED/);
  });
});
