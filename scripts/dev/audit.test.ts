// `npm run audit:prod` against a stand-in registry on 127.0.0.1: a refused
// advisory request must read as "not audited" (never as a pass), a high
// advisory must fail, a moderate one must not.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

type Answer = { status: number; body?: unknown };
let answer: Answer = { status: 405 };
let server: Server;
let registry: string;
// npm caches what it computed per advisory; a cache of its own keeps these
// made-up advisories out of the user's cache and apart from each other.
let npmCache: string;

beforeAll(async () => {
  npmCache = mkdtempSync(path.join(tmpdir(), "audit-test-npm-cache-"));
  server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      // Only the advisory endpoint answers; package documents (asked for when
      // npm looks for fixes) are "not found".
      const isAudit = req.method === "POST" && req.url === "/-/npm/v1/security/advisories/bulk";
      const { status, body } = isAudit ? answer : { status: 404, body: undefined };
      const text = body === undefined ? "" : JSON.stringify(body);
      res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(npmCache, { recursive: true, force: true });
});

function runAudit(args: string[] = [], registryUrl = registry): Promise<{ code: number; out: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    npm_config_registry: registryUrl,
    npm_config_audit_registry: "",
    npm_config_cache: npmCache,
  };
  delete env.npm_execpath;
  return new Promise((resolve) => {
    execFile(TSX, ["scripts/dev/audit.ts", ...args], { cwd: ROOT, env, timeout: 50_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolve({ code, out: `${stdout}\n${stderr}` });
    });
  });
}

let advisoryId = 1000;

function advisory(severity: string) {
  return {
    next: [
      {
        id: ++advisoryId,
        url: "https://advisories.invalid/TEST-1",
        title: `Made-up ${severity} advisory`,
        severity,
        vulnerable_versions: ">=0.0.0",
        cwe: [],
        cvss: { score: 0, vectorString: null },
      },
    ],
  };
}

describe("npm run audit:prod", { timeout: 60_000 }, () => {
  it("says NOT AUDITED and exits 0 when the registry refuses the advisory request", async () => {
    answer = { status: 405 };
    const { code, out } = await runAudit();
    expect(code).toBe(0);
    expect(out).toContain("NOT AUDITED");
    expect(out).toContain("405");
    expect(out).not.toContain("OK:");
    expect(out).toMatch(/^ {2}next@\d+\.\d+\.\d+$/m);
  });

  it("fails with --strict when the advisory database is unreachable", async () => {
    answer = { status: 404 };
    const { code, out } = await runAudit(["--strict"]);
    expect(code).toBe(2);
    expect(out).toContain("NOT AUDITED");
  });

  it("says NOT AUDITED when there is no registry at all", async () => {
    const { code, out } = await runAudit([], "http://127.0.0.1:9/");
    expect(code).toBe(0);
    expect(out).toContain("NOT AUDITED");
  });

  it("fails on a high advisory and names it", async () => {
    answer = { status: 200, body: advisory("high") };
    const { code, out } = await runAudit();
    expect(code).toBe(1);
    expect(out).toContain("Made-up high advisory");
    expect(out).toContain("FAILED");
  });

  it("passes with only a moderate advisory, still listing it", async () => {
    answer = { status: 200, body: advisory("moderate") };
    const { code, out } = await runAudit();
    expect(code).toBe(0);
    expect(out).toContain("Made-up moderate advisory");
    expect(out).toContain("OK: no high or critical advisory");
  });

  it("passes when the advisory database knows nothing", async () => {
    answer = { status: 200, body: {} };
    const { code, out } = await runAudit();
    expect(code).toBe(0);
    expect(out).toContain("0 critical, 0 high");
    expect(out).toContain("OK:");
  });
});
