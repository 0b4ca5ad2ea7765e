/**
 * `npm run bench:views`: drives N beacons, each from a distinct visitor, at a
 * running server, then checks that the database holds exactly what the server
 * accepted.
 *
 *   VIEWS_STATS=1 npm start                      # the server under test
 *   DATABASE_URL=… npm run bench:views -- 100000 # same database as the server
 *
 * The load comes from bench/load.ts (keep-alive connections, one request at a
 * time on each, requests rendered up front).
 *
 * Env: BENCH_URL (default http://127.0.0.1:$PORT, PORT default 3000),
 * BENCH_CONNECTIONS (default 100), DATABASE_URL (required, to check the sum).
 * Prints accepted/s, latency, the number of write statements (flushes) and
 * whether the database sum equals the accepted count.
 */
import { createPrismaClient } from "../lib/db/prisma-client";
import { renderPost, runLoad } from "./load";
import { percentile } from "./stats";

type Stats = { accepted: number; written: number; dropped: number; pending: number; flushes: number; failedFlushes: number };

const total = Number(process.argv[2] ?? 50_000);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const base = process.env.BENCH_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

async function stats(flush = false): Promise<Stats> {
  const response = await fetch(`${base}/api/views${flush ? "?flush=1" : ""}`);
  if (!response.ok) throw new Error(`GET /api/views answered ${response.status}: start the server with VIEWS_STATS=1.`);
  return (await response.json()) as Stats;
}

async function main() {
  const prisma = createPrismaClient();
  const articles = await prisma.article.findMany({
    where: { status: "PUBLISHED", publishedAt: { lte: new Date() } },
    select: { id: true },
  });
  if (articles.length === 0) throw new Error("No published articles in DATABASE_URL.");
  const dbSum = async () => Number((await prisma.article.aggregate({ _sum: { totalViews: true } }))._sum.totalViews ?? 0);
  const hourlySum = async () =>
    Number((await prisma.articleViewHourly.aggregate({ _sum: { views: true } }))._sum.views ?? 0) +
    Number((await prisma.articleViewDaily.aggregate({ _sum: { views: true } }))._sum.views ?? 0);

  const before = await stats(true);
  const [totalBefore, rowsBefore] = [await dbSum(), await hourlySum()];
  // A run-unique tag keeps visitors distinct from earlier runs (30-minute repeat window).
  const run = Date.now().toString(36);

  const url = new URL(base);
  const requests = Array.from({ length: total }, (_, i) =>
    renderPost(
      url.host,
      "/api/views",
      { "Content-Type": "application/json", "User-Agent": `${FIREFOX} Bench-${run}-${i}/1.0` },
      JSON.stringify({ articleId: articles[i % articles.length]!.id }),
    ),
  );
  console.log(`${total} Beacons an ${base}, ${connections} Verbindungen, ${articles.length} Artikel …`);
  const result = await runLoad({ host: url.hostname, port: Number(url.port || 80), connections, requests });

  const after = await stats(true);
  const [totalAfter, rowsAfter] = [await dbSum(), await hourlySum()];
  await prisma.$disconnect();

  const accepted = after.accepted - before.accepted;
  const statements = after.flushes - before.flushes + (after.failedFlushes - before.failedFlushes);
  const exact = totalAfter - totalBefore === accepted && rowsAfter - rowsBefore === accepted;
  console.log(`Antworten:            ${JSON.stringify(result.statusCounts)}${result.errors ? `, Fehler: ${result.errors}` : ""}`);
  console.log(`Angenommen/s:         ${Math.round(accepted / result.durationS)} (${accepted} in ${result.durationS.toFixed(1)} s)`);
  console.log(`Latenz p50/p99:       ${percentile(result.latencies, 50).toFixed(1)} ms / ${percentile(result.latencies, 99).toFixed(1)} ms`);
  console.log(`Schreib-Statements:   ${statements} (je Flush eines; ${after.failedFlushes - before.failedFlushes} fehlgeschlagen)`);
  console.log(`Verworfen (voll):     ${after.dropped - before.dropped}`);
  console.log(`DB-Summe = angenommen: ${exact ? "ja" : "NEIN"} (Artikel-Summen +${totalAfter - totalBefore}, Stundenzeilen +${rowsAfter - rowsBefore})`);
  if (!exact) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
