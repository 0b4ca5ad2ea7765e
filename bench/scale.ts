/**
 * `npm run bench:scale`: the real server on a large archive, readers at a
 * fixed rate, editors publishing meanwhile (issue #25).
 *
 * 1. A scratch database on the server in TEST_DATABASE_URL (default
 *    postgresql://postgres@127.0.0.1:5432/postgres), migrated, with the demo
 *    content, grown in SQL to `--articles` published articles (invented
 *    German-like Markdown from our own word lists, authors, two topics each,
 *    published over the past two years).
 * 2. The real server (`npm start`: scripts/server/start.ts) on that database
 *    and a free port, its log in a file; the first start may build.
 * 3. Readers at `--rate` requests per second (open loop: a request starts on
 *    schedule whether or not earlier ones have been answered) over every
 *    reader page, picked by Zipf (s = 1): front page, sections, articles
 *    newest first, section page 2, authors, topics. Latency counts from the
 *    scheduled start, so queueing shows. `--warmup` seconds first, then
 *    `--seconds` measured.
 * 4. Every `--edit-every` seconds of the measured part, an editor (logged in
 *    once as the admin) changes the title of one of the newest articles and
 *    saves through the admin's form, posted as a browser without JavaScript
 *    posts it (bench/html-form.ts: a Chromium here would spend the server's
 *    cores, the real editor's runs elsewhere); the bench times "Speichern" →
 *    the page it leads to has loaded, and saved → the public page shows the
 *    new title.
 *
 * Prints one line per 10-s window (answers, non-200, p50, p99, cache hits,
 * renders), the editor's times, and the targets. Renders are counted on the
 * client from the `x-rundblick-cache` header (MISS, STALE and BYPASS answers:
 * a render a reader caused); renders of shared pieces (/esi/…) do not show
 * there. The server's own counters (GET /api/cache, VIEWS_STATS=1) give the
 * pages each save expired.
 *
 *   npm run bench:scale -- [--articles=50000] [--rate=300] [--warmup=60] [--seconds=120]
 *                          [--edit-every=20] [--keep] [--database-url=postgresql://…]
 *
 * --keep leaves the scratch database in place (and prints its URL);
 * --database-url= uses an existing database instead (grown to --articles if it has fewer; never dropped).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../scripts/db/schema-engine";
import { createPrismaClient } from "../lib/db/prisma-client";
import { seedDemoContent } from "../prisma/seed/seed";
import { loadAverage, numberArg } from "./args";
import { formData, parseForms, type HtmlForm } from "./html-form";
import { percentile } from "./stats";

const ARTICLES = numberArg("articles", 50_000);
const RATE = numberArg("rate", 300);
const WARMUP_S = numberArg("warmup", 60);
const SECONDS = numberArg("seconds", 120);
const EDIT_EVERY_S = numberArg("edit-every", 20);
const KEEP = process.argv.includes("--keep");
const GIVEN_DATABASE = process.argv.find((a) => a.startsWith("--database-url="))?.slice("--database-url=".length);
const SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const WINDOW_MS = 10_000;
const ADMIN = { email: "bench-scale@example.com", password: "bench-scale-geheimes-passwort" };
const REQUEST_HEADERS = {
  "user-agent": "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
  accept: "text/html",
  "accept-encoding": "gzip, deflate, br",
};

for (const [name, value] of Object.entries({ articles: ARTICLES, rate: RATE, warmup: WARMUP_S, seconds: SECONDS, "edit-every": EDIT_EVERY_S })) {
  if (!Number.isFinite(value) || value < 0 || (name !== "warmup" && value === 0)) throw new Error(`--${name} braucht eine positive Zahl`);
}

/** What Ctrl-C or SIGTERM has to undo at this point (the database, later the server and Chromium too). */
let onSignal: (() => Promise<void>) | null = null;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.log(`\n${signal}: räume auf …`);
    void (onSignal ?? (() => Promise.resolve()))().finally(() => process.exit(130));
  });
}

// ---------------------------------------------------------------- archive

const words = {
  stop: `der die das und in zu mit von für auf ist im den dem des ein eine nicht sich auch es an als nach wie bei aus um noch wird hat sind war über vor so nur am zum zur werden wurde haben`,
  verbs: `sagte erklärte fordert kritisiert beschließt steigt sinkt plant warnt verliert gewinnt eröffnet baut startet endet bleibt zeigt meldet prüft verspricht verschiebt bestätigt`,
  adjectives: `neue alte großen kleine hohe deutlich stark schwer wichtig öffentlichen regionalen bundesweit europäischen erstmals bereits weiterhin künftig gestern heute zuletzt rund knapp viele einige`,
  nouns: `Regierung Bundestag Stadt Gemeinde Landkreis Polizei Gericht Schule Klinik Hafen Bahn Strecke Verkehr Wetter Sturm Hochwasser Energie Strom Preise Kosten Steuer Haushalt Minister Ministerin Partei Wahl Koalition Opposition Gesetz Reform Rente Unternehmen Betrieb Industrie Handel Export Banken Zinsen Inflation Wirtschaft Krise Streik Gewerkschaft Vertrag Mannschaft Trainer Saison Liga Turnier Konzert Theater Ausstellung Museum Film Roman Bühne Festival Forschung Studie Universität Labor Klima Umwelt Wälder Küste Insel Brücke Wohnungen Mieten Bauern Ernte Ärzte Pflege Krankenhaus Familien Bürger Behörde Verwaltung Daten Sicherheit Feuerwehr Flughafen Hitze Dürre`,
  places: `Hamburg Bremen Kassel Leipzig Dresden Köln Mainz Rostock Freiburg Nürnberg Münster Erfurt Potsdam Kiel Augsburg Bielefeld Magdeburg Schwerin Saarbrücken Regensburg`,
  prefixes: `Wasser Strom Bahn Schul Kinder Wohn Miet Bau Stadt Land Wald Klima Energie Verkehr Steuer Renten Gesundheits Bildungs Kultur Sport Forschungs Daten Hafen Flug Haus Feuer Markt Preis Lohn Arbeits`,
  heads: `werk plan gesetz reform streit projekt bericht netz amt zentrum verband gipfel debatte konzept programm anlage station fonds vertrag modell verbot förderung wende bündnis rat`,
};

function sqlArray(list: string): string {
  return `ARRAY[${list.split(/\s+/).filter(Boolean).map((w) => `'${w.replace(/'/g, "''")}'`).join(",")}]::text[]`;
}

/**
 * One INSERT … SELECT generate_series for articles `from`..`to`: a kicker, a
 * title, a teaser and three to five Markdown paragraphs (one with a subhead),
 * in a section by number. Word lists and numbers are our constants, not
 * input: building the statement as text is safe here.
 */
function articlesSql(from: number, to: number, sectionIds: number[], runTag: string): string {
  const pick = (list: string) => `${list}[1 + floor(random() * cardinality(${list}))::int]`;
  const compound = `(${pick("w.prefixes")} || ${pick("w.heads")})`;
  const sentence = `(initcap(${pick("w.stop")}) || ' ' || ${pick("w.nouns")} || ' ' || ${pick("w.verbs")} || ' ' || ${pick("w.adjectives")} || ' ' || ${pick("w.stop")} || ' ' || ${compound} || ' ' || ${pick("w.stop")} || ' ' || ${pick("w.places")} || ' ' || ${pick("w.adjectives")} || ' ' || ${pick("w.nouns")} || '.')`;
  return `
    WITH w AS (
      SELECT ${sqlArray(words.stop)} AS stop, ${sqlArray(words.verbs)} AS verbs, ${sqlArray(words.adjectives)} AS adjectives,
             ${sqlArray(words.nouns)} AS nouns, ${sqlArray(words.places)} AS places,
             ${sqlArray(words.prefixes)} AS prefixes, ${sqlArray(words.heads)} AS heads,
             ARRAY[${sectionIds.join(",")}]::int[] AS sections
    )
    INSERT INTO "Article" (slug, "sectionId", kicker, title, teaser, body, status, "publishedAt", "createdAt", "updatedAt")
    SELECT lower(translate(t.topic, 'äöüß', 'aous')) || '-' || t.place_slug || '-${runTag}-' || g,
           w.sections[1 + g % cardinality(w.sections)],
           t.topic,
           t.place || ': ' || ${pick("w.nouns")} || ' ' || ${pick("w.verbs")} || ' ' || t.topic,
           x.teaser, x.body, 'PUBLISHED'::"ArticleStatus", t.published, t.published, t.published
    FROM w, generate_series(${from}, ${to}) g
    CROSS JOIN LATERAL (
      SELECT ${compound} || substr(g::text, 1, 0) AS topic, p AS place,
             lower(translate(p, 'äöüß', 'aous')) AS place_slug,
             now() AT TIME ZONE 'UTC' - random() * interval '730 days' AS published
      FROM (SELECT ${pick("w.places")} || substr(g::text, 1, 0) AS p) place
    ) t
    CROSS JOIN LATERAL (
      SELECT max(s) FILTER (WHERE n = 1) || ' ' || max(s) FILTER (WHERE n = 2) AS teaser,
             string_agg(CASE WHEN n % 4 = 0 THEN E'## ' || ${pick("w.nouns")} || ' in ' || ${pick("w.places")} || E'\\n\\n' ELSE '' END
                        || s || ' ' || ${sentence} || ' ' || ${sentence} || ' ' || ${sentence}, E'\\n\\n' ORDER BY n) AS body
      FROM (SELECT n, ${sentence} AS s FROM generate_series(1, 3 + (g % 3) + 0 * g) n) sentences
    ) x`;
}

type Archive = { url: string; drop: (() => Promise<void>) | null; picturesDir: string; dataDir: string };

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function prepareArchive(): Promise<Archive> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "bench-scale-"));
  const picturesDir = path.join(dataDir, "pictures");
  process.env.PICTURES_DIR = picturesDir;
  let url = GIVEN_DATABASE;
  let drop: Archive["drop"] = null;
  if (!url) {
    const name = `rundblick_bench_scale_${Date.now()}_${process.pid}`;
    await withClient(SERVER_URL, (c) => c.query(`CREATE DATABASE "${name}"`));
    const u = new URL(SERVER_URL);
    u.pathname = `/${name}`;
    url = u.toString();
    drop = () => withClient(SERVER_URL, async (c) => void (await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)));
    console.log(`Datenbank: ${name} auf ${u.host}`);
    if (!KEEP) onSignal = drop;
  }
  const archive = { url, drop, picturesDir, dataDir };
  try {
    await applyMigrations(url);
    const prisma = createPrismaClient(url, { statementTimeoutMs: 0 });
    try {
      const seeded = await seedDemoContent(prisma);
      if (seeded.created) console.log(`Demo-Inhalte: ${seeded.articles} Artikel in ${seeded.sections} Ressorts`);
    } finally {
      await prisma.$disconnect();
    }
    await withClient(url, async (db) => {
      await db.query("SET statement_timeout = 0");
      const count = async () => Number((await db.query(`SELECT count(*) AS n FROM "Article" WHERE status = 'PUBLISHED'`)).rows[0].n);
      const have = await count();
      if (have >= ARTICLES) return console.log(`Archiv: ${have.toLocaleString("de-DE")} veröffentlichte Artikel vorhanden`);
      const sectionIds = (await db.query(`SELECT id FROM "Section" ORDER BY position`)).rows.map((r: { id: number }) => r.id);
      const runTag = Date.now().toString(36);
      const started = performance.now();
      const missing = ARTICLES - have;
      const BATCH = 5_000;
      for (let from = 1; from <= missing; from += BATCH) {
        const to = Math.min(missing, from + BATCH - 1);
        await db.query("BEGIN");
        const { rows } = await db.query<{ id: number }>(`${articlesSql(from, to, sectionIds, runTag)} RETURNING id`);
        const ids = rows.map((r) => r.id);
        // One to two authors and two topics each, spread over all there are.
        await db.query(
          `INSERT INTO "ArticleAuthor" ("articleId", "authorId", position)
           SELECT a.id, au.id, au.pos FROM unnest($1::int[]) a(id)
           CROSS JOIN LATERAL (
             SELECT id, row_number() OVER () - 1 AS pos FROM (SELECT id FROM "Author" ORDER BY (id * 7919 + a.id) % 101 LIMIT 1 + a.id % 2) x
           ) au ON CONFLICT DO NOTHING`,
          [ids],
        );
        await db.query(
          `INSERT INTO "ArticleTag" ("articleId", "tagId")
           SELECT a.id, t.id FROM unnest($1::int[]) a(id)
           CROSS JOIN LATERAL (SELECT id FROM "Tag" ORDER BY (id * 104729 + a.id * 31) % 1009 LIMIT 2) t ON CONFLICT DO NOTHING`,
          [ids],
        );
        await db.query("COMMIT");
        if (to % 10_000 === 0 || to === missing) console.log(`  ${(have + to).toLocaleString("de-DE")} / ${ARTICLES.toLocaleString("de-DE")} Artikel …`);
      }
      await db.query(`VACUUM ANALYZE "Article"`);
      await db.query(`ANALYZE "ArticleAuthor"`);
      await db.query(`ANALYZE "ArticleTag"`);
      const [size] = (await db.query(`SELECT pg_size_pretty(pg_total_relation_size('"Article"')) AS size`)).rows;
      console.log(`Archiv: ${(await count()).toLocaleString("de-DE")} veröffentlichte Artikel (${missing.toLocaleString("de-DE")} erzeugt in ${((performance.now() - started) / 1000).toFixed(1)} s, Tabelle ${size.size})`);
    });
  } catch (error) {
    if (drop && !KEEP) await drop();
    throw error;
  }
  return archive;
}

// ---------------------------------------------------------------- server

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

async function startServer(archive: Archive, port: number, logFile: string, started: (child: ChildProcess) => void): Promise<ChildProcess> {
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ["--import", "tsx", path.join("scripts", "server", "start.ts")], {
    env: {
      ...process.env,
      DATABASE_URL: archive.url,
      PORT: String(port),
      SITE_URL: `http://127.0.0.1:${port}`,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      DATA_DIR: archive.dataDir,
      PICTURES_DIR: archive.picturesDir,
      // GET /api/cache: the response cache's counters (pages each save expired).
      VIEWS_STATS: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started(child);
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const deadline = Date.now() + 15 * 60_000;
  let exited = false;
  child.once("exit", () => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`Der Server hat sich beendet; siehe ${logFile}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`Der Server wurde nicht bereit; siehe ${logFile}`);
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timedOut = await Promise.race([exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 30_000))]);
  if (timedOut) {
    console.log("Server reagiert nicht auf SIGTERM – SIGKILL");
    child.kill("SIGKILL");
    await exited;
  }
}

// ---------------------------------------------------------------- pages

async function readerPages(url: string): Promise<string[]> {
  return withClient(url, async (db) => {
    const sections = (await db.query<{ slug: string }>(`SELECT slug FROM "Section" ORDER BY position`)).rows.map((r) => r.slug);
    const articles = (
      await db.query<{ path: string }>(
        `SELECT '/' || s.slug || '/' || a.slug AS path FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
         WHERE a.status = 'PUBLISHED' AND a."publishedAt" <= now() ORDER BY a."publishedAt" DESC, a.id DESC`,
      )
    ).rows.map((r) => r.path);
    const authors = (await db.query<{ slug: string }>(`SELECT slug FROM "Author" ORDER BY id`)).rows.map((r) => `/autor/${r.slug}`);
    const topics = (await db.query<{ slug: string }>(`SELECT slug FROM "Tag" ORDER BY id`)).rows.map((r) => `/thema/${r.slug}`);
    // Front and sections first, then the newest articles interleaved with the
    // second section pages, authors and topics (readers reach them less than
    // the news of the day, more than the archive), then the rest of the archive.
    const head = articles.slice(0, 50);
    const others = [...sections.map((s) => `/${s}?seite=2`), ...authors.slice(0, 20), ...topics.slice(0, 20)];
    return ["/", ...sections.map((s) => `/${s}`), ...head, ...others, ...articles.slice(50)];
  });
}

/** Cumulative Zipf (s = 1) weights over ranks 1..n. */
function zipfCdf(n: number): Float64Array {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let k = 1; k <= n; k++) cdf[k - 1] = sum += 1 / k;
  for (let i = 0; i < n; i++) cdf[i] = cdf[i]! / sum;
  return cdf;
}

function pickRank(cdf: Float64Array, x: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The best hit share any cache can reach in the measured part: a page's
 * first request is a miss whatever the cache does. Expected number of pages
 * first asked for between `from` and `to` requests, over all requests then
 * (independent draws from the same Zipf weights).
 */
function firstVisitCeiling(cdf: Float64Array, from: number, to: number): { hitShare: number; firstPerSecondAtStart: number } {
  let firstVisits = 0;
  let startRate = 0;
  for (let i = 0; i < cdf.length; i++) {
    const p = cdf[i]! - (i === 0 ? 0 : cdf[i - 1]!);
    firstVisits += Math.exp(-p * from) - Math.exp(-p * to);
    startRate += p * Math.exp(-p * from);
  }
  return { hitShare: 1 - firstVisits / Math.max(1, to - from), firstPerSecondAtStart: startRate };
}

// ---------------------------------------------------------------- readers

/**
 * One answer. `render`: "first" a MISS for a page no reader had been
 * answered before (the archive's cold tail), "again" a MISS for a page
 * answered before this request was sent (expired by a save, or evicted), "stale" served STALE (the
 * 20-s lifetime ran out; rendered in the background), "bypass" not storable.
 */
type Answer = { path: string; done: number; latency: number; status: number; cache: string; render: "first" | "again" | "stale" | "bypass" | null };

class Readers {
  readonly answers: Answer[] = [];
  inFlight = 0;
  /** When each page was first answered 200. */
  private readonly seen = new Map<string, number>();
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 200 });
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly port: number,
    private readonly pages: string[],
    private readonly cdf: Float64Array,
    private readonly t0: number,
  ) {}

  /** Starts requests on schedule, `rate` per second, until stop(). */
  start(rate: number): void {
    const began = performance.now();
    let started = 0;
    this.timer = setInterval(() => {
      const due = Math.floor(((performance.now() - began) / 1000) * rate);
      while (started < due) {
        const scheduled = began + (started * 1000) / rate;
        started++;
        this.request(this.pages[pickRank(this.cdf, Math.random())]!, scheduled);
      }
    }, 5);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  close(): void {
    this.agent.destroy();
  }

  private request(pathname: string, scheduled: number): void {
    this.inFlight++;
    const sentAt = performance.now();
    let finished = false;
    const finish = (status: number, cache: string) => {
      if (finished) return;
      finished = true;
      this.inFlight--;
      const now = performance.now();
      const render =
        // "again" only when the page had been answered before this request left: concurrent misses share one render.
        cache === "MISS" ? ((this.seen.get(pathname) ?? Infinity) < sentAt ? "again" : "first") : cache === "STALE" ? "stale" : cache === "BYPASS" ? "bypass" : null;
      if (status === 200 && !this.seen.has(pathname)) this.seen.set(pathname, now);
      this.answers.push({ path: pathname, done: now - this.t0, latency: now - scheduled, status, cache, render });
    };
    const req = http.get({ host: "127.0.0.1", port: this.port, path: pathname, headers: REQUEST_HEADERS, agent: this.agent, timeout: 30_000 }, (res) => {
      const cache = String(res.headers["x-rundblick-cache"] ?? "-");
      res.on("end", () => finish(res.statusCode ?? 0, cache));
      res.on("error", () => finish(0, "FEHLER"));
      res.resume();
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => finish(0, "FEHLER"));
  }
}

// ---------------------------------------------------------------- editor

type Edit = { at: number; path: string; saveMs: number | null; visibleMs: number | null; expiredPages?: number; error?: string };

/** The front's response-cache counters (VIEWS_STATS=1). */
async function cacheStats(base: string): Promise<Record<string, number> | null> {
  return fetch(`${base}/api/cache`).then((r) => (r.ok ? (r.json() as Promise<Record<string, number>>) : null), () => null);
}

/**
 * The editor, as a browser without JavaScript: the admin's own forms, posted
 * as they are (bench/html-form.ts). A real editor's browser runs on their own
 * machine; a Chromium here would spend the server's two cores on every edit.
 */
class Editor {
  private cookie = "";

  constructor(private readonly base: string) {}

  async logIn(): Promise<void> {
    const form = await this.form("/admin/login", "email");
    const answer = await this.post("/admin/login", formData(form, { email: ADMIN.email, password: ADMIN.password }));
    this.cookie = answer.headers
      .getSetCookie()
      .map((cookie) => cookie.split(";")[0])
      .join("; ");
    if (answer.status !== 303 || !this.cookie) throw new Error(`Anmeldung fehlgeschlagen (${answer.status})`);
  }

  /** Saves the article with a new title as the form's "Speichern" does; resolves when the page it leads to has loaded. */
  async saveTitle(articleId: number, title: string): Promise<number> {
    const path = `/admin/artikel/${articleId}`;
    const form = await this.form(path, "title");
    const clicked = performance.now();
    const answer = await this.post(path, formData(form, { title }));
    const location = answer.headers.get("location") ?? "";
    if (answer.status !== 303 || !location.includes("gespeichert")) throw new Error(`Speichern nicht bestätigt (${answer.status} ${location})`);
    await (await fetch(new URL(location, this.base), { headers: { cookie: this.cookie } })).arrayBuffer();
    return performance.now() - clicked;
  }

  private async form(path: string, withField: string): Promise<HtmlForm> {
    const answer = await fetch(`${this.base}${path}`, { headers: { cookie: this.cookie } });
    const form = parseForms(await answer.text()).find((candidate) => candidate.fields.some(([name]) => name === withField));
    if (!answer.ok || !form) throw new Error(`Kein Formular mit ${withField} auf ${path} (${answer.status})`);
    return form;
  }

  private post(path: string, body: FormData): Promise<Response> {
    // The Origin header a browser sends: Next refuses server actions from elsewhere.
    return fetch(`${this.base}${path}`, { method: "POST", body, redirect: "manual", headers: { cookie: this.cookie, origin: this.base } });
  }
}

async function edit(editor: Editor, base: string, article: { id: number; path: string }, n: number, t0: number): Promise<Edit> {
  const at = performance.now() - t0;
  try {
    const title = `Geändert von bench:scale Nr. ${n} um ${new Date().toISOString().slice(11, 19)}`;
    const statsBefore = await cacheStats(base);
    const saveMs = await editor.saveTitle(article.id, title);
    const saved = performance.now();
    // How long until a reader (no cookies) sees it on the public page.
    let visibleMs: number | null = null;
    while (performance.now() - saved < 60_000) {
      const html = await fetch(`${base}${article.path}`, { headers: { "user-agent": REQUEST_HEADERS["user-agent"] } }).then((r) => r.text(), () => "");
      if (html.includes(title)) {
        visibleMs = performance.now() - saved;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    // The pages this save marked out of date in the front's cache (nothing else expires tags meanwhile).
    const statsAfter = await cacheStats(base);
    const expiredPages = statsBefore && statsAfter ? statsAfter.expiredPages! - statsBefore.expiredPages! : undefined;
    return { at, path: article.path, saveMs, visibleMs, expiredPages };
  } catch (error) {
    return { at, path: article.path, saveMs: null, visibleMs: null, error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
}

// ---------------------------------------------------------------- report

const fmt = (n: number) => (Number.isNaN(n) ? "–" : n.toFixed(0));

function windowLine(label: string, answers: Answer[], open: number): { line: string; p99: number; hits: number; bad: number; refused: number } {
  const latencies = Float64Array.from(answers.map((a) => a.latency)).sort();
  const others: Record<string, number> = {};
  let hits = 0;
  const renders = { first: 0, again: 0, stale: 0, bypass: 0 };
  let bad = 0;
  let refused = 0;
  for (const a of answers) {
    if (a.cache === "HIT") hits++;
    if (a.render) renders[a.render]++;
    if (a.status !== 200) {
      bad++;
      if (a.status === 503 && a.cache === "REFUSED") refused++;
      const key = `${a.status || "Fehler"}/${a.cache}`;
      others[key] = (others[key] ?? 0) + 1;
    }
  }
  const p99 = percentile(latencies, 99);
  const hitShare = answers.length ? (100 * hits) / answers.length : NaN;
  const notOk = bad ? `${bad} (${Object.entries(others).map(([k, v]) => `${k} ${v}`).join(", ")})` : "0";
  const line = `${label.padEnd(14)} ${String(answers.length).padStart(7)}  ${notOk.padEnd(18)} ${fmt(percentile(latencies, 50)).padStart(6)} ${fmt(p99).padStart(7)}  ${(Number.isNaN(hitShare) ? "–" : hitShare.toFixed(1)).padStart(6)} % ${`${renders.first}/${renders.again}/${renders.stale + renders.bypass}`.padStart(14)} ${String(open).padStart(6)}`;
  return { line, p99, hits, bad, refused };
}

// ---------------------------------------------------------------- main

async function main() {
  console.log(`bench:scale – ${ARTICLES.toLocaleString("de-DE")} Artikel, ${RATE} Anfragen/s, ${WARMUP_S} s Aufwärmen, ${SECONDS} s gemessen, alle ${EDIT_EVERY_S} s eine Änderung`);
  const loadBefore = loadAverage();
  console.log(`Last vorher: ${loadBefore} (1/5/15 min)`);
  const archive = await prepareArchive();
  let server: ChildProcess | undefined;
  let readers: Readers | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      readers?.stop();
      readers?.close();
      if (server) await stopServer(server);
      if (archive.drop && !KEEP) await archive.drop();
      else console.log(`Datenbank bleibt erhalten: ${archive.url}`);
      if (!KEEP) rmSync(archive.dataDir, { recursive: true, force: true });
    })());
  onSignal = cleanup;
  try {
    const port = await freePort();
    const logFile = path.join(archive.dataDir, "server.log");
    console.log(`Starte den Server auf Port ${port} (Protokoll: ${logFile}) …`);
    const startedAt = performance.now();
    server = await startServer(archive, port, logFile, (child) => (server = child));
    console.log(`Server bereit nach ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
    const base = `http://127.0.0.1:${port}`;

    const pages = await readerPages(archive.url);
    const cdf = zipfCdf(pages.length);
    console.log(`${pages.length.toLocaleString("de-DE")} Leserseiten (Zipf s = 1; die ersten 10 bekommen ${(100 * cdf[9]!).toFixed(1)} % der Anfragen)`);
    const newest = await withClient(archive.url, async (db) =>
      (
        await db.query<{ id: number; path: string }>(
          `SELECT a.id, '/' || s.slug || '/' || a.slug AS path FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
           WHERE a.status = 'PUBLISHED' AND a."publishedAt" <= now() ORDER BY a."publishedAt" DESC LIMIT 6`,
        )
      ).rows,
    );

    const editor = new Editor(base);
    await editor.logIn();
    console.log("Redaktion angemeldet.");

    const t0 = performance.now();
    readers = new Readers(port, pages, cdf, t0);
    readers.start(RATE);
    const warmupMs = WARMUP_S * 1000;
    const endMs = warmupMs + SECONDS * 1000;
    const edits: Edit[] = [];
    const windows: ReturnType<typeof windowLine>[] = [];

    console.log("");
    console.log("Renders n/e/a: MISS einer Seite zum ersten Mal / MISS einer schon beantworteten Seite (Änderung, Verdrängung) / STALE (20 s abgelaufen) und BYPASS.");
    console.log("Fenster: nach Zeitpunkt der Antwort; offen: Anfragen ohne Antwort am Fensterende.");
    console.log("");
    console.log("Fenster         Antw.  nicht 200            p50 ms  p99 ms  Treffer  Renders n/e/a  offen");
    let consumed = 0;
    const report = (from: number, to: number, label: string, measured: boolean) => {
      const slice = readers!.answers.slice(consumed).filter((a) => a.done < to);
      consumed += slice.length;
      const w = windowLine(label, slice.filter((a) => a.done >= from), readers!.inFlight);
      if (measured) windows.push(w);
      console.log(w.line);
    };
    const sleepUntil = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms - (performance.now() - t0))));

    // Windows every 10 s; edits every EDIT_EVERY_S s of the measured part, run beside them.
    let editing: Promise<void> = Promise.resolve();
    let nextEdit = warmupMs;
    let editNo = 0;
    for (let windowEnd = Math.min(WINDOW_MS, endMs); ; windowEnd = Math.min(windowEnd + WINDOW_MS, endMs)) {
      while (nextEdit < windowEnd && nextEdit < endMs) {
        await sleepUntil(nextEdit);
        const article = newest[editNo % newest.length]!;
        const n = ++editNo;
        editing = editing.then(async () => void edits.push(await edit(editor, base, article, n, t0)));
        nextEdit += EDIT_EVERY_S * 1000;
      }
      await sleepUntil(windowEnd);
      const from = windowEnd - WINDOW_MS;
      const measured = from >= warmupMs;
      const label = measured ? `${Math.round((from - warmupMs) / 1000)}–${Math.round((windowEnd - warmupMs) / 1000)} s` : `auf ${Math.round(Math.max(from, 0) / 1000)}–${Math.round(windowEnd / 1000)} s`;
      report(Math.max(from, 0), windowEnd, label, measured);
      if (windowEnd >= endMs) break;
    }
    readers.stop();
    await editing;
    // Answers still coming for requests started in time.
    const drainUntil = performance.now() + 30_000;
    while (readers.inFlight > 0 && performance.now() < drainUntil) await new Promise((r) => setTimeout(r, 100));
    report(endMs, Infinity, "(Nachlauf)", false);
    const unanswered = readers.inFlight;

    // ---- editor
    console.log("");
    console.log("Änderung  Zeitpunkt  Artikel                                   Speichern  sichtbar nach  Seiten abgelaufen");
    for (const [i, e] of edits.entries()) {
      console.log(
        `${String(i + 1).padStart(8)}  ${`${((e.at - warmupMs) / 1000).toFixed(0)} s`.padStart(9)}  ${e.path.slice(0, 40).padEnd(40)}  ${(e.saveMs === null ? "–" : `${fmt(e.saveMs)} ms`).padStart(9)}  ${(e.visibleMs === null ? (e.error ?? "nicht binnen 60 s") : `${fmt(e.visibleMs)} ms`).padStart(13)}  ${String(e.expiredPages ?? "–").padStart(17)}`,
      );
    }

    // ---- renders per edit: a save makes the pages that showed the article
    // miss again ("again"); so do evictions. Per edit: the distinct pages
    // that missed again in the EDIT_EVERY_S s after it (readers who asked
    // while one was being rendered share that render, each answer a MISS),
    // minus their rate in the last EDIT_EVERY_S s of the warm-up (no edits
    // then). Pages nobody asks for in that span are not seen, and renders of
    // shared pieces (/esi/…) never are.
    const againIn = (from: number, to: number) =>
      new Set(readers!.answers.filter((a) => a.done >= from && a.done < to && a.render === "again").map((a) => a.path)).size;
    const span = EDIT_EVERY_S * 1000;
    const quiet = Math.min(span, warmupMs);
    const baseline = quiet > 0 ? (againIn(warmupMs - quiet, warmupMs) * span) / quiet : 0;
    const perEdit = edits.map((e) => againIn(e.at, e.at + span) * (span / Math.max(1, Math.min(span, endMs - e.at))) - baseline);
    console.log(
      `Renders je Änderung (Seiten mit erneutem MISS in ${EDIT_EVERY_S} s danach minus ${baseline.toFixed(0)} im Aufwärmen ohne Änderung): ${perEdit.map((r) => r.toFixed(0)).join(", ") || "–"}`,
    );

    // ---- summary
    const measuredAnswers = readers.answers.filter((a) => a.done >= warmupMs);
    const total = windowLine("gesamt", measuredAnswers, unanswered);
    console.log("");
    console.log(`Gesamt (gemessen): ${total.line.slice(15)}`);
    const hitShare = measuredAnswers.length ? (100 * total.hits) / measuredAnswers.length : 0;
    // Hits among answers to pages readers had been answered before: what the cache can do something about.
    const repeats = measuredAnswers.filter((a) => a.render !== "first");
    const repeatHitShare = repeats.length ? (100 * repeats.filter((a) => a.cache === "HIT").length) / repeats.length : 0;
    const ceiling = firstVisitCeiling(cdf, RATE * WARMUP_S, RATE * (WARMUP_S + SECONDS));
    const worstP99 = Math.max(...windows.map((w) => w.p99).filter((p) => !Number.isNaN(p)));
    const saves = edits.map((e) => e.saveMs);
    const yes = (ok: boolean) => (ok ? "erreicht" : "nicht erreicht");
    const archiveSize = await withClient(archive.url, async (db) => Number((await db.query(`SELECT count(*) AS n FROM "Article" WHERE status = 'PUBLISHED'`)).rows[0].n));
    const serverStats = await cacheStats(base);
    if (serverStats) {
      console.log(
        `Antwort-Cache des Servers: ${serverStats.entries} Einträge, ${(serverStats.bytes! / 1024 / 1024).toFixed(0)} MB; gespeichert ${serverStats.stored}, verdrängt ${serverStats.evicted}, abgelaufen ${serverStats.expiredPages} Seiten, abgewiesen ${serverStats.refused}`,
      );
    }
    console.log("");
    console.log(`Ziele (bei ${RATE} Anfragen/s, ${archiveSize.toLocaleString("de-DE")} veröffentlichten Artikeln):`);
    if (RATE <= 300) {
      console.log(`  nur 200 nach dem Aufwärmen: ${yes(total.bad === 0 && unanswered === 0)} (${total.bad} andere, ${unanswered} ohne Antwort)`);
      console.log(`  p99 ≤ 250 ms in jedem 10-s-Fenster: ${yes(worstP99 <= 250)} (schlechtestes ${fmt(worstP99)} ms)`);
      console.log(`  ≥ 95 % Cache-Treffer: ${yes(hitShare >= 95)} (${hitShare.toFixed(1)} %)`);
      console.log(
        `    davon erreichbar: höchstens ${(100 * ceiling.hitShare).toFixed(1)} % (Erstaufrufe nach Zipf bei ${pages.length.toLocaleString("de-DE")} Seiten; ` +
          `zu Beginn ${ceiling.firstPerSecondAtStart.toFixed(0)} neue Seiten/s); Treffer bei schon beantworteten Seiten: ${repeatHitShare.toFixed(1)} %`,
      );
      console.log(`  Speichern ≤ 2 s jedes Mal: ${yes(saves.length > 0 && saves.every((s) => s !== null && s <= 2000))} (${saves.map((s) => (s === null ? "Fehler" : `${fmt(s)} ms`)).join(", ")})`);
      console.log(`  Renders je Änderung (unabhängig von der Archivgröße zu prüfen): ${perEdit.map((r) => r.toFixed(0)).join(", ") || "–"} Seiten mit erneutem MISS; abgelaufen im Cache: ${edits.map((e) => e.expiredPages ?? "–").join(", ")} Seiten`);
    } else {
      const share = measuredAnswers.length ? (100 * total.refused) / measuredAnswers.length : 0;
      console.log(`  nur 200 und schnelle Überlastantworten (≤ 1 %): ${yes(total.bad === total.refused && share <= 1 && unanswered === 0)} (${total.refused} REFUSED = ${share.toFixed(2)} %, ${total.bad - total.refused} andere, ${unanswered} ohne Antwort)`);
      console.log(`  p99 < 1 s: ${yes(percentile(Float64Array.from(measuredAnswers.map((a) => a.latency)).sort(), 99) < 1000)} (schlechtestes Fenster ${fmt(worstP99)} ms)`);
    }
    console.log(`Last vorher: ${loadBefore}; nachher: ${loadAverage()}`);
  } finally {
    await cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
