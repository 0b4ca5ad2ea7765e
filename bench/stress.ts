/**
 * `npm run bench:stress`: 1,000 concurrent connections for 20 seconds on a
 * mix of reader pages (front, sections, articles, feeds), then a few normal
 * requests. Prints answers by status, socket errors, p50/p99, and whether the
 * targets hold: no 5xx but the quick overload answer (503 with Retry-After),
 * no socket errors, p99 under 1 s, normal answers right after.
 *
 *   npm start                                           # the server under test
 *   npm run bench:stress [-- --connections=1000 --seconds=20]
 *
 * Env: BENCH_URL (default http://127.0.0.1:$PORT, PORT default 3000).
 */
import { runLoad } from "./load";
import { benchUrl, loadAverage, numberArg } from "./args";
import { percentile } from "./stats";

const base = benchUrl();
const CONNECTIONS = numberArg("connections", 1_000);
const SECONDS = numberArg("seconds", 20);
const HEADERS = "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0\r\nAccept: text/html\r\nAccept-Encoding: gzip, deflate, br";

async function readerPaths(): Promise<string[]> {
  const html = await (await fetch(base)).text();
  const links = [...html.matchAll(/href="(\/[a-z0-9/-]*)"/g)].map((m) => m[1]!).filter((p) => !p.startsWith("/admin") && !p.startsWith("/suche"));
  const unique = [...new Set(["/", "/feed.xml", "/sitemap.xml", ...links])];
  return unique.slice(0, 60);
}

async function main() {
  const paths = await readerPaths();
  console.log(`${paths.length} Leserseiten, ${CONNECTIONS} Verbindungen, ${SECONDS} s; Last vorher ${loadAverage()}`);
  const host = base.hostname === "localhost" ? "127.0.0.1" : base.hostname;
  const port = Number(base.port || 80);
  const request = (path: string) => Buffer.from(`GET ${path} HTTP/1.1\r\nHost: ${base.host}\r\n${HEADERS}\r\n\r\n`);
  const result = await runLoad({ host, port, connections: CONNECTIONS, requests: paths.map(request), durationMs: SECONDS * 1000 });
  const { statusCounts, latencies, errors, durationS: elapsed } = result;
  const fiveHundreds = Object.entries(statusCounts).filter(([s]) => Number(s) >= 500 && Number(s) !== 503).reduce((n, [, c]) => n + c, 0);
  const p99 = percentile(latencies, 99);
  console.log(`Antworten: ${JSON.stringify(statusCounts)} in ${elapsed.toFixed(1)} s (${(latencies.length / elapsed).toFixed(0)}/s), Socket-Fehler: ${errors}`);
  console.log(`p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${latencies[latencies.length - 1]?.toFixed(1)} ms`);
  const after = await Promise.all(paths.slice(0, 10).map(async (p) => (await fetch(new URL(p, base))).status));
  const normal = after.every((s) => s === 200 || s === 308 || s === 404);
  console.log(`Danach: ${JSON.stringify(after)}`);
  console.log(`5xx außer 503: ${fiveHundreds === 0 ? "keine" : fiveHundreds}; Socket-Fehler: ${errors === 0 ? "keine" : errors}; p99 < 1 s: ${p99 < 1000 ? "erreicht" : "verfehlt"}; danach normal: ${normal ? "ja" : "nein"}`);
  console.log(`Last nachher: ${loadAverage()}`);
  if (fiveHundreds > 0 || errors > 0 || p99 >= 1000 || !normal) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
