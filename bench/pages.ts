/**
 * `npm run bench:pages`: reader pages from a running server against the same
 * bytes from plain `node:http`, with the same client and connections, in one
 * run. Prints req/s, p50 and p99 for each, and the ratio.
 *
 *   npm start                                   # the server under test
 *   npm run bench:pages [-- --requests=20000]   # another terminal
 *
 * Env: BENCH_URL (default http://127.0.0.1:$PORT, PORT default 3000).
 * Pages: the front page and the first article it links to. Requests look like
 * a browser's (Accept-Encoding: gzip, deflate, br), without cookies.
 *
 * On a 2-core machine the client and both servers share the cores, so a
 * single short run swings with how they happen to be scheduled. Each figure
 * is therefore the median of several rounds (`--rounds`, default 5) in which
 * the server and plain run back to back, alternating which goes first; the
 * ratio is the median of the rounds' ratios.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { runLoad, type LoadResult } from "./load";
import { benchUrl, loadAverage, numberArg } from "./args";
import { median, percentile } from "./stats";

const base = benchUrl();
const REQUESTS = numberArg("requests", 20_000);
const ROUNDS = numberArg("rounds", 5);
const PLAIN_PORT = numberArg("plain-port", 3999);
const USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const REQUEST_HEADERS = { "user-agent": USER_AGENT, accept: "text/html", "accept-encoding": "gzip, deflate, br" };

function renderGet(host: string, pathname: string): Buffer {
  const lines = [`GET ${pathname} HTTP/1.1`, `Host: ${host}`, ...Object.entries(REQUEST_HEADERS).map(([k, v]) => `${k}: ${v}`)];
  return Buffer.from(`${lines.join("\r\n")}\r\n\r\n`);
}

/** The exact answer the server gives (bytes as sent, still compressed), to be replayed by the plain server. */
function capture(pathname: string): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(new URL(pathname, base), { headers: REQUEST_HEADERS }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const body = Buffer.concat(chunks);
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (value === undefined || ["date", "connection", "keep-alive", "transfer-encoding"].includes(name)) continue;
          headers[name] = Array.isArray(value) ? value.join(", ") : value;
        }
        headers["content-length"] = String(body.length);
        resolve({ status: response.statusCode ?? 0, headers, body });
      });
    }).on("error", reject);
  });
}

async function firstArticlePath(): Promise<string> {
  const html = await (await fetch(base, { headers: { "user-agent": USER_AGENT } })).text();
  const match = /href="(\/[a-z0-9-]+\/[a-z0-9-]+)"/.exec(html.replace(/href="\/(autor|thema|suche)\/[^"]*"/g, ""));
  if (!match) throw new Error("Die Startseite verlinkt keinen Artikel.");
  return match[1]!;
}

async function load(port: number, pathname: string, connections: number, requests: number): Promise<LoadResult> {
  const request = renderGet(`${base.hostname}:${port}`, pathname);
  return runLoad({ host: base.hostname === "localhost" ? "127.0.0.1" : base.hostname, port, connections, requests: Array(requests).fill(request) });
}

function summary(result: LoadResult) {
  const answered = result.latencies.length;
  return {
    rps: answered / result.durationS,
    p50: percentile(result.latencies, 50),
    p99: percentile(result.latencies, 99),
    ok: (result.statusCounts[200] ?? 0) === answered && result.errors === 0,
    statuses: result.statusCounts,
    errors: result.errors,
  };
}

async function main() {
  const articlePath = await firstArticlePath();
  const pages = [
    { name: "Artikel", path: articlePath },
    { name: "Startseite", path: "/" },
  ];
  // Warm the server's cache and capture what it answers.
  const answers: Record<string, { status: number; headers: Record<string, string>; body: string }> = {};
  for (const page of pages) {
    await capture(page.path);
    const answer = await capture(page.path);
    if (answer.status !== 200) throw new Error(`${page.path} antwortete ${answer.status}.`);
    answers[page.path] = { ...answer, body: answer.body.toString("base64") };
    console.log(`${page.name} ${page.path}: ${answer.body.length} Bytes (${answer.headers["content-encoding"] ?? "unkomprimiert"})`);
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), "bench-pages-")), "answers.json");
  writeFileSync(file, JSON.stringify(answers));
  const plain = spawn(process.execPath, ["--import", "tsx", path.join("bench", "plain-server.ts"), file, String(PLAIN_PORT)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve, reject) => {
    plain.stdout!.once("data", () => resolve());
    plain.once("exit", (code) => reject(new Error(`plain server exited (${code})`)));
  });

  console.log(`Last vorher: ${loadAverage()} (1/5/15 min), ${REQUESTS} Anfragen je Lauf, ${ROUNDS} Runden (Median; in Klammern jede Runde)`);
  console.log("");
  console.log("Seite       Verb.   Server req/s  p50 ms  p99 ms | plain req/s  p50 ms  p99 ms | Verhältnis (Runden)");
  let allOk = true;
  const verdicts: string[] = [];
  try {
    for (const connections of [50, 100]) {
      for (const page of pages) {
        const serverPort = Number(base.port || 80);
        await load(serverPort, page.path, connections, Math.min(2_000, REQUESTS)); // warm-up
        await load(PLAIN_PORT, page.path, connections, Math.min(2_000, REQUESTS));
        const rounds: { server: ReturnType<typeof summary>; reference: ReturnType<typeof summary> }[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          // Alternate which goes first, so neither always runs on a warmer or a busier machine.
          const first = round % 2 === 0 ? serverPort : PLAIN_PORT;
          const a = summary(await load(first, page.path, connections, REQUESTS));
          const b = summary(await load(first === serverPort ? PLAIN_PORT : serverPort, page.path, connections, REQUESTS));
          rounds.push(first === serverPort ? { server: a, reference: b } : { server: b, reference: a });
        }
        const server = {
          rps: median(rounds.map((r) => r.server.rps)),
          p50: median(rounds.map((r) => r.server.p50)),
          p99: median(rounds.map((r) => r.server.p99)),
          ok: rounds.every((r) => r.server.ok),
          statuses: rounds.map((r) => r.server.statuses),
          errors: rounds.reduce((sum, r) => sum + r.server.errors, 0),
        };
        const reference = {
          rps: median(rounds.map((r) => r.reference.rps)),
          p50: median(rounds.map((r) => r.reference.p50)),
          p99: median(rounds.map((r) => r.reference.p99)),
        };
        const ratios = rounds.map((r) => r.server.rps / r.reference.rps);
        const ratio = median(ratios);
        allOk &&= server.ok;
        console.log(
          `${page.name.padEnd(11)} ${String(connections).padStart(5)}  ${server.rps.toFixed(0).padStart(12)}  ${server.p50.toFixed(1).padStart(6)}  ${server.p99.toFixed(1).padStart(6)} | ${reference.rps.toFixed(0).padStart(11)}  ${reference.p50.toFixed(1).padStart(6)}  ${reference.p99.toFixed(1).padStart(6)} | ${ratio.toFixed(2).padStart(10)}  (${ratios.map((r) => r.toFixed(2)).join(" ")})`,
        );
        if (!server.ok) console.log(`  Antworten: ${JSON.stringify(server.statuses)}, Fehler: ${server.errors}`);
        if (connections === 50) verdicts.push(`${page.name} bei 50 Verbindungen ≥ 0,5 × plain: ${ratio >= 0.5 ? "erreicht" : "verfehlt"} (${ratio.toFixed(2)})`);
        if (connections === 100) verdicts.push(`${page.name} p99 bei 100 Verbindungen < 50 ms: ${server.p99 < 50 ? "erreicht" : "verfehlt"} (${server.p99.toFixed(1)} ms)`);
      }
    }
  } finally {
    plain.kill();
  }
  console.log("");
  for (const verdict of verdicts) console.log(verdict);
  console.log(`Last nachher: ${loadAverage()}`);
  if (!allOk) {
    console.log("Nicht jede Antwort war 200.");
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
