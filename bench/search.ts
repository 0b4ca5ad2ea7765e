/**
 * `npm run bench:search`: search query times at 100,000 articles (or
 * --articles=1000000, see docs/benchmarks.md).
 *
 * Creates a scratch database (a new database on the server in
 * TEST_DATABASE_URL when set, else an in-memory embedded PGlite), applies the
 * migrations, generates the articles in one INSERT … SELECT generate_series
 * from invented German-like text, then runs a fixed mix of searches through
 * findArticles (the site's own SQL, lib/search/sql.ts) and prints p50/p95/max
 * and the indexes each kind's plan reads. The scratch database is dropped at
 * the end.
 *
 *   npm run bench:search -- [--articles=100000] [--queries=400] [--keep]
 *                           [--database=<url>] [--burst=20] [--http=<site url>]
 * --keep leaves the scratch database in place and prints its URL (to EXPLAIN
 * queries, or to run again with --database=<that url>, which skips the
 * generation). --burst=<n> then sends n different phrase searches at once
 * through the search guard (lib/search/guard.ts, default limits, a pool of 10
 * as the site has) while a small primary-key read, standing in for everything
 * else the site asks of the database, is timed in a loop: how many got
 * results, "zu allgemein" or "busy", and that read's p99 meanwhile.
 * --http=<site url> (with --database=<the site's database>) sends the same mix
 * through the running site instead, uncached (each query gets an exclusion of
 * an invented word, so neither the response cache nor the data cache knows
 * it; canonical URLs, so no redirect), then 20 such phrase searches at once
 * while the newest article's page, cached, is timed in a loop.
 */
import { performance } from "node:perf_hooks";
import { createPrismaClient } from "../lib/db/prisma-client";
import { findArticles, searchPlan } from "../lib/search/sql";
import { guardedSearch, searchGuardLimits } from "../lib/search/guard";
import { canonicalSearchHref, sanitizeQuery, type SearchInput } from "../lib/search/query";
import { createScratchDatabase } from "../test/database";
import { percentile } from "./stats";

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = arg ? Number(arg.split("=")[1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

const ARTICLES = option("articles", 100_000);
const QUERIES = option("queries", 400);
const WARMUP = 40;
const KEEP = process.argv.includes("--keep");
const BURST = process.argv.some((a) => a.startsWith("--burst=")) ? option("burst", 20) : 0;
const HTTP = process.argv.find((a) => a.startsWith("--http="))?.slice("--http=".length).replace(/\/+$/, "");
const REUSE = process.argv.find((a) => a.startsWith("--database="))?.slice("--database=".length);

// Our own word lists. Articles get a few topic nouns each (common nouns or
// compounds), surrounded by stop words and everyday verbs and adjectives, so
// that a compound matches a few hundred articles, a common noun a few
// thousand, and an everyday verb most of them, roughly like a real archive.
const stopWords = `der die das und in zu mit von für auf ist im den dem des ein eine einer nicht sich auch es an als
  nach wie bei aus um noch wird hat sind war über vor so nur am zum zur werden wurde haben`.split(/\s+/);
const everyday = `sagte sagt erklärte fordert forderte kritisiert beschließt beschloss steigt stieg sinkt sank plant plante
  warnt warnte verliert gewinnt gewann eröffnet eröffnete baut startet endet bleibt zeigt zeigte meldet meldete prüft
  neue neuen alte großen kleine hohe höheren deutlich stark schwer wichtig öffentlichen regionalen bundesweit
  europäischen erstmals bereits weiterhin künftig gestern heute morgen zuletzt rund knapp mehr weniger viele
  einige lange kurz schnell langsam`.split(/\s+/);
const nouns = `Regierung Bundestag Stadt Gemeinde Landkreis Polizei Gericht Schule Klinik Hafen Bahn Strecke Verkehr
  Wetter Sturm Regen Hochwasser Energie Strom Preise Kosten Steuer Haushalt Millionen Milliarden Minister Ministerin
  Kanzler Partei Wahl Mehrheit Koalition Opposition Antrag Gesetz Reform Rente Arbeit Unternehmen Betrieb Industrie
  Handel Export Märkte Banken Zinsen Inflation Wirtschaft Wachstum Krise Streik Gewerkschaft Verhandlungen Einigung
  Vertrag Mannschaft Trainer Saison Liga Meisterschaft Sieg Niederlage Turnier Konzert Theater Ausstellung Museum
  Film Roman Künstlerin Bühne Festival Forschung Studie Wissenschaftler Universität Labor Klima Umwelt Wälder Wasser
  Tiere Vögel Küste Insel Berge Fluss Brücke Straßen Häuser Wohnungen Mieten Bauern Ernte Ärzte Patienten Pflege
  Krankenhaus Kinder Eltern Familien Jugendliche Bürger Behörde Verwaltung Digitalisierung Daten Internet Software
  Sicherheit Verteidigung Grenze Integration Feuerwehr Unfall Flughafen Hitze Dürre Schnee Hamburg Bremen Kassel
  Leipzig Dresden Köln Mainz Rostock Freiburg Nürnberg Münster Erfurt Potsdam Kiel Augsburg Bielefeld`.split(/\s+/);
const prefixes = `Wasser Strom Bahn Schul Kinder Wohn Miet Bau Stadt Land Wald Klima Energie Verkehr Steuer Renten
  Gesundheits Bildungs Kultur Sport Forschungs Daten Sicherheits Grenz Hafen Flug Haus Feuer Wetter Markt Preis Lohn
  Arbeits Handels Fußball Musik Kunst Boden Luft Nacht`.split(/\s+/);
const heads = `werk plan gesetz reform streit projekt bericht netz amt zentrum verband gipfel debatte konzept programm
  gebiet anlage station lage fonds vertrag modell verbot förderung versorgung wende bündnis rat verein kommission
  initiative register quote garantie pakt`.split(/\s+/);

function sqlArray(words: string[]): string {
  return `ARRAY[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(",")}]::text[]`;
}

// Word lists and numbers are our constants, not input: building the statement as text is safe here.
function generateSql(count: number): string {
  const pick = (list: string) => `${list}[1 + floor(random() * cardinality(${list}))::int]`;
  return `
    WITH w AS (
      SELECT ${sqlArray(stopWords)} AS stop, ${sqlArray(everyday)} AS everyday,
             ${sqlArray(nouns)} AS nouns, ${sqlArray(prefixes)} AS prefixes, ${sqlArray(heads)} AS heads
    )
    INSERT INTO "Article" (slug, "sectionId", kicker, title, teaser, body, status, "publishedAt", "updatedAt")
    SELECT 'bench-' || g,
           (SELECT id FROM "Section" ORDER BY id OFFSET g % 6 LIMIT 1),
           t.topic[3],
           t.topic[1] || ' ' || ${pick("w.everyday")} || ' ' || t.topic[2] || ' in ' || ${pick("w.nouns")},
           x.teaser, x.body,
           CASE WHEN g % 50 = 0 THEN 'DRAFT' WHEN g % 97 = 0 THEN 'SCHEDULED' ELSE 'PUBLISHED' END::"ArticleStatus",
           now() AT TIME ZONE 'UTC' - random() * interval '1095 days' + CASE WHEN g % 97 = 0 THEN interval '1200 days' ELSE interval '0' END,
           now() AT TIME ZONE 'UTC'
    FROM w, generate_series(1, ${count}) g
    CROSS JOIN LATERAL (
      -- ORDER BY i ties the aggregate to this subquery (its other inputs are all outer columns).
      SELECT array_agg(CASE WHEN random() < 0.5 THEN ${pick("w.nouns")}
                            ELSE ${pick("w.prefixes")} || ${pick("w.heads")} END ORDER BY i) AS topic
      FROM generate_series(1, 6 + 0 * g) i
    ) t
    CROSS JOIN LATERAL (
      SELECT string_agg(word, ' ') FILTER (WHERE n <= 25) AS teaser, string_agg(word, ' ') AS body
      FROM (
        SELECT n, CASE WHEN r < 0.5 THEN ${pick("w.stop")}
                       WHEN r < 0.75 THEN ${pick("w.everyday")}
                       ELSE t.topic[1 + floor(random() * 6)::int] END
                  || CASE WHEN random() < 0.07 THEN '.' ELSE '' END AS word
        FROM (SELECT n, random() AS r FROM generate_series(1, 150 + g % 150) n) draws
      ) words
    ) x`;
}

type QueryClass = { name: string; share: number; make: (rand: () => number) => Partial<SearchInput> & { query: string } };

const any = <T>(rand: () => number, list: T[]): T => list[Math.floor(rand() * list.length)];
const compound = (rand: () => number) => any(rand, prefixes) + any(rand, heads);

const queryClasses: QueryClass[] = [
  { name: "Kompositum (selten)", share: 0.3, make: (r) => ({ query: compound(r) }) },
  { name: "Substantiv (häufig)", share: 0.2, make: (r) => ({ query: any(r, nouns) }) },
  { name: "zwei Wörter", share: 0.1, make: (r) => ({ query: `${any(r, nouns)} ${compound(r)}` }) },
  { name: "Wortgruppe", share: 0.07, make: (r) => ({ query: `"${any(r, everyday)} ${any(r, nouns)}"` }) },
  { name: "or", share: 0.07, make: (r) => ({ query: `${compound(r)} or ${compound(r)}` }) },
  { name: "Ausschluss", share: 0.06, make: (r) => ({ query: `${any(r, nouns)} -${any(r, everyday)}` }) },
  { name: "mit Ressort", share: 0.06, make: (r) => ({ query: any(r, nouns), section: "wirtschaft" }) },
  { name: "letzte 30 Tage", share: 0.06, make: (r) => ({ query: any(r, nouns), period: "30tage" }) },
  { name: "Seite 3", share: 0.05, make: (r) => ({ query: any(r, nouns), page: 3 }) },
  { name: "Alltagswort (sehr breit)", share: 0.03, make: (r) => ({ query: any(r, everyday.slice(0, 20)) }) },
];

// Same queries on every run (a small LCG, not Math.random).
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;

async function main() {
  const label = process.env.TEST_DATABASE_URL ? "PostgreSQL (TEST_DATABASE_URL)" : "eingebettete PGlite";
  const database = REUSE ? { url: REUSE, poolMax: 1, drop: async () => undefined } : await createScratchDatabase("bench_search");
  process.env.DATABASE_POOL_MAX = String(database.poolMax ?? 1);
  // Generating 100,000 articles takes longer than the app allows one statement.
  const db = createPrismaClient(database.url, { statementTimeoutMs: 0 });
  try {
    if (REUSE) {
      const [{ count }] = await db.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM "Article"`);
      console.log(`Suche-Benchmark: ${Number(count).toLocaleString("de-DE")} Artikel (vorhandene Datenbank), ${QUERIES} Abfragen`);
    } else {
      console.log(`Suche-Benchmark: ${ARTICLES.toLocaleString("de-DE")} Artikel, ${QUERIES} Abfragen, ${label}`);
      await generate(db);
    }
    if (HTTP) {
      await timeHttp(db, HTTP);
    } else {
      await timeQueries(db);
      if (BURST > 0) await burst(database.url);
    }
  } finally {
    await db.$disconnect();
    if (KEEP || REUSE) console.log(`Datenbank bleibt erhalten: ${database.url}`);
    else await database.drop();
  }
}

type Client = ReturnType<typeof createPrismaClient>;

async function generate(db: Client) {
  const sections = ["politik", "wirtschaft", "sport", "kultur", "wissen", "panorama"];
  for (const [position, slug] of sections.entries()) {
    await db.section.create({ data: { slug, name: slug[0].toUpperCase() + slug.slice(1), position } });
  }

  const started = performance.now();
  // The RUM index (where the server has rum) is built after the rows, as an
  // operator would on an existing archive: kept during the INSERT it would
  // make the generation several times slower.
  const [{ definition }] = await db.$queryRawUnsafe<{ definition: string | null }[]>(
    `SELECT pg_get_indexdef(to_regclass('public."Article_searchVector_rum_idx"')) AS definition`,
  );
  if (definition) await db.$executeRawUnsafe(`DROP INDEX "Article_searchVector_rum_idx"`);
  await db.$executeRawUnsafe(generateSql(ARTICLES));
  if (definition) {
    const indexing = performance.now();
    await db.$executeRawUnsafe(definition);
    console.log(`RUM-Index erstellt in ${((performance.now() - indexing) / 1000).toFixed(1)} s`);
  }
  // Leaves the index as autovacuum would: GIN's pending list (fastupdate)
  // merged, which every search would otherwise scan in full.
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Article"`);
  const [size] = await db.$queryRawUnsafe<{ table: string; index: string; rum: string | null; words: number }[]>(`
    SELECT pg_size_pretty(pg_total_relation_size('"Article"')) AS table,
           pg_size_pretty(pg_relation_size('"Article_searchVector_idx"')) AS index,
           pg_size_pretty(pg_relation_size(to_regclass('public."Article_searchVector_rum_idx"'))) AS rum,
           (SELECT avg(array_length(regexp_split_to_array(body, ' '), 1))::int FROM "Article") AS words`);
  console.log(
    `Erzeugt in ${((performance.now() - started) / 1000).toFixed(1)} s: Tabelle ${size.table}, GIN-Index ${size.index}, ${size.rum ? `RUM-Index ${size.rum}` : "kein RUM-Index"}, im Mittel ${size.words} Wörter je Text`,
  );
}

/** The fixed mix: the same queries on every run. */
function queryPlan(): { cls: QueryClass; input: SearchInput }[] {
  const rand = seeded(20261125);
  const plan: { cls: QueryClass; input: SearchInput }[] = [];
  for (let i = 0; i < WARMUP + QUERIES; i++) {
    let x = rand();
    const cls = queryClasses.find((c) => (x -= c.share) < 0) ?? queryClasses[0];
    const made = cls.make(rand);
    plan.push({ cls, input: { page: 1, ...made, query: sanitizeQuery(made.query) } });
  }
  return plan;
}

async function timeQueries(db: Client) {
  const plan = queryPlan();

  const times = new Map<string, { ms: number[]; hits: number[]; plans: Map<string, number> }>();
  const all: number[] = [];
  for (const [i, { cls, input }] of plan.entries()) {
    const started = performance.now();
    const results = await findArticles(db, input);
    const elapsed = performance.now() - started;
    if (i < WARMUP) continue;
    all.push(elapsed);
    const entry = times.get(cls.name) ?? { ms: [], hits: [], plans: new Map<string, number>() };
    entry.ms.push(elapsed);
    entry.hits.push(results.total);
    times.set(cls.name, entry);
  }
  // The plans apart from the timed runs (EXPLAIN plans without running; a sample per kind).
  for (const { cls, input } of plan.slice(WARMUP, WARMUP + 120)) {
    const used = (await searchPlan(db, input)) ?? "keine Abfrage";
    const plans = times.get(cls.name)?.plans;
    plans?.set(used, (plans.get(used) ?? 0) + 1);
  }

  console.log("\nAbfrageart                 Anzahl  Treffer (Median)      p50      p95      max");
  for (const cls of queryClasses) {
    const entry = times.get(cls.name);
    if (!entry) continue;
    const sorted = [...entry.ms].sort((a, b) => a - b);
    const hits = [...entry.hits].sort((a, b) => a - b);
    console.log(
      `${cls.name.padEnd(26)} ${String(sorted.length).padStart(6)}  ${String(percentile(hits, 50)).padStart(16)}  ${ms(percentile(sorted, 50)).padStart(8)} ${ms(percentile(sorted, 95)).padStart(8)} ${ms(sorted.at(-1)!).padStart(8)}`,
    );
    for (const [used, count] of entry.plans) console.log(`${"".padEnd(28)}Plan (${count}×): ${used}`);
  }
  all.sort((a, b) => a - b);
  const p95 = percentile(all, 95);
  console.log(
    `${"alle".padEnd(26)} ${String(all.length).padStart(6)}  ${"".padStart(16)}  ${ms(percentile(all, 50)).padStart(8)} ${ms(p95).padStart(8)} ${ms(all.at(-1)!).padStart(8)}`,
  );
  const worstKind = Math.max(...[...times.values()].map((e) => percentile([...e.ms].sort((a, b) => a - b), 95)));
  const max = all.at(-1)!;
  const met = worstKind <= 50 && max <= 500;
  console.log(`\nZiel jede Art p95 ≤ 50 ms, keine über 500 ms: ${met ? "erreicht" : "verfehlt"} (schlechteste Art p95 ${ms(worstKind)}, max ${ms(max)}).`);
}

/** --burst: n phrase searches at once under the guard, and a point read timed meanwhile. */
async function burst(url: string) {
  const pool = createPrismaClient(url, { statementTimeoutMs: 0, poolMax: 10 });
  try {
    const limits = { ...searchGuardLimits(), concurrency: 3 };
    const rand = seeded(4711);
    const inputs = Array.from({ length: BURST }, () => ({ page: 1, query: `"${any(rand, everyday)} ${any(rand, nouns)}"` }));
    const [{ id: maxId }] = await pool.$queryRawUnsafe<{ id: number }[]>(`SELECT max(id) AS id FROM "Article"`);
    const reads: number[] = [];
    let running = true;
    const reader = (async () => {
      while (running) {
        const started = performance.now();
        await pool.article.findUnique({ where: { id: 1 + Math.floor(Math.random() * maxId) }, select: { id: true, title: true } });
        reads.push(performance.now() - started);
      }
    })();
    const started = performance.now();
    const answers = await Promise.all(
      inputs.map(async (input) => {
        const t = performance.now();
        const results = await guardedSearch(pool, input, limits);
        return { notice: results.notice ?? "Treffer", ms: performance.now() - t };
      }),
    );
    const wall = performance.now() - started;
    running = false;
    await reader;
    const counts = new Map<string, number>();
    for (const { notice } of answers) counts.set(notice, (counts.get(notice) ?? 0) + 1);
    const times = answers.map((a) => a.ms).sort((a, b) => a - b);
    reads.sort((a, b) => a - b);
    console.log(`\n${BURST} Wortgruppen gleichzeitig (Wächter: ${limits.timeoutMs} ms, ${limits.concurrency} zugleich): ${[...counts].map(([k, v]) => `${v}× ${k}`).join(", ")}`);
    console.log(`  Antwortzeit p50 ${ms(percentile(times, 50))}, max ${ms(times.at(-1)!)}, alle nach ${ms(wall)}`);
    console.log(`  Lesezugriff per Primärschlüssel währenddessen: ${reads.length}×, p50 ${ms(percentile(reads, 50))}, p99 ${ms(percentile(reads, 99))}`);
  } finally {
    await pool.$disconnect();
  }
}

type HttpAnswer = { status: number; ms: number; kind: string; cache: string };

async function get(url: string): Promise<HttpAnswer> {
  const started = performance.now();
  const response = await fetch(url, { redirect: "manual" });
  const body = await response.text();
  const kind =
    response.status !== 200
      ? `HTTP ${response.status}`
      : body.includes("Ihre Suche ist zu allgemein")
        ? "zu allgemein"
        : body.includes("stark gefragt")
          ? "busy"
          : "Treffer";
  return { status: response.status, ms: performance.now() - started, kind, cache: response.headers.get("x-rundblick-cache") ?? "-" };
}

/** Unknown to every cache: an exclusion of a word no article has, new on every run. */
function uncached(input: SearchInput, tag: string): string {
  const params = new URLSearchParams({ q: `${input.query} -zq${tag}`, seite: String(input.page) });
  if (input.section) params.set("ressort", input.section);
  if (input.period) params.set("zeitraum", input.period);
  return canonicalSearchHref(params);
}

const tally = (answers: HttpAnswer[]) => {
  const counts = new Map<string, number>();
  for (const { kind } of answers) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([k, v]) => `${v}× ${k}`).join(", ");
};

/** --http: the mix through the running site, uncached; then 20 phrase searches at once while a cached article page is timed. */
async function timeHttp(db: Client, base: string) {
  const run = Date.now().toString(36);
  const plan = queryPlan();
  const times = new Map<string, HttpAnswer[]>();
  for (const [i, { cls, input }] of plan.entries()) {
    const answer = await get(base + uncached(input, `${run}x${i}`));
    if (i < WARMUP) continue;
    times.set(cls.name, [...(times.get(cls.name) ?? []), answer]);
  }
  console.log(`\nÜber HTTP (${base}), ungecacht\nAbfrageart                 Anzahl      p50      p95      max  Antworten`);
  for (const cls of queryClasses) {
    const answers = times.get(cls.name);
    if (!answers) continue;
    const sorted = answers.map((a) => a.ms).sort((a, b) => a - b);
    console.log(
      `${cls.name.padEnd(26)} ${String(sorted.length).padStart(6)} ${ms(percentile(sorted, 50)).padStart(8)} ${ms(percentile(sorted, 95)).padStart(8)} ${ms(sorted.at(-1)!).padStart(8)}  ${tally(answers)}`,
    );
  }

  const [article] = await db.$queryRawUnsafe<{ section: string; slug: string }[]>(`
    SELECT s.slug AS section, a.slug FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
    WHERE a.status = 'PUBLISHED' AND a."publishedAt" <= now() AT TIME ZONE 'UTC' ORDER BY a."publishedAt" DESC LIMIT 1`);
  const articleUrl = `${base}/${article.section}/${article.slug}`;
  for (let i = 0; i < 5; i++) await get(articleUrl);
  const pages: HttpAnswer[] = [];
  let running = true;
  const reader = (async () => {
    while (running) pages.push(await get(articleUrl));
  })();
  const rand = seeded(4711);
  const started = performance.now();
  const burstAnswers = await Promise.all(
    Array.from({ length: BURST || 20 }, (_, i) =>
      get(base + uncached({ page: 1, query: `"${any(rand, everyday)} ${any(rand, nouns)}"` }, `${run}b${i}`)),
    ),
  );
  const wall = performance.now() - started;
  running = false;
  await reader;
  const searchTimes = burstAnswers.map((a) => a.ms).sort((a, b) => a - b);
  const pageTimes = pages.map((a) => a.ms).sort((a, b) => a - b);
  console.log(`\n${burstAnswers.length} Wortgruppen gleichzeitig über HTTP: ${tally(burstAnswers)}; p50 ${ms(percentile(searchTimes, 50))}, max ${ms(searchTimes.at(-1)!)}, alle nach ${ms(wall)}`);
  console.log(
    `  Artikelseite ${article.section}/${article.slug} währenddessen: ${pages.length}× (${[...new Set(pages.map((p) => p.cache))].join("/")}), p50 ${ms(percentile(pageTimes, 50))}, p99 ${ms(percentile(pageTimes, 99))}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
