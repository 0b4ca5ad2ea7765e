// `npm run audit:prod`: asks the registry's advisory database about the
// production dependencies (`npm audit --omit=dev`) and fails on any high or
// critical advisory.
//
// When the registry does not answer the audit request (some mirrors refuse it
// with 405 or 404, or there is no network), nothing has been audited. The
// script then says so plainly, lists the production dependency versions from
// package-lock.json so they can be checked by hand, and exits 0 with a warning
// (2 with --strict, for a CI that must not pass unaudited). It never reports
// a pass it did not get.
//
// Options: --strict   exit 2 when the advisory database was unreachable
//          --all      in that case list every production package, not only
//                     the direct dependencies
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const BLOCKING = ["critical", "high"] as const;
const SEVERITIES = ["critical", "high", "moderate", "low", "info"] as const;

type Severity = (typeof SEVERITIES)[number];

interface Advisory {
  title?: string;
  url?: string;
  severity?: Severity;
  range?: string;
}

interface Vulnerability {
  name: string;
  severity: Severity;
  isDirect: boolean;
  via: (string | Advisory)[];
  nodes: string[];
  fixAvailable: boolean | { name: string; version: string; isSemVerMajor?: boolean };
}

interface AuditReport {
  vulnerabilities: Record<string, Vulnerability>;
  metadata: { vulnerabilities: Record<Severity | "total", number> };
}

interface LockPackage {
  version?: string;
  dev?: boolean;
  link?: boolean;
}

function runNpmAudit(): { status: number | null; stdout: string; stderr: string } {
  // Under `npm run`, use the npm that runs us; otherwise the one on PATH.
  const npmCli = process.env.npm_execpath;
  const [command, prefix] = npmCli && npmCli.endsWith(".js") ? [process.execPath, [npmCli]] : ["npm", []];
  const result = spawnSync(command, [...prefix, "audit", "--omit=dev", "--audit-level=high", "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isReport(value: unknown): value is AuditReport {
  return typeof value === "object" && value !== null && "metadata" in value && "vulnerabilities" in value;
}

// npm prints "audit endpoint returned an error" whenever the advisory request
// itself failed (HTTP error such as 405/404, refused connection, DNS failure);
// its JSON then carries the failed request's message instead of a report.
function endpointFailure(parsed: unknown, stderr: string): string | undefined {
  const message = typeof parsed === "object" && parsed !== null && "message" in parsed ? String(parsed.message) : "";
  if (stderr.includes("audit endpoint returned an error") || /\/-\/npm\/v1\/security\//.test(message)) {
    return message || stderr.trim().split("\n")[0];
  }
  return undefined;
}

function productionPackages(): { direct: [string, string][]; all: [string, string][] } {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockPackage> };
  // Like `npm audit --omit=dev`: every locked package that is not dev-only.
  const all = new Map<string, [string, string]>();
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (!where || entry.dev || entry.link || !entry.version) continue;
    const name = where.slice(where.lastIndexOf("node_modules/") + "node_modules/".length);
    all.set(`${name}@${entry.version}`, [name, entry.version]);
  }
  const direct = Object.keys(pkg.dependencies ?? {}).map((name): [string, string] => [
    name,
    lock.packages[`node_modules/${name}`]?.version ?? "(not in package-lock.json)",
  ]);
  return { direct, all: [...all.keys()].sort().map((key) => all.get(key)!) };
}

function describeFix(fix: Vulnerability["fixAvailable"]): string {
  if (fix === true) return "fix: `npm audit fix`";
  if (fix) return `fix: ${fix.name}@${fix.version}${fix.isSemVerMajor ? " (major upgrade)" : ""}`;
  return "no fix available from npm";
}

function printReport(report: AuditReport): number {
  const counts = report.metadata.vulnerabilities;
  const blocking = BLOCKING.reduce((sum, severity) => sum + (counts[severity] ?? 0), 0);
  const summary = SEVERITIES.map((severity) => `${counts[severity] ?? 0} ${severity}`).join(", ");
  console.log(`Production dependencies audited: ${summary}.`);

  const vulns = Object.values(report.vulnerabilities).sort(
    (a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || a.name.localeCompare(b.name),
  );
  for (const vuln of vulns) {
    console.log(`\n${vuln.severity.toUpperCase()}  ${vuln.name}${vuln.isDirect ? " (direct)" : ""}  ${vuln.nodes.join(", ")}`);
    for (const via of vuln.via) {
      if (typeof via === "string") console.log(`  through ${via}`);
      else console.log(`  ${via.severity ?? "?"}: ${via.title ?? "(no title)"} ${via.range ?? ""} ${via.url ?? ""}`.trimEnd());
    }
    console.log(`  ${describeFix(vuln.fixAvailable)}`);
  }

  if (blocking > 0) {
    console.error(`\nFAILED: ${blocking} high or critical advisor${blocking === 1 ? "y" : "ies"} in production dependencies.`);
    return 1;
  }
  console.log("\nOK: no high or critical advisory in production dependencies.");
  return 0;
}

function printUnaudited(reason: string, strict: boolean, listAll: boolean): number {
  const { direct, all } = productionPackages();
  console.log(
    [
      "NOT AUDITED: the registry's advisory database could not be reached, so no",
      "production dependency was checked against it. This is not a pass.",
      `  npm said: ${reason}`,
      "Check the versions below by hand against published advisories (see README, Security),",
      "or run `npm run audit:prod` where the registry answers `npm audit`.",
      "",
      "Direct production dependencies (versions from package-lock.json):",
      ...direct.map(([name, version]) => `  ${name}@${version}`),
      "",
    ].join("\n"),
  );
  if (listAll) {
    console.log(`All ${all.length} non-dev packages in package-lock.json (optional platform builds included):`);
    for (const [name, version] of all) console.log(`  ${name}@${version}`);
  } else {
    console.log(`${all.length} non-dev packages in package-lock.json in all; \`npm run audit:prod -- --all\` lists them.`);
  }
  console.error(`\nWARNING: production dependencies NOT AUDITED (advisory database unreachable)${strict ? "; --strict: failing" : ""}.`);
  return strict ? 2 : 0;
}

function main(): number {
  const args = new Set(process.argv.slice(2));
  const { status, stdout, stderr } = runNpmAudit();
  const parsed = parseJson(stdout);
  if (isReport(parsed)) return printReport(parsed);

  const failure = endpointFailure(parsed, stderr);
  if (failure !== undefined) return printUnaudited(failure, args.has("--strict"), args.has("--all"));

  console.error(`Error: npm audit failed (exit ${status}) without a report:\n${stderr.trim() || stdout.trim()}`);
  return 1;
}

process.exitCode = main();
