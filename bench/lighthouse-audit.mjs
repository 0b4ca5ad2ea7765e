// @ts-check
// One Lighthouse run for bench/lighthouse.ts, in plain Node: Lighthouse hands
// functions to the page as source text, and tsx's transform adds helpers
// (`__name`) that do not exist there.
//   node bench/lighthouse-audit.mjs <url> <chrome debugging port> [report.json]
// Prints the report's figures as one line of JSON (and writes the whole
// report to report.json when given, to see where the time goes).
import { writeFileSync } from "node:fs";
import lighthouse from "lighthouse";

const [url, port, reportFile] = process.argv.slice(2);
const result = await lighthouse(url, { port: Number(port), output: "json", logLevel: "error" });
if (!result) throw new Error(`Lighthouse lieferte nichts für ${url}.`);
const { lhr } = result;
if (reportFile) writeFileSync(reportFile, JSON.stringify(lhr));
if (lhr.runtimeError) {
  // One line for bench/lighthouse.ts, which names it when it repeats the run.
  process.stderr.write(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}\n`);
  process.exit(1);
}
const score = (/** @type {string} */ id) => lhr.categories[id]?.score ?? NaN;
const value = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
const details = lhr.audits["network-requests"]?.details;
/** @type {{ resourceType?: string, url?: string }[]} */
const requests = details && "items" in details ? /** @type {{ resourceType?: string, url?: string }[]} */ (details.items) : [];
const failed = Object.values(lhr.categories)
  .filter((category) => category.id !== "performance")
  .flatMap((category) => category.auditRefs)
  .filter((ref) => {
    const audited = lhr.audits[ref.id]?.score;
    return ref.weight > 0 && typeof audited === "number" && audited < 1;
  })
  .map((ref) => ref.id);
process.stdout.write(
  `${JSON.stringify({
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpMs: value("largest-contentful-paint"),
    tbtMs: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
    mainThreadMs: value("mainthread-work-breakdown"),
    scripts: requests.filter((r) => r.resourceType === "Script").map((r) => r.url),
    failedAudits: failed,
  })}\n`,
);
