/**
 * Several readers' renderers (READER_RENDERERS): a server of its own (the
 * real launcher on a fresh database) with two, and without the response
 * cache (RESPONSE_CACHE_MB=0), so every reader request is rendered by one of
 * them and each keeps its own "use cache" entries. Reader requests are
 * spread over both, and an editor's save in the newsroom's renderer reaches
 * both (the front passes the expiry on to every renderer).
 */
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { E2E_ADMIN } from "../playwright.config";
import { logIn, save } from "./admin-helpers";
import { articlePath, published } from "./content";
import { descendants, launchServer, stopServer } from "./launch";

const SERVER_URL = process.env.TEST_DATABASE_URL;
const PORT = Number(process.env.E2E_PORT ?? 3100) + 94;
const BASE = `http://127.0.0.1:${PORT}`;
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

test.skip(!SERVER_URL, "needs PostgreSQL (TEST_DATABASE_URL): on the embedded database one renderer serves everything");
test.describe.configure({ mode: "serial" });
test.use({ baseURL: BASE });

let launcher: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  launcher = await launchServer({
    script: "scripts/dev/e2e-server.ts",
    env: {
      ...process.env,
      PORT: String(PORT),
      SITE_URL: BASE,
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      READER_RENDERERS: "2",
      RESPONSE_CACHE_MB: "0",
    },
    base: BASE,
    logName: "server-reader-renderers.log",
    name: "Der Server mit zwei Leser-Renderern",
  });
});

test.afterAll(async () => {
  await stopServer(launcher);
});

/** The readers' renderers' process ids, "readers" and "readers-2". */
function readersRenderers(): number[] {
  const pids = [...descendants(launcher.pid!, "scripts/server/renderer.ts readers"), ...descendants(launcher.pid!, "scripts/server/renderer.ts readers-2")];
  return [...new Set(pids)];
}

async function articleId(path: string): Promise<number> {
  const database = new URL(SERVER_URL!);
  database.pathname = `/rundblick_e2e_${PORT}`;
  const client = new pg.Client({ connectionString: database.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>(`SELECT id FROM "Article" WHERE slug = $1`, [path.split("/").pop()]);
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}

/** CPU time a process has used, in clock ticks (user + system, /proc/<pid>/stat). */
function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

function headline(html: string): string {
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? "(keine Überschrift)";
}

async function get(path: string, timeoutMs = 10_000): Promise<{ status: number; body: string }> {
  const response = await fetch(BASE + path, { headers: { "user-agent": FIREFOX }, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
  return { status: response.status, body: await response.text() };
}

test("two readers' renderers run, and an editor's save reaches the cached reads of both", async ({ page }) => {
  const renderers = readersRenderers();
  expect(renderers).toHaveLength(2);
  const path = articlePath(published[2]!);
  // One after the other, equally idle: the requests take turns, so each renderer reads the article into its own entries.
  const cpuBefore = renderers.map(cpuTicks);
  for (let i = 0; i < 4; i++) expect((await get(path)).status).toBe(200);
  const cpuAfter = renderers.map(cpuTicks);
  // Both rendered (a render costs tens of milliseconds of CPU; a tick is 10 ms).
  expect(cpuAfter.map((ticks, i) => ticks - cpuBefore[i]!).every((spent) => spent >= 2), `${cpuBefore} → ${cpuAfter}`).toBe(true);

  await logIn(page);
  await page.goto(`/admin/artikel/${await articleId(path)}`);
  const title = `Für beide Leser-Renderer ${Date.now()}`;
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await save(page);

  // Every reader request after the save, whichever renderer takes it, shows the new title.
  const headlines = await Promise.all(Array.from({ length: 6 }, () => get(path).then((answer) => headline(answer.body))));
  expect(new Set(headlines)).toEqual(new Set([title]));
});
