import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

/** `npm start`'s launcher with extra environment; a database nobody listens on, so a start that got that far would say so. */
function start(env: Record<string, string>) {
  const began = Date.now();
  const run = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/server/start.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "postgresql://nobody@127.0.0.1:1/nothing", PORT: "3999", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { ...run, seconds: (Date.now() - began) / 1000 };
}

describe("npm start", () => {
  it("refuses to start on a TRUST_PROXY it would have to guess at, saying why", () => {
    const run = start({ TRUST_PROXY: "off" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/TRUST_PROXY="off" ist ungültig/);
    // Nothing was started: no database step, no build.
    expect(run.stdout).not.toMatch(/Datenbank|Migration|Baue/);
  });

  it("stops at once on a bad setting, before any database, migration or build, naming the variable in German", () => {
    const run = start({ RESPONSE_CACHE_MB: "abc" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('RESPONSE_CACHE_MB="abc" ist ungültig: erwartet wird eine Zahl von Megabytes (0 = aus).');
    expect(run.stderr).toContain("Der Server wurde nicht gestartet.");
    expect(run.stdout).not.toMatch(/Datenbank|Migration|Baue|Starte/);
    expect(run.seconds).toBeLessThan(15);
  });

  it("names every bad setting at once", () => {
    const run = start({ PORT: "achtzig", REDIS_URL: "localhost:6379" });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/PORT="achtzig" ist ungültig/);
    expect(run.stderr).toMatch(/REDIS_URL="localhost:6379" ist ungültig/);
  });
});
