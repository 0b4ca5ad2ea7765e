/**
 * Varnish in front (issue #25): the real launcher (`npm start`) with
 * VARNISH_URLS set, behind varnishd running deploy/varnish/default.vcl with
 * only the backend's .host and .port changed (test/varnish.ts). A page is a
 * hit through Varnish; a publish shows on the next request through it while
 * an untouched article stays a hit; the "Beliebteste" box is assembled from
 * its own cached piece (ESI); with our server stopped, Varnish keeps serving
 * what it had (grace).
 */
import type { ChildProcess } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { E2E_ADMIN } from "../playwright.config";
import { startVarnish, varnishAvailable, type RunningVarnish } from "../test/varnish";
import { articlePath, published } from "./content";
import { freshDatabase } from "../scripts/dev/fresh-database";
import { launchServer, stopServer } from "./launch";

const DATABASE_SERVER = process.env.TEST_DATABASE_URL;
const PORT = Number(process.env.E2E_PORT ?? 3100) + 98;

test.skip(!DATABASE_SERVER || !varnishAvailable, "needs PostgreSQL (TEST_DATABASE_URL) and /usr/sbin/varnishd (apt-get install varnish varnish-modules)");
test.describe.configure({ mode: "serial" });

let varnish: RunningVarnish;
let launcher: ChildProcess;
let direct: pg.Client;
const origin = `http://127.0.0.1:${PORT}`;

test.beforeAll(async () => {
  test.setTimeout(900_000);
  const database = await freshDatabase(DATABASE_SERVER!, `rundblick_e2e_${PORT}`);

  // Varnish first: the server must know where to send its purges.
  varnish = await startVarnish(PORT);
  launcher = await launchServer({
    script: "scripts/server/start.ts",
    env: {
      ...process.env,
      PORT: String(PORT),
      SITE_URL: varnish.url,
      DATABASE_URL: database,
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      VARNISH_URLS: varnish.url,
      TRUST_PROXY: "1",
    },
    base: origin,
    logName: "server.log",
    name: "Der Server",
  });
  // Varnish's probe found the backend sick while it started; it takes a few probes to trust it again.
  await expect.poll(async () => /healthy/i.test(await varnish.admin("backend.list")), { timeout: 30_000 }).toBe(true);
  direct = new pg.Client({ connectionString: database });
  await direct.connect();
});

test.afterAll(async () => {
  await direct?.end();
  await stopServer(launcher);
  await varnish?.stop();
});

async function throughVarnish(path: string) {
  const response = await fetch(varnish.url + path);
  return { status: response.status, cache: response.headers.get("x-cache"), headers: response.headers, body: await response.text() };
}

async function articleId(path: string): Promise<number> {
  const { rows } = await direct.query<{ id: number }>(`SELECT id FROM "Article" WHERE slug = $1`, [path.split("/").pop()]);
  return rows[0]!.id;
}

async function editTitle(page: Page, id: number, title: string) {
  await page.goto(`${varnish.url}/admin/login`);
  await page.getByLabel("E-Mail-Adresse").fill(E2E_ADMIN.email);
  await page.getByLabel("Passwort").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(`${varnish.url}/admin/artikel/${id}`);
  await page.getByLabel("Titel", { exact: true }).fill(title);
  const before = page.url();
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await page.waitForURL((url) => url.toString() !== before && url.searchParams.has("gespeichert"));
}

test("a reader page is a hit through Varnish, without its tags", async () => {
  const path = articlePath(published[0]!);
  const first = await throughVarnish(path);
  const second = await throughVarnish(path);
  expect(first.status).toBe(200);
  expect([first.cache, second.cache]).toEqual(["MISS", "HIT"]);
  expect(second.headers.get("xkey")).toBeNull();
  // The origin does tag it.
  expect((await fetch(origin + path)).headers.get("xkey")).toContain("article:");
});

test("after a publish the next request through Varnish shows it; an untouched article stays a hit", async ({ page }) => {
  test.setTimeout(120_000);
  const [edited, untouched] = [articlePath(published[1]!), articlePath(published[2]!)];
  for (const path of [edited, untouched]) await throughVarnish(path);
  const title = `Durch Varnish geändert ${Date.now()}`;
  await editTitle(page, await articleId(edited), title);
  // The purge leaves the instance within the purger's window (150 ms) after the save.
  await expect.poll(async () => (await throughVarnish(edited)).body, { timeout: 2_000 }).toContain(title);
  expect((await throughVarnish(untouched)).cache).toBe("HIT");
});

test("the Beliebteste box through Varnish is assembled from its own cached piece", async () => {
  const asVarnish = await fetch(`${origin}/`, { headers: { "surrogate-capability": 'varnish="ESI/1.0"' } });
  const marked = await asVarnish.text();
  expect(asVarnish.headers.get("surrogate-control")).toContain('content="ESI/1.0"');
  const include = /<esi:include src="([^"]+)"/.exec(marked);
  expect(include, "the front page names the box as an ESI piece").not.toBeNull();
  const front = await throughVarnish("/");
  expect(front.body).not.toContain("<esi:include");
  expect(front.body).toContain("Beliebteste Artikel");
  await throughVarnish(include![1]!);
  expect((await throughVarnish(include![1]!)).cache).toBe("HIT");
});

test("with our server stopped, Varnish keeps serving the pages it had (grace)", async () => {
  test.setTimeout(120_000);
  const path = articlePath(published[3]!);
  const before = await throughVarnish(path);
  await stopServer(launcher);
  await expect.poll(async () => /sick/i.test(await varnish.admin("backend.list")), { timeout: 30_000 }).toBe(true);
  const during = await throughVarnish(path);
  expect(during.status).toBe(200);
  expect(during.body).toBe(before.body);
});
