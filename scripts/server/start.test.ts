import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

describe("npm start", () => {
  it("refuses to start on a TRUST_PROXY it would have to guess at, saying why", () => {
    // A database nobody listens on: without the check the launcher would get as far as connecting to it.
    const run = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/server/start.ts")], {
      cwd: ROOT,
      env: { ...process.env, TRUST_PROXY: "off", DATABASE_URL: "postgresql://nobody@127.0.0.1:1/nothing", PORT: "3999" },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/TRUST_PROXY="off" ist ungültig/);
    // Nothing was started: no database step, no build.
    expect(run.stdout).not.toMatch(/Datenbank|Migration|Baue/);
  });
});
