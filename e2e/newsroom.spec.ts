/**
 * The newsroom's own renderer (NEWSROOM_RENDERER, on by default with
 * PostgreSQL): a server of its own (the real launcher on a fresh database),
 * whose readers' renderer process the test stops (SIGSTOP) as the worst case
 * of a renderer saturated by readers. Admin pages, the API and an editor's
 * save still answer within 2 s, served by the newsroom's renderer, while
 * reader pages that need a render wait. After a save, the pages readers
 * already had render again on the newsroom's renderer (lib/http/reader-pages.ts,
 * `refresh`), so the next reader request shows it even while first visits
 * hold the readers' renderer; and a scheduled article's time expires the
 * cached reads of both renderers.
 *
 * Run with NEWSROOM_RENDERER=0 to see the first test fail: then the one
 * renderer it stops serves the newsroom too.
 */
import type { ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { E2E_ADMIN } from "../playwright.config";
import { logIn, save } from "./admin-helpers";
import { articlePath, drafts, published } from "./content";
import { launchServer, rendererProcesses, stopServer } from "./launch";

const SERVER_URL = process.env.TEST_DATABASE_URL;
const PORT = Number(process.env.E2E_PORT ?? 3100) + 93;
const BASE = `http://127.0.0.1:${PORT}`;
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

test.skip(!SERVER_URL, "needs PostgreSQL (TEST_DATABASE_URL): on the embedded database one renderer serves readers and newsroom");
test.describe.configure({ mode: "serial" });
test.use({ baseURL: BASE });

let launcher: ChildProcess;
let direct: pg.Client;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  // The real launcher on a fresh database (scripts/dev/e2e-server.ts names it by port).
  launcher = await launchServer({
    script: "scripts/dev/e2e-server.ts",
    // One readers' renderer, whatever the machine's cores: the test stops it to saturate the readers' side.
    env: { ...process.env, PORT: String(PORT), SITE_URL: BASE, ADMIN_EMAIL: E2E_ADMIN.email, ADMIN_PASSWORD: E2E_ADMIN.password, READER_RENDERERS: "1" },
    base: BASE,
    logName: "server.log",
    name: "Der Server mit Redaktions-Renderer",
  });
  const database = new URL(SERVER_URL!);
  database.pathname = `/rundblick_e2e_${PORT}`;
  direct = new pg.Client({ connectionString: database.toString() });
  await direct.connect();
});

test.afterAll(async () => {
  await direct?.end();
  await stopServer(launcher);
});

/** The renderer process that renders reader pages: "readers", or the only one with NEWSROOM_RENDERER=0. */
function readersRenderer(): number {
  const renderers = rendererProcesses(launcher.pid!);
  const pid = renderers.readers ?? renderers.renderer;
  expect(pid, JSON.stringify(renderers)).toBeDefined();
  return pid!;
}

async function articleId(path: string): Promise<number> {
  const { rows } = await direct.query<{ id: number }>(`SELECT id FROM "Article" WHERE slug = $1`, [path.split("/").pop()]);
  return rows[0]!.id;
}

/** The page's headline (its h1), so a failure shows it rather than the whole page. */
function headline(html: string): string {
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? "(keine Überschrift)";
}

type Answer = { status: number; ms: number; body: string; cache: string | null };

async function get(path: string, timeoutMs = 10_000): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(BASE + path, { headers: { "user-agent": FIREFOX }, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
  const body = await response.text();
  return { status: response.status, ms: performance.now() - started, body, cache: response.headers.get("x-rundblick-cache") };
}

test("while the readers' renderer is stopped, admin pages, the API and an editor's save answer within 2 s", async ({ page }) => {
  test.setTimeout(120_000);
  const path = articlePath(published[3]!);
  const id = await articleId(path);
  await logIn(page);
  await page.goto(`/admin/artikel/${id}`);
  expect((await get(path)).status).toBe(200);

  const readers = readersRenderer();
  process.kill(readers, "SIGSTOP");
  // Reader pages that need a render: held by the stopped process (never seen, so the front has no copy).
  const stuck = Array.from({ length: 8 }, (_, i) => get(`/suche?q=stau${i}-${Date.now()}`, 1_500).then(
    (answer) => `answered ${answer.status} ${answer.cache}`,
    () => "no answer within 1.5 s",
  ));
  const title = `Die Redaktion arbeitet weiter ${Date.now()}`;
  try {
    const health = await get("/api/health", 2_000);
    expect(health.status, health.body).toBe(200);
    const login = await get("/admin/login", 2_000);
    expect(login.status).toBe(200);
    expect(login.body).toContain("Anmelden");

    let started = performance.now();
    await page.goto(`/admin/artikel/${id}`, { timeout: 5_000 });
    const editorMs = performance.now() - started;
    await page.getByLabel("Titel", { exact: true }).fill(title);
    started = performance.now();
    await save(page);
    const saveMs = performance.now() - started;
    test.info().annotations.push({ type: "timings", description: `editor page ${Math.round(editorMs)} ms, save ${Math.round(saveMs)} ms` });
    expect(editorMs).toBeLessThan(2_000);
    expect(saveMs).toBeLessThan(2_000);

    // The reader renders really were held: this is the renderer the newsroom does not need.
    expect(new Set(await Promise.all(stuck))).toEqual(new Set(["no answer within 1.5 s"]));
  } finally {
    process.kill(readers, "SIGCONT");
  }
  // Going again, the readers' renderer shows the save (its cached reads were expired while it was stopped, once it ran again).
  await expect.poll(async () => headline((await get(path)).body), { timeout: 15_000 }).toBe(title);
});

test("after a save in the newsroom's renderer, the very next reader request shows it, rendered again apart from first visits", async ({ page }) => {
  const path = articlePath(published[4]!);
  const id = await articleId(path);
  // The front keeps the page.
  const before = await get(path);
  expect(before.status).toBe(200);
  expect((await get(path)).cache).toBe("HIT");
  // The readers' renderer is held, as when first visits fill it: the page readers already had renders again on the newsroom's.
  const readers = readersRenderer();

  await logIn(page);
  await page.goto(`/admin/artikel/${id}`);
  const title = `Neuer Titel aus der Redaktion ${Date.now()}`;
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await save(page);

  process.kill(readers, "SIGSTOP");
  try {
    const after = await get(path, 3_000);
    expect(after.status).toBe(200);
    expect(after.cache).toBe("MISS");
    expect(headline(after.body)).toBe(title);
    expect((await get(path)).cache).toBe("HIT");
  } finally {
    process.kill(readers, "SIGCONT");
  }
  // That the readers' renderers' own cached reads are expired too: e2e/reader-renderers.spec.ts.
});

test("a scheduled article's time expires the cached reads of both renderers: readers and editors see it on their section page", async ({ page }) => {
  test.setTimeout(60_000);
  const draft = drafts[0]!;
  const link = `href="${articlePath(draft)}"`;
  const section = `/${draft.section}`;
  await logIn(page);
  // The section's list, read into the "use cache" entries of both: a reader's (readers' renderer) and an editor's (newsroom's).
  expect((await get(section)).body).not.toContain(link);
  expect(await (await page.request.get(section)).text()).not.toContain(link);

  // Its time comes in a few seconds; no save expires anything: the front's job does (lib/articles/scheduled.ts).
  await direct.query(`UPDATE "Article" SET status = 'SCHEDULED', "publishedAt" = now() + interval '3 seconds' WHERE slug = $1`, [
    articlePath(draft).split("/").pop(),
  ]);
  await expect.poll(async () => (await get(section)).body.includes(link), { timeout: 20_000 }).toBe(true);
  await expect.poll(async () => (await (await page.request.get(section)).text()).includes(link), { timeout: 5_000 }).toBe(true);
});

