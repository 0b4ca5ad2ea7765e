/**
 * A database outage under reader and beacon traffic, on real PostgreSQL: a
 * second server (the real launcher, `npm start`, on its own database) talks
 * to Postgres through a TCP relay that the test cuts for 30 seconds.
 * Readers keep getting pages they were served before, pages never seen get
 * a quick German 503, the health check says so, beacons are taken (202), and
 * every counted view is in the database once it is back; also when the
 * outage began before any beacon had loaded the list of articles.
 */
import type { ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { articlePath, published } from "./content";
import { launchServer, rendererProcesses, stopServer } from "./launch";
import { Relay } from "./relay";

const SERVER_URL = process.env.TEST_DATABASE_URL;
const PORT = Number(process.env.E2E_PORT ?? 3100) + 90;
const BASE = `http://127.0.0.1:${PORT}`;
const OUTAGE_MS = 30_000;
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

test.skip(!SERVER_URL, "needs PostgreSQL (TEST_DATABASE_URL): the outage is a cut connection to a real server");

type Answer = { status: number; ms: number; body: string; retryAfter: string | null };

async function get(path: string, timeoutMs = 5_000): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(BASE + path, { headers: { "user-agent": FIREFOX }, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
  const body = await response.text();
  return { status: response.status, ms: performance.now() - started, body, retryAfter: response.headers.get("retry-after") };
}

let beaconNumber = 0;
async function beacon(articleId: number, timeoutMs = 2_000): Promise<number> {
  const response = await fetch(`${BASE}/api/views`, {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": `${FIREFOX} Ausfall-${process.pid}-${beaconNumber++}/1.0` },
    body: JSON.stringify({ articleId }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json()) as { status?: string };
  expect(response.status, JSON.stringify(body)).toBe(202);
  return body.status === "counted" ? 1 : 0;
}

test.describe.configure({ mode: "serial" });

let relay: Relay;
let launcher: ChildProcess;
let direct: pg.Client;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  const server = new URL(SERVER_URL!);
  relay = new Relay({ host: server.hostname, port: Number(server.port || 5432) });
  const relayPort = await relay.listen();
  const viaRelay = new URL(SERVER_URL!);
  viaRelay.port = String(relayPort);
  // The real launcher on a fresh database (scripts/dev/e2e-server.ts names it by port), all through the relay.
  launcher = await launchServer({
    script: "scripts/dev/e2e-server.ts",
    env: { ...process.env, PORT: String(PORT), SITE_URL: BASE, TEST_DATABASE_URL: viaRelay.toString(), VIEWS_FLUSH_MS: "500" },
    base: BASE,
    logName: "server.log",
    name: "Der zweite Server",
  });
  const database = new URL(SERVER_URL!);
  database.pathname = `/rundblick_e2e_${PORT}`;
  direct = new pg.Client({ connectionString: database.toString() });
  await direct.connect();
});

test.afterAll(async () => {
  relay?.mend();
  await direct?.end();
  await stopServer(launcher);
  relay?.server.close();
});

async function totalViews(ids: number[]): Promise<number> {
  const { rows } = await direct.query<{ sum: string | null }>(`SELECT sum("totalViews") AS sum FROM "Article" WHERE id = ANY($1)`, [ids]);
  return Number(rows[0]?.sum ?? 0);
}

async function articleId(path: string): Promise<number> {
  const slug = path.split("/").pop()!;
  const { rows } = await direct.query<{ id: number }>(`SELECT id FROM "Article" WHERE slug = $1`, [slug]);
  return rows[0]!.id;
}

test("beacons are taken while the database is down before any beacon loaded the list of articles, and counted exactly once it is back", async () => {
  test.setTimeout(180_000);
  // No beacon has reached this server yet: its list of countable articles was never loaded.
  const ids = [await articleId(articlePath(published[3]!)), await articleId(articlePath(published[4]!))];
  const before = await totalViews(ids);
  relay.cutOff();
  let counted = 0;
  try {
    for (let i = 0; i < 12; i++) counted += await beacon(ids[i % 2]!, 6_000);
    // A made-up article is taken too (nobody can check it now) and dropped when the views are written.
    await beacon(987_654_321, 6_000);
  } finally {
    relay.mend();
  }
  expect(counted).toBe(12);
  await expect.poll(() => totalViews(ids), { timeout: 90_000, intervals: [1_000] }).toBe(before + counted);
  const { rows } = await direct.query(`SELECT 1 FROM "ArticleViewHourly" WHERE "articleId" = 987654321`);
  expect(rows).toHaveLength(0);
});

test("pages and beacons stand through a 30-second database outage; every counted view is written afterwards", async () => {
  test.setTimeout(300_000);
  const seen = ["/", articlePath(published[0]!), articlePath(published[1]!), `/${published[0]!.section}`];
  const neverSeen = articlePath(published[5]!);
  const ids = [await articleId(seen[1]!), await articleId(seen[2]!)];
  // Served once before the outage; the first renders of a new server are slow on a busy machine.
  for (const path of seen) await expect.poll(async () => (await get(path, 30_000)).status, { timeout: 90_000 }).toBe(200);
  await expect.poll(async () => (await get("/api/health")).status).toBe(200);

  // Let the views the pages above may have caused settle, then count from here.
  const before = await totalViews(ids);
  let counted = 0;
  for (let i = 0; i < 20; i++) counted += await beacon(ids[i % 2]!);

  relay.cutOff();
  const outageStarted = Date.now();
  const problems: string[] = [];
  let outageAnswers = 0;
  let unavailableSeen = false;
  while (Date.now() - outageStarted < OUTAGE_MS) {
    for (const path of seen) {
      const answer = await get(path).catch((error: Error) => ({ status: 0, ms: 5_000, body: error.message, retryAfter: null }));
      outageAnswers++;
      if (answer.status !== 200) problems.push(`${path}: ${answer.status} nach ${Math.round(answer.ms)} ms`);
    }
    const fresh = await get(neverSeen).catch((error: Error) => ({ status: 0, ms: 5_000, body: error.message, retryAfter: null }));
    if (fresh.status === 503) {
      unavailableSeen = true;
      if (fresh.ms > 1_000) problems.push(`${neverSeen}: 503 erst nach ${Math.round(fresh.ms)} ms`);
      if (!fresh.body.includes("nicht erreichbar") || !fresh.retryAfter) problems.push(`${neverSeen}: 503 ohne deutschen Text oder Retry-After`);
    } else {
      problems.push(`${neverSeen}: ${fresh.status} nach ${Math.round(fresh.ms)} ms statt einer schnellen 503`);
    }
    counted += await beacon(ids[outageAnswers % 2]!);
    const health = await get("/api/health");
    if (Date.now() - outageStarted > 5_000 && health.status !== 503) problems.push(`/api/health: ${health.status} während des Ausfalls`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  relay.mend();

  expect(problems).toEqual([]);
  expect(unavailableSeen).toBe(true);
  await expect.poll(async () => (await get("/api/health")).status, { timeout: 30_000 }).toBe(200);
  // Normal answers right after, the page never seen included.
  await expect.poll(async () => (await get(neverSeen)).status, { timeout: 15_000 }).toBe(200);
  // The buffered views are written once the database is back (the flush retries with backoff).
  await expect.poll(() => totalViews(ids), { timeout: 90_000, intervals: [1_000] }).toBe(before + counted);
  expect(counted).toBeGreaterThan(20);
});

test("a crashed renderer: the other one takes its requests meanwhile, and it is back within seconds", async () => {
  test.setTimeout(180_000);
  for (const path of ["/admin/login", articlePath(published[6]!)]) await expect.poll(async () => (await get(path)).status).toBe(200);
  const before = rendererProcesses(launcher.pid!);
  expect(Object.keys(before).sort(), "Leser- und Redaktions-Renderer unter dem Starter").toEqual(["newsroom", "readers"]);
  process.kill(before.newsroom!, "SIGKILL");

  // While it restarts (after half a second, then a few to be ready), the readers' renderer answers the newsroom's requests.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const meanwhile: number[] = [];
  for (let i = 0; i < 8; i++) {
    meanwhile.push((await get("/admin/login")).status);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  expect(meanwhile).toEqual(Array(8).fill(200));
  await expect.poll(() => rendererProcesses(launcher.pid!).newsroom, { timeout: 30_000 }).not.toBe(before.newsroom);
  expect(rendererProcesses(launcher.pid!).readers).toBe(before.readers);
});

test("both renderers crashed: cached pages keep answering, the rest a quick 503, and they are back within seconds", async () => {
  test.setTimeout(180_000);
  const cached = [articlePath(published[0]!), "/"];
  for (const path of cached) await expect.poll(async () => (await get(path)).status).toBe(200);
  await expect.poll(async () => (await get("/admin/login")).status, { timeout: 120_000, intervals: [1_000] }).toBe(200);
  const before = rendererProcesses(launcher.pid!);
  for (const pid of Object.values(before)) process.kill(pid, "SIGKILL");

  // While they are away (they restart after half a second and need a few to be ready).
  const admin = await get("/admin/login");
  expect(admin.status).toBe(503);
  expect(admin.ms).toBeLessThan(1_000);
  for (const path of cached) expect((await get(path)).status).toBe(200);

  await expect.poll(async () => (await get("/admin/login")).status, { timeout: 120_000, intervals: [1_000] }).toBe(200);
  const after = rendererProcesses(launcher.pid!);
  expect(after.readers).toBeDefined();
  expect(after.readers).not.toBe(before.readers);
  expect(after.newsroom).not.toBe(before.newsroom);
  await expect.poll(async () => (await get(articlePath(published[2]!))).status, { timeout: 60_000 }).toBe(200);
});
