/**
 * Two instances (the real launcher, `npm start`, twice) on one PostgreSQL
 * database and one Redis, as a newsroom runs them behind a load balancer:
 * what one does, the other knows at once — published and unpublished
 * articles, counted readers, refused passwords — and with Redis away for 30
 * seconds both keep serving and counting.
 */
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { request } from "node:http";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { E2E_ADMIN } from "../playwright.config";
import { articlePath, published } from "./content";
import { freshDatabase } from "../scripts/dev/fresh-database";
import { launchServer, stopServer } from "./launch";
import { Relay } from "./relay";

const DATABASE_SERVER = process.env.TEST_DATABASE_URL;
const REDIS = process.env.TEST_REDIS_URL;
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

test.skip(!DATABASE_SERVER || !REDIS, "needs PostgreSQL (TEST_DATABASE_URL) and Redis (TEST_REDIS_URL)");
test.describe.configure({ mode: "serial" });

type Instance = { name: string; base: string; launcher: ChildProcess };
let a: Instance;
let b: Instance;
let redisRelay: Relay;
let direct: pg.Client;
let databaseName: string;

async function startInstance(name: string, port: number, env: Record<string, string>): Promise<Instance> {
  const base = `http://127.0.0.1:${port}`;
  const launcher = await launchServer({
    script: "scripts/server/start.ts",
    env: { ...process.env, ...env, PORT: String(port), SITE_URL: base },
    base,
    logName: `server-${name}.log`,
    name: `Instanz ${name}`,
  });
  return { name, base, launcher };
}

async function stopInstance(instance: Instance | undefined) {
  await stopServer(instance?.launcher);
}

test.beforeAll(async () => {
  test.setTimeout(900_000);
  const redisUrl = new URL(REDIS!);
  redisRelay = new Relay({ host: redisUrl.hostname, port: Number(redisUrl.port || 6379) });
  const viaRelay = new URL(REDIS!);
  viaRelay.port = String(await redisRelay.listen());

  databaseName = `rundblick_e2e_${BASE_PORT + 95}`;
  const database = await freshDatabase(DATABASE_SERVER!, databaseName);

  const env = {
    DATABASE_URL: database,
    REDIS_URL: viaRelay.toString(),
    // Keys of their own: other test runs may use the same Redis.
    REDIS_PREFIX: `rundblick-e2e-${randomBytes(4).toString("hex")}:`,
    ADMIN_EMAIL: E2E_ADMIN.email,
    ADMIN_PASSWORD: E2E_ADMIN.password,
    VIEWS_FLUSH_MS: "500",
  };
  // One after the other: the first applies the migrations and loads the demo content.
  a = await startInstance("A", BASE_PORT + 96, env);
  b = await startInstance("B", BASE_PORT + 97, env);
  direct = new pg.Client({ connectionString: database });
  await direct.connect();
});

test.afterAll(async () => {
  redisRelay?.mend();
  await direct?.end();
  await Promise.all([stopInstance(a), stopInstance(b)]);
  redisRelay?.server.close();
});

async function status(instance: Instance, path: string): Promise<number> {
  const response = await fetch(instance.base + path, { headers: { "user-agent": FIREFOX }, redirect: "manual" });
  await response.arrayBuffer();
  return response.status;
}

async function html(instance: Instance, path: string): Promise<string> {
  return (await fetch(instance.base + path, { headers: { "user-agent": FIREFOX } })).text();
}

/** One beacon on a connection of its own (no kept-alive socket the server might be closing just then). */
async function beacon(instance: Instance, articleId: number, userAgent: string): Promise<string> {
  const body = JSON.stringify({ articleId });
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      `${instance.base}/api/views`,
      { method: "POST", agent: false, timeout: 5_000, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), "user-agent": userAgent } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, body: text }));
      },
    );
    req.on("timeout", () => req.destroy(new Error("keine Antwort nach 5 s")));
    req.on("error", reject);
    req.end(body);
  });
  expect(answer.status, answer.body).toBe(202);
  return (JSON.parse(answer.body) as { status: string }).status;
}

async function articleId(path: string): Promise<number> {
  const { rows } = await direct.query<{ id: number }>(`SELECT id FROM "Article" WHERE slug = $1`, [path.split("/").pop()]);
  return rows[0]!.id;
}

async function totalViews(id: number): Promise<number> {
  const { rows } = await direct.query<{ totalViews: number }>(`SELECT "totalViews" FROM "Article" WHERE id = $1`, [id]);
  return Number(rows[0]!.totalViews);
}

async function logInOn(page: Page, instance: Instance, password = E2E_ADMIN.password) {
  await page.goto(`${instance.base}/admin/login`);
  await page.getByLabel("E-Mail-Adresse").fill(E2E_ADMIN.email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

async function saveOn(page: Page) {
  const before = page.url();
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await page.waitForURL((url) => url.toString() !== before && url.searchParams.has("gespeichert"));
}

test("an edit, an unpublish and a publish on A are on B's very next request", async ({ page }) => {
  test.setTimeout(120_000);
  const path = articlePath(published[3]!);
  const id = await articleId(path);
  // B has the page in its cache.
  expect(await status(b, path)).toBe(200);
  expect(await status(b, path)).toBe(200);

  await logInOn(page, a);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(`${a.base}/admin/artikel/${id}`);
  const title = `Geändert auf Instanz A ${Date.now()}`;
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await saveOn(page);
  expect(await html(b, path)).toContain(title);

  await page.getByLabel("Status").selectOption("DRAFT");
  await saveOn(page);
  expect(await status(b, path)).toBe(404);

  await page.getByLabel("Status").selectOption("PUBLISHED");
  await saveOn(page);
  expect(await status(b, path)).toBe(200);
});

test("a Liveticker entry posted on A reaches a reader polling B within 20 s", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await logInOn(page, a);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto(`${a.base}/admin/liveticker/neu`);
  await page.getByLabel("Titel", { exact: true }).fill(`Liveticker auf zwei Instanzen ${Date.now()}`);
  await page.getByLabel("Teaser").fill("Ein Liveticker, der auf A geschrieben und auf B gelesen wird.");
  await page.getByLabel("Ressort", { exact: true }).selectOption({ label: "Politik" });
  await page.locator('input[name="authorIds"]').first().check();
  await page.getByLabel("Status", { exact: true }).selectOption("PUBLISHED");
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/liveticker\/\d+$/);
  const path = await page.getByRole("link", { name: "Zur Leserseite" }).getAttribute("href");

  // A reader on B, the page open (its update address cached on B) before the entry exists.
  const context = await browser.newContext();
  const reader = await context.newPage();
  await reader.goto(`${b.base}${path}`);
  await expect(reader.getByText("Noch keine Einträge.")).toBeVisible();

  await page.getByLabel("Eintrag", { exact: true }).fill("Geschrieben auf Instanz A.");
  await page.getByRole("button", { name: "Eintrag veröffentlichen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Eintrag veröffentlicht" })).toBeVisible();
  const posted = Date.now();
  await expect(reader.locator("#liveticker-eintraege > li")).toContainText("Geschrieben auf Instanz A.", { timeout: 20_000 });
  expect(Date.now() - posted).toBeLessThan(20_000);
  await context.close();
});

test("1,000 distinct readers split across A and B are counted exactly; one reader on A and then B counts once", async () => {
  test.setTimeout(120_000);
  const id = await articleId(articlePath(published[4]!));
  const before = await totalViews(id);
  const run = randomBytes(3).toString("hex");
  const answers: string[] = [];
  for (let batch = 0; batch < 10; batch++) {
    answers.push(
      ...(await Promise.all(
        Array.from({ length: 100 }, (_, i) => beacon(batch % 2 === 0 ? a : b, id, `${FIREFOX} Leser-${run}-${batch * 100 + i}`)),
      )),
    );
  }
  expect(answers.filter((s) => s === "counted")).toHaveLength(1_000);

  const reader = `${FIREFOX} Pendler-${run}`;
  expect(await beacon(a, id, reader)).toBe("counted");
  expect(await beacon(b, id, reader)).toBe("repeat");
  expect(await beacon(a, id, reader)).toBe("repeat");
  await expect.poll(() => totalViews(id), { timeout: 30_000 }).toBe(before + 1_001);
});

test("Redis away for 30 s: both keep serving and counting, and the counts are exact afterwards", async () => {
  test.setTimeout(180_000);
  const paths = ["/", articlePath(published[0]!), articlePath(published[1]!), `/${published[0]!.section}`];
  const id = await articleId(articlePath(published[2]!));
  for (const instance of [a, b]) for (const path of paths) expect(await status(instance, path)).toBe(200);
  const before = await totalViews(id);
  const run = randomBytes(3).toString("hex");

  redisRelay.cutOff();
  const started = Date.now();
  const problems: string[] = [];
  let counted = 0;
  let n = 0;
  while (Date.now() - started < 30_000) {
    for (const instance of [a, b]) {
      for (const path of [...paths, "/admin/login"]) {
        const answer = await status(instance, path).catch(() => 0);
        if (answer !== 200) problems.push(`${instance.name} ${path}: ${answer}`);
      }
      if ((await beacon(instance, id, `${FIREFOX} Ohne-Redis-${run}-${n++}`)) === "counted") counted++;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  redisRelay.mend();

  expect(problems).toEqual([]);
  expect(counted).toBe(n);
  await expect.poll(() => totalViews(id), { timeout: 30_000 }).toBe(before + counted);
  // Back to normal: both reconnect within a few seconds (at most 2 s between tries), and share again.
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  const reader = `${FIREFOX} Danach-${run}`;
  expect(await beacon(a, id, reader)).toBe("counted");
  expect(await beacon(b, id, reader)).toBe("repeat");
  for (const instance of [a, b]) expect(await status(instance, "/")).toBe(200);
});

test("five wrong passwords on A: the right one on B is refused", async ({ page }) => {
  test.setTimeout(120_000);
  for (let i = 0; i < 5; i++) {
    await logInOn(page, a, `falsch-${i}`);
    await expect(page.locator("form").getByRole("alert")).toHaveText("E-Mail-Adresse oder Passwort ist falsch.");
  }
  await logInOn(page, b);
  await expect(page.locator("form").getByRole("alert")).toContainText("Zu viele Fehlversuche");
  await expect(page).toHaveURL(/\/admin\/login/);
});
