/**
 * `npm run bench:ticker`: readers polling a running Liveticker while an
 * editor publishes (issue #26).
 *
 * 1. A scratch database on the server in TEST_DATABASE_URL (default
 *    postgresql://postgres@127.0.0.1:5432/postgres), migrated, with the demo
 *    content; dropped at the end.
 * 2. The real server (`npm start`: scripts/server/start.ts) on it, on a free
 *    port; the first start may build.
 * 3. An editor (Chromium through Playwright) logs in, starts a ticker through
 *    "Neuer Liveticker" and publishes an entry every `--every` seconds
 *    (quick entry form, Ctrl+Enter) for `--seconds`.
 * 4. `--readers` simulated readers, each asking the update address
 *    (`<ticker>/eintraege?v=<the version it has>`) every 15 s as the page's
 *    script does, their first polls spread over the first 15 s, over
 *    keep-alive connections (`--sockets`), with Brotli as browsers ask.
 *
 * Prints: poll answers, their p50/p99, renders per entry (answers the front's
 * response cache rendered and stored, from its counters at /api/cache, so the
 * server runs with VIEWS_STATS=1; concurrent misses of one address share one
 * render), the polls that waited for a render, and per entry the time from
 * the editor's Ctrl+Enter to the first poll answer that carried it.
 * `--readers=500,2000` runs one round per count on the same server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import pg from "pg";
import { chromium, type Page } from "@playwright/test";
import { applyMigrations } from "../scripts/db/schema-engine";
import { createPrismaClient } from "../lib/db/prisma-client";
import { seedDemoContent } from "../prisma/seed/seed";
import { loadAverage, numberArg } from "./args";
import { percentile } from "./stats";

const READER_COUNTS = (process.argv.find((a) => a.startsWith("--readers="))?.slice("--readers=".length) ?? "2000").split(",").map(Number);
const SECONDS = numberArg("seconds", 60);
const EVERY_S = numberArg("every", 5);
const POLL_S = 15;
const SOCKETS = numberArg("sockets", 256);
const SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const ADMIN = { email: "bench-ticker@example.com", password: "bench-ticker-geheimes-passwort" };
const HEADERS = { "user-agent": "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "accept-encoding": "br" };

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function startServer(env: Record<string, string>, port: number, logFile: string): Promise<ChildProcess> {
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "server", "start.ts")], {
    env: { ...process.env, ...env, PORT: String(port), SITE_URL: `http://127.0.0.1:${port}`, ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  let exited = false;
  child.once("exit", () => (exited = true));
  const deadline = Date.now() + 15 * 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`Der Server hat sich beendet; siehe ${logFile}`);
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) return child;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`Der Server wurde nicht bereit; siehe ${logFile}`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  await exited;
  clearTimeout(timer);
}

type Changes = { v: number; ended: boolean; entries: { id: number; html: string }[]; deleted: number[] };
type Poll = { ms: number; status: number; cache: string; changes: Changes | null };

function poll(agent: http.Agent, base: URL, pathname: string): Promise<Poll> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.get(new URL(pathname, base), { agent, headers: HEADERS }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const ms = performance.now() - started;
        let changes: Changes | null = null;
        try {
          const body = Buffer.concat(chunks);
          changes = JSON.parse((res.headers["content-encoding"] === "br" ? brotliDecompressSync(body) : body).toString("utf8")) as Changes;
        } catch {
          changes = null;
        }
        resolve({ ms, status: res.statusCode ?? 0, cache: String(res.headers["x-rundblick-cache"] ?? "-"), changes });
      });
    });
    req.on("error", () => resolve({ ms: performance.now() - started, status: 0, cache: "ERROR", changes: null }));
  });
}

async function logIn(page: Page, base: URL): Promise<void> {
  await page.goto(new URL("/admin/login", base).toString());
  await page.getByLabel("E-Mail-Adresse").fill(ADMIN.email);
  await page.getByLabel("Passwort").fill(ADMIN.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL((u) => u.pathname === "/admin", { timeout: 60_000 });
}

/** Starts a published ticker through "Neuer Liveticker"; its reader path and its admin page stay open in `page`. */
async function startTicker(page: Page, base: URL, n: number): Promise<string> {
  await page.goto(new URL("/admin/liveticker/neu", base).toString());
  await page.getByLabel("Titel", { exact: true }).fill(`Bench-Liveticker ${n} ${Date.now()}`);
  await page.getByLabel("Teaser").fill("Ein Liveticker für den Lasttest.");
  await page.getByLabel("Ressort", { exact: true }).selectOption({ index: 1 });
  await page.locator('input[name="authorIds"]').first().check();
  await page.getByLabel("Status", { exact: true }).selectOption("PUBLISHED");
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await page.waitForURL(/\/admin\/liveticker\/\d+$/, { timeout: 60_000 });
  const href = await page.getByRole("link", { name: "Zur Leserseite" }).getAttribute("href");
  if (!href) throw new Error("Keine Leserseite");
  return href;
}

/** Publishes one entry (Ctrl+Enter); returns when the editor pressed it (ms, performance.now()) and how long the action took. */
async function publishEntry(page: Page, text: string, count: number): Promise<{ at: number; saveMs: number }> {
  const field = page.getByLabel("Eintrag", { exact: true });
  await field.fill(text);
  const at = performance.now();
  await field.press("Control+Enter");
  await page.locator("#eintraege ~ ol > li").nth(count - 1).waitFor({ timeout: 30_000 });
  return { at, saveMs: performance.now() - at };
}

/** The front's response cache counters (VIEWS_STATS=1): `stored` counts the answers rendered and kept. */
async function storedRenders(base: URL): Promise<number> {
  const stats = (await (await fetch(new URL("/api/cache", base))).json()) as { stored: number };
  return stats.stored;
}

async function round(page: Page, base: URL, readers: number, n: number) {
  const tickerPath = await startTicker(page, base, n);
  const address = `${tickerPath}/eintraege`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: SOCKETS });
  // What each entry's publish and its first sighting were (performance.now()).
  const published = new Map<number, number>();
  const saves: number[] = [];
  const firstSeen = new Map<string, number>();
  const polls: Poll[] = [];
  const start = performance.now();
  // Every reader polls at least once more after the last entry.
  const end = start + SECONDS * 1000 + 2 * POLL_S * 1000 + EVERY_S * 1000;
  let stopped = false;

  async function reader(offsetMs: number) {
    let v = 0;
    await new Promise((r) => setTimeout(r, offsetMs));
    while (!stopped) {
      const answer = await poll(agent, base, `${address}?v=${v}`);
      if (performance.now() > start + POLL_S * 1000) polls.push(answer);
      if (answer.changes) {
        for (const e of answer.changes.entries) {
          const n = /Eintrag (\d+) des Lasttests/.exec(e.html)?.[1];
          if (n && !firstSeen.has(n)) firstSeen.set(n, performance.now());
        }
        v = answer.changes.v;
      }
      // As the page's script: the previous answer, served while the new one is made, is asked again after 2 s.
      await new Promise((r) => setTimeout(r, answer.cache === "STALE" ? 2000 : POLL_S * 1000));
    }
  }
  const running = Array.from({ length: readers }, (_, i) => reader((i / readers) * POLL_S * 1000));

  // Publish from the moment every reader has polled once.
  await new Promise((r) => setTimeout(r, POLL_S * 1000));
  const storedBefore = await storedRenders(base);
  const entries = Math.floor(SECONDS / EVERY_S);
  for (let i = 1; i <= entries; i++) {
    const due = start + POLL_S * 1000 + i * EVERY_S * 1000;
    await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
    const { at, saveMs } = await publishEntry(page, `Eintrag ${i} des Lasttests.`, i);
    published.set(i, at);
    saves.push(saveMs);
  }
  await new Promise((r) => setTimeout(r, Math.max(0, end - performance.now())));
  const rendered = (await storedRenders(base)) - storedBefore;
  stopped = true;
  await Promise.race([Promise.all(running), new Promise((r) => setTimeout(r, POLL_S * 1000 + 2000))]);
  agent.destroy();

  // By the entry's number in its text: publish answered → the first poll answer that carried it.
  const seenIds = [...firstSeen.keys()].map(Number).sort((a, b) => a - b);
  const delays = seenIds.map((n) => firstSeen.get(String(n))! - (published.get(n) ?? NaN)).filter((d) => Number.isFinite(d));
  const latencies = Float64Array.from(polls.map((p) => p.ms)).sort();
  const waited = polls.filter((p) => p.cache === "MISS" || p.cache === "BYPASS").length;
  const previous = polls.filter((p) => p.cache === "STALE").length;
  const renders = rendered;
  const bad = polls.filter((p) => p.status !== 200).length;
  const fmt = (x: number) => x.toLocaleString("de-DE", { maximumFractionDigits: 1 });
  console.log(`\n${readers.toLocaleString("de-DE")} Leser, ${entries} Einträge (alle ${EVERY_S} s), Ticker ${tickerPath}`);
  console.log(`  Abfragen: ${polls.length.toLocaleString("de-DE")} (${fmt(polls.length / SECONDS)}/s), nicht 200: ${bad}`);
  console.log(`  Antwortzeit: p50 ${fmt(percentile(latencies, 50))} ms, p99 ${fmt(percentile(latencies, 99))} ms, max ${fmt(latencies.at(-1) ?? NaN)} ms`);
  console.log(`  gerendert (im Antwort-Cache neu abgelegt): ${renders}, je Eintrag ${fmt(renders / Math.max(1, entries))}; Abfragen, die auf ein Rendern warteten (MISS): ${waited}, mit der vorigen Antwort bedient (STALE): ${previous}`);
  console.log(`  Strg+Enter → Eintrag in der Liste der Redaktion: ${saves.map((d) => `${fmt(d)} ms`).join(", ")}`);
  console.log(`  Strg+Enter → erste Abfrage, die ihn sieht: ${delays.map((d) => `${fmt(d)} ms`).join(", ")}`);
  console.log(`  gesehen: ${seenIds.length} von ${entries} Einträgen; Last: ${loadAverage()}`);
  const sortedDelays = [...delays].sort((a, b) => a - b);
  return { readers, p99: percentile(latencies, 99), firstSeenMedian: percentile(sortedDelays, 50), rendersPerEntry: renders / Math.max(1, entries), seen: seenIds.length, entries, bad };
}

async function main() {
  const name = `rundblick_bench_ticker_${Date.now()}_${process.pid}`;
  await withClient(SERVER_URL, (c) => c.query(`CREATE DATABASE "${name}"`));
  const u = new URL(SERVER_URL);
  u.pathname = `/${name}`;
  const url = u.toString();
  const dataDir = mkdtempSync(path.join(tmpdir(), "bench-ticker-"));
  let server: ChildProcess | null = null;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    await applyMigrations(url);
    const prisma = createPrismaClient(url, { statementTimeoutMs: 0 });
    try {
      await seedDemoContent(prisma);
    } finally {
      await prisma.$disconnect();
    }
    const port = await freePort();
    const logFile = path.join(dataDir, "server.log");
    console.log(`Server auf Port ${port} (Protokoll: ${logFile}) …`);
    server = await startServer({ VIEWS_STATS: "1", DATABASE_URL: url, DATA_DIR: dataDir, PICTURES_DIR: path.join(dataDir, "bilder") }, port, logFile);
    const base = new URL(`http://127.0.0.1:${port}`);
    const page = await browser.newPage();
    await logIn(page, base);
    const results = [];
    for (const [i, readers] of READER_COUNTS.entries()) results.push(await round(page, base, readers, i + 1));
    console.log("\nZiele: p99 einer Abfrage < 20 ms bei 2.000 Lesern; Renders je Eintrag unabhängig von der Leserzahl");
    for (const r of results) {
      console.log(
        `  ${r.readers.toLocaleString("de-DE")} Leser: p99 ${r.p99.toFixed(1)} ms (${r.p99 < 20 ? "erreicht" : "nicht erreicht"}), ` +
          `${r.rendersPerEntry.toFixed(1)} Renders je Eintrag, erste Abfrage mit dem Eintrag im Median ${r.firstSeenMedian.toFixed(0)} ms nach Strg+Enter, ` +
          `${r.seen}/${r.entries} Einträge gesehen, ${r.bad} Fehler`,
      );
    }
  } finally {
    await browser.close();
    if (server) await stopServer(server);
    await withClient(SERVER_URL, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
