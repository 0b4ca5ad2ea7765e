/**
 * `npm run bench:lighthouse`: Lighthouse 12 (mobile preset, simulated
 * throttling, as a new user's check runs it) against the production server for
 * the front page, a section and an article, beside a bare app-router page
 * built from bench/bare/ with the same `next`. Prints the four category
 * scores, LCP, TBT, CLS, main-thread work and the JavaScript per page (gzip),
 * as medians over several rounds, with the load average before and after.
 *
 *   npm run bench:lighthouse [-- --rounds=5] [--idle-load=0.5] [--idle-wait=300]
 *
 * The server: `npm start` (through scripts/dev/e2e-server.ts) on a fresh
 * database: a new one on TEST_DATABASE_URL's server when set, else an
 * embedded one in a temporary folder; it builds when the build is stale.
 * BENCH_URL instead measures a server that is already running.
 * Env: BENCH_PORT (default 3151; the bare page gets +1, Chromium's debugging
 * port +2), CHROME_PATH (default /usr/bin/chromium).
 *
 * On a shared machine the absolute figures move with the load: every round
 * measures ours and the bare page back to back, alternating which goes first,
 * and the bare page is the floor an app-router page can reach.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { Launcher } from "chrome-launcher";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { loadAverage, numberArg } from "./args";
import { median } from "./stats";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const ROUNDS = numberArg("rounds", 5);
const IDLE_LOAD = numberArg("idle-load", 0.5);
const IDLE_WAIT_S = numberArg("idle-wait", 300);
const PORT = Number(process.env.BENCH_PORT ?? 3151);
const BARE_PORT = PORT + 1;
const CHROME_PORT = PORT + 2;
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
/**
 * The flags the Lighthouse CLI starts Chromium with (chrome-launcher's
 * defaults), headless, plus --no-sandbox where the bench runs as root: the
 * same browser a new user's `lighthouse <url>` measures with.
 */
const CHROME_FLAGS = [...Launcher.defaultFlags(), "--headless=new", ...(process.getuid?.() === 0 ? ["--no-sandbox"] : [])];

const children: ChildProcess[] = [];
const temporary: string[] = [];

type Figures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  mainThreadMs: number;
  scripts: string[];
  /** Audits below 1 in accessibility, best practices or SEO. */
  failedAudits: string[];
};

function log(message: string) {
  console.log(`▸ ${message}`);
}

function startProcess(command: string, args: string[], options: { cwd?: string; env?: Record<string, string>; label: string }): ChildProcess {
  const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 40));
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  child.on("exit", (code, signal) => {
    if (code !== 0 && signal === null && !stopping) {
      console.error(`${options.label} beendet (Code ${code}):\n${lines.join("\n")}`);
    }
  });
  children.push(child);
  return child;
}

function run(command: string, args: string[], options: { cwd: string; env?: Record<string, string>; label: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = startProcess(command, args, options);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${options.label} ist fehlgeschlagen (Code ${code}).`))));
  });
}

async function waitFor(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: der Prozess ist beendet (Code ${child.exitCode}).`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} antwortet nicht.`);
}

/** `npm start` on a fresh database, unless BENCH_URL names a running server. */
async function startSite(): Promise<string> {
  if (process.env.BENCH_URL) return process.env.BENCH_URL.replace(/\/$/, "");
  const base = `http://127.0.0.1:${PORT}`;
  log(`Starte Rundblick (npm start) auf Port ${PORT} – baut, wenn der Build veraltet ist …`);
  const child = startProcess(process.execPath, ["--import", "tsx", path.join("scripts", "dev", "e2e-server.ts")], {
    label: "npm start",
    env: { PORT: String(PORT), SITE_URL: base, ADMIN_EMAIL: "bench@example.com", ADMIN_PASSWORD: "bench-geheimes-passwort" },
  });
  await waitFor(`${base}/api/health`, 900_000, child);
  return base;
}

/**
 * The bare page: bench/bare/ copied to a temporary folder whose node_modules
 * points at ours, built and served by the same `next`.
 */
async function startBare(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "rundblick-bare-"));
  temporary.push(dir);
  cpSync(path.join(ROOT, "bench", "bare"), dir, { recursive: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  // Turbopack resolves only inside its root: the common ancestor of both folders.
  writeFileSync(path.join(dir, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(commonAncestor(dir, ROOT))} } };\n`);
  const env = { NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
  log("Baue die Vergleichsseite (bench/bare) …");
  await run(process.execPath, [NEXT_BIN, "build"], { cwd: dir, env, label: "next build (bench/bare)" });
  const child = startProcess(process.execPath, [NEXT_BIN, "start", "-p", String(BARE_PORT), "-H", "127.0.0.1"], { cwd: dir, env, label: "next start (bench/bare)" });
  const base = `http://127.0.0.1:${BARE_PORT}`;
  await waitFor(base, 60_000, child);
  return base;
}

function commonAncestor(a: string, b: string): string {
  const pa = path.resolve(a).split(path.sep);
  const pb = path.resolve(b).split(path.sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(path.sep) || path.sep;
}

async function startChrome(): Promise<void> {
  if (!existsSync(CHROME_PATH)) throw new Error(`Kein Chromium unter ${CHROME_PATH} (CHROME_PATH setzen).`);
  const profile = mkdtempSync(path.join(tmpdir(), "rundblick-lh-chrome-"));
  temporary.push(profile);
  mkdirSync(profile, { recursive: true });
  const child = startProcess(CHROME_PATH, [...CHROME_FLAGS, `--remote-debugging-port=${CHROME_PORT}`, `--user-data-dir=${profile}`, "about:blank"], { label: "Chromium" });
  await waitFor(`http://127.0.0.1:${CHROME_PORT}/json/version`, 30_000, child);
}

/**
 * Before each run the page is fetched until the response cache serves it
 * fresh (`x-rundblick-cache: HIT`). A round takes about two minutes and a
 * reader page is fresh for 60 s, so without this every run would find its
 * page stale and the server would render the refresh while Chromium loads
 * the page: on two cores that render competes with the browser, and the
 * simulation multiplies it by four (median 0.82 against 0.98 over six
 * alternating runs of the front page and /politik). Pages without the
 * cache (the bare page, RESPONSE_CACHE_MB=0) are fetched once.
 */
async function freshen(url: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const response = await fetch(url, { headers: { accept: "text/html" } });
    await response.arrayBuffer();
    const state = response.headers.get("x-rundblick-cache");
    // No header: the bare page; BYPASS: the cache is off (RESPONSE_CACHE_MB=0).
    if (state !== "MISS" && state !== "STALE") return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url}: der Antwort-Cache liefert die Seite nicht frisch aus.`);
}

/**
 * One Lighthouse run in its own plain-Node process (bench/lighthouse-audit.mjs).
 * On a busy machine Chromium now and then loses the trace (NO_NAVSTART,
 * NO_FCP): such a run is repeated, up to three times.
 */
async function audit(url: string): Promise<Figures> {
  for (let attempt = 1; ; attempt++) {
    try {
      await freshen(url);
      return await auditOnce(url);
    } catch (error) {
      if (attempt >= 3) throw error;
      const message = error instanceof Error ? error.message : String(error);
      const reason = message.split("\n").find((line) => /Error|NO_/.test(line)) ?? message.split("\n")[0];
      console.log(`  (${url}: Lauf wiederholt – ${reason.trim()})`);
    }
  }
}

function auditOnce(url: string): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "bench", "lighthouse-audit.mjs"), url, String(CHROME_PORT)], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("exit", (code) => {
      if (code === 0) resolve(JSON.parse(out) as Figures);
      else reject(new Error(`Lighthouse für ${url} ist fehlgeschlagen (Code ${code}): ${err.trim().slice(-2000)}`));
    });
  });
}

const gzipCache = new Map<string, number>();
/** Each script the page loaded, fetched again and gzipped (level 6, what servers send). */
async function scriptGzipBytes(urls: string[]): Promise<number> {
  let sum = 0;
  for (const url of new Set(urls)) {
    if (!gzipCache.has(url)) {
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      gzipCache.set(url, gzipSync(body).length);
    }
    sum += gzipCache.get(url)!;
  }
  return sum;
}

/** The HTML, gzipped, and the part of it that is the inlined RSC payload (`self.__next_f.push`). */
async function htmlFigures(url: string): Promise<{ htmlGzip: number; flightBytes: number }> {
  const html = await (await fetch(url, { headers: { accept: "text/html" } })).text();
  let flightBytes = 0;
  for (const match of html.matchAll(/<script>(self\.__next_f\.push[\s\S]*?)<\/script>/g)) flightBytes += Buffer.byteLength(match[1]!);
  return { htmlGzip: gzipSync(html).length, flightBytes };
}

async function pagesOf(base: string): Promise<{ name: string; path: string }[]> {
  const html = await (await fetch(`${base}/`)).text();
  const links = [...html.matchAll(/href="(\/[^"#?]*)"/g)].map((m) => m[1]!).filter((p) => !/^\/(autor|thema|suche|_next|api)\b/.test(p));
  const section = links.find((p) => /^\/[a-z0-9-]+$/.test(p));
  const article = links.find((p) => /^\/[a-z0-9-]+\/[a-z0-9-]+$/.test(p));
  if (!section || !article) throw new Error("Die Startseite verlinkt kein Ressort oder keinen Artikel.");
  return [
    { name: "Startseite", path: "/" },
    { name: "Ressort", path: section },
    { name: "Artikel", path: article },
  ];
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const score = (s: number) => s.toFixed(2);

function row(label: string, runs: Figures[], js: number, scriptCount: number, html: { htmlGzip: number; flightBytes: number }): string {
  const m = (pick: (f: Figures) => number) => median(runs.map(pick));
  const performance = runs.map((f) => f.performance);
  return [
    label.padEnd(20),
    score(m((f) => f.performance)).padStart(5),
    `${score(Math.min(...performance))}–${score(Math.max(...performance))}`.padStart(9),
    score(m((f) => f.accessibility)).padStart(5),
    score(m((f) => f.bestPractices)).padStart(5),
    score(m((f) => f.seo)).padStart(5),
    `${(m((f) => f.lcpMs) / 1000).toFixed(2)} s`.padStart(7),
    `${m((f) => f.tbtMs).toFixed(0)} ms`.padStart(7),
    m((f) => f.cls).toFixed(3).padStart(6),
    `${(m((f) => f.mainThreadMs) / 1000).toFixed(2)} s`.padStart(7),
    `${kb(js)} KB (${scriptCount})`.padStart(14),
    `${kb(html.htmlGzip)} KB`.padStart(9),
    `${kb(html.flightBytes)} KB`.padStart(9),
  ].join("  ");
}

let stopping = false;
function cleanUp() {
  stopping = true;
  for (const child of children) {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  }
}

/**
 * Waits, after the builds and the warm-up, until the machine is idle: the
 * one-minute load average at most IDLE_LOAD (the builds leave it at 2 or
 * more on two cores, and Lighthouse's simulation multiplies every busy
 * moment). Gives up after IDLE_WAIT_S and says so.
 */
async function settle(): Promise<void> {
  const started = Date.now();
  if (loadavg()[0] <= IDLE_LOAD) return;
  log(`Warte auf eine ruhige Maschine (Last über 1 min ≤ ${IDLE_LOAD}, höchstens ${IDLE_WAIT_S} s) …`);
  while (loadavg()[0] > IDLE_LOAD) {
    if (Date.now() - started > IDLE_WAIT_S * 1000) {
      log(`Die Maschine wurde nicht ruhig (Last ${loadAverage()}): die Zahlen unten sind unter Last gemessen.`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
  log(`Ruhig nach ${Math.round((Date.now() - started) / 1000)} s.`);
}

async function main() {
  const [site, bare] = await Promise.all([startSite(), startBare()]);
  await startChrome();
  const pages = await pagesOf(site);
  const targets = [...pages.map((p) => ({ label: p.name, url: `${site}${p.path}` })), { label: "bare", url: `${bare}/` }];
  log(`Wärme die Seiten an: ${targets.map((t) => t.url).join(", ")}`);
  // audit() fetches each page fresh before its run.
  for (const target of targets) await audit(target.url);

  await settle();
  const loadBefore = loadAverage();
  log(`Last vorher: ${loadBefore} (1/5/15 min); ${ROUNDS} Runden, je Seite im Wechsel mit der Vergleichsseite`);
  const results = new Map<string, Figures[]>(targets.map((t) => [t.url, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const page of targets.slice(0, -1)) {
      const pair = round % 2 === 0 ? [page, targets.at(-1)!] : [targets.at(-1)!, page];
      for (const target of pair) results.get(target.url)!.push(await audit(target.url));
    }
    process.stdout.write(`  Runde ${round + 1}/${ROUNDS} fertig (Last ${loadAverage()})\n`);
  }
  const loadAfter = loadAverage();

  console.log("");
  console.log(`Lighthouse 12 (mobil, simulierte Drosselung), Median aus ${ROUNDS} Runden. Last vorher ${loadBefore}, nachher ${loadAfter}.`);
  console.log(
    ["Seite".padEnd(20), "Perf.", "   Spanne", " A11y", "  BP ", " SEO ", "    LCP", "    TBT", "   CLS", " Haupt.", "    JS (gzip)", "HTML gz", "  RSC inl"].join("  "),
  );
  const jsOf = new Map<string, { bytes: number; count: number }>();
  for (const target of targets) {
    const runs = results.get(target.url)!;
    const scripts = runs.at(-1)!.scripts;
    const bytes = await scriptGzipBytes(scripts);
    jsOf.set(target.label, { bytes, count: new Set(scripts).size });
    console.log(row(target.label === "bare" ? "bare (bench/bare)" : target.label, runs, bytes, new Set(scripts).size, await htmlFigures(target.url)));
  }
  console.log("");
  for (const target of targets) {
    const runs = results.get(target.url)!;
    const failed = [...new Set(runs.flatMap((f) => f.failedAudits))];
    if (failed.length) console.log(`${target.label}: Audits unter 1: ${failed.join(", ")}`);
  }
  const bareJs = jsOf.get("bare")!.bytes;
  console.log("");
  for (const page of pages) {
    const perf = median(results.get(`${site}${page.path}`)!.map((f) => f.performance));
    console.log(`${page.name}: Performance ${score(perf)} ${perf >= 0.95 ? "≥" : "<"} 0,95; JS ${kb(jsOf.get(page.name)!.bytes - bareJs)} KB über der Vergleichsseite`);
  }
}

process.on("SIGINT", () => {
  cleanUp();
  process.exit(130);
});

main()
  .then(() => {
    cleanUp();
    process.exitCode = 0;
  })
  .catch((error: unknown) => {
    console.error(`✘ ${error instanceof Error ? error.message : String(error)}`);
    cleanUp();
    process.exitCode = 1;
  })
  .finally(() => {
    // Give the servers a moment to stop, then drop the temporary folders.
    setTimeout(() => {
      for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
      process.exit();
    }, 3_000);
  });
