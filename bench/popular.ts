/**
 * `npm run bench:popular`: the ranking query (lib/popularity/query.ts, the
 * same SQL the box uses) on 100,000 articles with about 10,000,000 views in
 * the 24-hour window, in a scratch database it creates and drops; the
 * newsroom's dashboard on the same data (lib/popularity/dashboard.ts, the
 * same SQL and components the page uses), with a pass/fail line against its
 * 100 ms target; then what keeping the pre-aggregated windows costs (a flush,
 * an hourly window move).
 *
 * Env: BENCH_DATABASE_URL or TEST_DATABASE_URL (a Postgres server; default
 * postgresql://postgres@127.0.0.1:5432/postgres), BENCH_KEEP=1 keeps the
 * scratch database.
 */
import pg from "pg";
import { queryArticleViews, queryDashboard, type DashboardScope } from "../lib/popularity/dashboard";
import { queryMostRead } from "../lib/popularity/query";
import type { MostReadWindow } from "../lib/popularity/rank";
import { createPrismaClient } from "../lib/db/prisma-client";
import { writeViewCounts } from "../lib/views/store";
import { advanceViewWindows, rebuildViewWindows } from "../lib/views/windows";
import { applyMigrations } from "../scripts/db/schema-engine";
import { loadAverage } from "./args";
import { percentile } from "./stats";

const ARTICLES = 100_000;
/** The dashboard's target: server time per render. */
const DASHBOARD_TARGET_MS = 100;
const DASHBOARD_RUNS = 100;
const AUTHOR_USER = "bench-autorin";
const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = "rundblick_bench_popular";

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function timeStats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return `Median ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, min ${sorted[0]!.toFixed(1)} ms`;
}

async function main() {
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    console.log(`Lege ${ARTICLES} Artikel und ihre Aufrufe an …`);
    const started = Date.now();
    await client.query(`INSERT INTO "Section" (slug, name) SELECT 'ressort-' || i, 'Ressort ' || i FROM generate_series(1, 6) i`);
    // Published over the last 60 days; every 50th is a draft.
    await client.query(`
      INSERT INTO "Article" (slug, "sectionId", title, teaser, body, status, "publishedAt")
      SELECT 'artikel-' || i, 1 + i % 6, 'Artikel ' || i, 'Teaser', 'Text',
             (CASE WHEN i % 50 = 0 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"ArticleStatus",
             CASE WHEN i % 50 = 0 THEN NULL ELSE now() AT TIME ZONE 'UTC' - (i * interval '52 seconds') END
      FROM generate_series(1, ${ARTICLES}) i`);
    // A long tail: a few articles draw most readers (views ~ 1/rank^0.7). In the
    // last 24 hours each article has a row in every fourth hour (600,000 rows,
    // about 10 million views); older hours are sparser. Deterministic.
    await client.query(`
      INSERT INTO "ArticleViewHourly" ("articleId", hour, views)
      SELECT a.id, date_trunc('hour', now() AT TIME ZONE 'UTC') - (k * interval '1 hour'),
             (1 + floor(16100.0 / power(a.id, 0.7) * ((a.id * 7 + k * 13) % 100) / 50.0))::int
      FROM "Article" a
      CROSS JOIN generate_series(0, 24 * 30 - 1) k
      WHERE (k < 24 AND (a.id + k) % 4 = 0) OR (k >= 24 AND (a.id + k) % 100 = 0)`);
    // One author's byline on every 250th article (400 articles), for an author's dashboard.
    await client.query(`INSERT INTO "user" (id, name, email, role) VALUES ('${AUTHOR_USER}', 'Bench Autorin', 'bench@example.com', 'AUTHOR')`);
    await client.query(`INSERT INTO "Author" (slug, name, "userId") VALUES ('bench-autorin', 'Bench Autorin', '${AUTHOR_USER}')`);
    await client.query(`
      INSERT INTO "ArticleAuthor" ("articleId", "authorId")
      SELECT a.id, (SELECT id FROM "Author" WHERE slug = 'bench-autorin') FROM "Article" a WHERE a.id % 250 = 0`);
    await client.query(`ANALYZE`);
    const { rows } = await client.query(`
      SELECT count(*)::int AS rows, sum(views)::bigint AS views FROM "ArticleViewHourly"
      WHERE hour >= date_trunc('hour', now() AT TIME ZONE 'UTC') - interval '24 hours'`);
    const all = await client.query(`SELECT count(*)::int AS rows, sum(views)::bigint AS views FROM "ArticleViewHourly"`);
    const twoDays = await client.query(`
      SELECT count(*)::int AS rows, sum(views)::bigint AS views FROM "ArticleViewHourly"
      WHERE hour >= date_trunc('hour', now() AT TIME ZONE 'UTC') - interval '47 hours'`);
    console.log(
      `Im 24-Stunden-Fenster: ${rows[0].views} Aufrufe in ${rows[0].rows} Stundenzeilen; insgesamt ${all.rows[0].views} in ${all.rows[0].rows} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
    console.log(`In den 48 Stunden des Dashboards: ${twoDays.rows[0].views} Aufrufe in ${twoDays.rows[0].rows} Stundenzeilen`);
  } finally {
    await client.end();
  }

  process.env.DATABASE_POOL_MAX = "1";
  // Building millions of view rows takes longer than the app allows one statement.
  const prisma = createPrismaClient(url.toString(), { statementTimeoutMs: 0 });
  try {
    // The pre-aggregated windows, as the flush would have kept them.
    const rebuilt = Date.now();
    await prisma.$transaction((tx) => rebuildViewWindows(tx), { timeout: 600_000 });
    await prisma.$executeRawUnsafe(`ANALYZE "ArticleViewWindow"`);
    console.log(`Fenstersummen aufgebaut in ${((Date.now() - rebuilt) / 1000).toFixed(1)} s`);
    const cases: { label: string; window: MostReadWindow; sectionId?: number }[] = [
      { label: "1 Std.", window: "1h" },
      { label: "24 Std.", window: "24h" },
      { label: "24 Std., ein Ressort", window: "24h", sectionId: 3 },
      { label: "7 Tage", window: "7d" },
      { label: "30 Tage", window: "30d" },
    ];
    for (const c of cases) {
      await queryMostRead(prisma, { window: c.window, limit: 5, sectionId: c.sectionId });
      const samples: number[] = [];
      for (let i = 0; i < 50; i++) {
        const t = performance.now();
        await queryMostRead(prisma, { window: c.window, limit: 5, sectionId: c.sectionId });
        samples.push(performance.now() - t);
      }
      console.log(`Rangliste ${c.label.padEnd(22)} ${timeStats(samples)}`);
    }

    await benchDashboard(prisma);

    // The upkeep: one flush batch (2,000 article-hours, as a busy 3-second
    // flush holds) and the hourly move of every window start.
    const flushSamples: number[] = [];
    for (let i = 0; i < 10; i++) {
      const hour = Math.floor(Date.now() / 3_600_000) * 3_600_000;
      const batch = Array.from({ length: 2_000 }, (_, k) => ({ articleId: 1 + ((k * 37 + i * 1_009) % ARTICLES), hour, views: 1 + (k % 5) }))
        .filter((r) => r.articleId % 50 !== 0)
        .sort((a, b) => a.articleId - b.articleId);
      const t = performance.now();
      await writeViewCounts(prisma, batch);
      flushSamples.push(performance.now() - t);
    }
    console.log(`Flush (2.000 Artikel-Stunden)   ${timeStats(flushSamples)}`);
    for (const ahead of [1, 2]) {
      const t = performance.now();
      const moved = await advanceViewWindows(prisma, new Date(Date.now() + ahead * 3_600_000));
      console.log(`Fenster eine Stunde weiter (${moved} Fenster): ${(performance.now() - t).toFixed(0)} ms`);
    }
  } finally {
    await prisma.$disconnect();
    if (process.env.BENCH_KEEP !== "1") await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

function timeStatsP99(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), text: `p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted.at(-1)!.toFixed(1)} ms` };
}

/**
 * The dashboard as the page renders it: every query (lib/popularity/dashboard.ts)
 * and the HTML of its components, timed together per render; the same for
 * an author's dashboard and for the edit page's views of the most-read article.
 */
async function benchDashboard(prisma: ReturnType<typeof createPrismaClient>) {
  // React as the server runs it: its production build (chosen when it is first loaded).
  Object.assign(process.env, { NODE_ENV: "production" });
  const [{ createElement }, { renderToStaticMarkup }, { DashboardView }, { ArticleViewsSection }] = await Promise.all([
    import("react"),
    import("react-dom/server"),
    import("../components/admin/dashboard-view"),
    import("../components/admin/article-views"),
  ]);
  const cases: { label: string; run: () => Promise<unknown>; target: boolean }[] = [];
  const dashboard = (scope: DashboardScope, scopeLabel: string) => async () => {
    const data = await queryDashboard(prisma, { now: new Date(), scope });
    return renderToStaticMarkup(createElement(DashboardView, { dashboard: data, scopeLabel }));
  };
  cases.push({ label: "Dashboard, nur SQL", run: () => queryDashboard(prisma, { now: new Date() }), target: false });
  cases.push({ label: "Dashboard, Redaktion", run: dashboard({}, "Gesamte Website"), target: true });
  cases.push({ label: "Dashboard, eine Autorin", run: dashboard({ authorUserId: AUTHOR_USER }, "Ihre Artikel"), target: true });
  cases.push({
    label: "Artikel-Verlauf (30 Tage)",
    run: async () => {
      // Published about 36 days ago: a full 30 days of hours.
      const views = await queryArticleViews(prisma, { articleId: 60_001, now: new Date() });
      return renderToStaticMarkup(createElement(ArticleViewsSection, { views: views! }));
    },
    target: false,
  });
  const shown = await queryDashboard(prisma, {});
  console.log(
    `Dashboard zeigt: ${shown.lastHour.length} + ${shown.lastDay.length} meistgelesene, ${shown.trending.length} im Kommen, ` +
      `${shown.series.site.length} Stunden mit ${shown.series.siteTotal} Aufrufen in ${shown.series.sections.length} Ressorts`,
  );
  let pass = true;
  for (const c of cases) {
    const first = await c.run();
    const html = typeof first === "string" ? first : "";
    const samples: number[] = [];
    for (let i = 0; i < DASHBOARD_RUNS; i++) {
      const t = performance.now();
      await c.run();
      samples.push(performance.now() - t);
    }
    const stats = timeStatsP99(samples);
    if (c.target && stats.p99 >= DASHBOARD_TARGET_MS) pass = false;
    console.log(`${c.label.padEnd(30)} ${stats.text} je Seite (${DASHBOARD_RUNS} Läufe${html ? `, ${Math.round(html.length / 1024)} KB HTML` : ""})`);
  }
  if (!pass) process.exitCode = 1;
  console.log(
    `${pass ? "BESTANDEN" : "NICHT BESTANDEN"}: Dashboard p99 ${pass ? "unter" : "nicht unter"} ${DASHBOARD_TARGET_MS} ms (Load average ${loadAverage()})`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
