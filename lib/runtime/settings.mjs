// @ts-check
// Every environment variable the app reads, validated once per process with
// zod. A bad value is a German message naming the variable; `npm start`
// checks the environment before it starts anything (scripts/server/start.ts)
// and stops with those messages. docs/operations.md lists the variables.
import { availableParallelism } from "node:os";
import { z } from "zod";
import { forgetProcessSingleton, processSingleton } from "./process-state.mjs";

/** @param {string | undefined} raw */
const blank = (raw) => raw === undefined || raw.trim() === "";

/**
 * @param {string} name
 * @param {string | undefined} raw
 * @param {string} expected
 */
const invalid = (name, raw, expected) => `${name}="${raw}" ist ungültig: ${expected}`;

/**
 * A whole number from min to max; blank gives the fallback.
 * @param {string} name
 * @param {{ min: number, max: number, fallback?: number, unit?: string }} range
 */
function wholeNumber(name, { min, max, fallback, unit = "" }) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (blank(raw)) return fallback;
      const text = /** @type {string} */ (raw).trim();
      const value = Number(text);
      if (!/^\d+$/.test(text) || value < min || value > max) {
        ctx.addIssue({ code: "custom", message: invalid(name, raw, `erwartet wird eine ganze Zahl von ${min} bis ${max}${unit}.`) });
        return z.NEVER;
      }
      return value;
    });
}

/**
 * A URL with one of the given protocols; blank gives undefined.
 * @param {string} name
 * @param {string[]} protocols e.g. ["http:", "https:"]
 */
function url(name, protocols) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (blank(raw)) return undefined;
      const text = /** @type {string} */ (raw).trim();
      if (!URL.canParse(text) || !protocols.includes(new URL(text).protocol)) {
        const schemes = protocols.map((p) => `${p}//`).join(" oder ");
        ctx.addIssue({ code: "custom", message: invalid(name, raw, `erwartet wird eine Adresse, die mit ${schemes} beginnt.`) });
        return z.NEVER;
      }
      return text;
    });
}

/**
 * "1"/"true" or "0"/"false"; blank gives the fallback (false unless told).
 * @param {string} name
 * @param {boolean} [fallback]
 */
function flag(name, fallback = false) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      const text = (raw ?? "").trim().toLowerCase();
      if (text === "") return fallback;
      if (text === "0" || text === "false") return false;
      if (text === "1" || text === "true") return true;
      ctx.addIssue({ code: "custom", message: invalid(name, raw, "erlaubt sind 1 oder true (an), 0 oder false (aus).") });
      return z.NEVER;
    });
}

/**
 * Comma-separated http(s) base addresses (`VARNISH_URLS`); blank gives an empty list.
 * @param {string} name
 */
function urlList(name) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (blank(raw)) return [];
      const entries = /** @type {string} */ (raw)
        .split(",")
        .map((entry) => entry.trim())
        .filter((entry) => entry !== "");
      const bad = entries.filter((entry) => !URL.canParse(entry) || !["http:", "https:"].includes(new URL(entry).protocol));
      if (bad.length > 0) {
        const expected = `erwartet werden Adressen, die mit http:// oder https:// beginnen, durch Kommas getrennt (nicht lesbar: ${bad.join(", ")}).`;
        ctx.addIssue({ code: "custom", message: invalid(name, raw, expected) });
        return z.NEVER;
      }
      return entries.map((entry) => entry.replace(/\/+$/, ""));
    });
}

/** Text as given, trimmed; blank gives undefined. */
const text = () =>
  z
    .string()
    .optional()
    .transform((raw) => (blank(raw) ? undefined : /** @type {string} */ (raw).trim()));

/**
 * `TRUST_PROXY`: unset, empty, `0` or `false` = no proxy is trusted; `true`
 * or `1` = one hop; a whole number n = n hops from the right. Anything else
 * (`off`, `yes`, `1.5`, `-1` …) is refused instead of guessed at, since a
 * wrong guess would trust a header any client can forge.
 */
const trustProxy = z
  .string()
  .optional()
  .transform((raw, ctx) => {
    const value = (raw ?? "").trim().toLowerCase();
    if (value === "" || value === "false") return 0;
    if (value === "true") return 1;
    if (/^\d{1,3}$/.test(value)) return Number(value);
    ctx.addIssue({
      code: "custom",
      message: invalid(
        "TRUST_PROXY",
        raw,
        "erlaubt sind 0 oder false (kein Proxy), 1 oder true (ein Proxy) oder die Anzahl der Proxys vor dem Server (z. B. 2).",
      ),
    });
    return z.NEVER;
  });

const environment = z.object({
  PORT: wholeNumber("PORT", { min: 1, max: 65_535, fallback: 3000 }),
  SITE_URL: url("SITE_URL", ["http:", "https:"]),
  DATABASE_URL: url("DATABASE_URL", ["postgres:", "postgresql:"]),
  // Set by the launcher for its children when it serves the embedded database.
  DATABASE_EMBEDDED: flag("DATABASE_EMBEDDED"),
  DATA_DIR: text(),
  PICTURES_DIR: text(),
  DATABASE_POOL_MAX: wholeNumber("DATABASE_POOL_MAX", { min: 1, max: 1_000 }),
  DATABASE_CONNECT_TIMEOUT_MS: wholeNumber("DATABASE_CONNECT_TIMEOUT_MS", { min: 1, max: 600_000, fallback: 5_000, unit: " (Millisekunden)" }),
  DATABASE_STATEMENT_TIMEOUT_MS: wholeNumber("DATABASE_STATEMENT_TIMEOUT_MS", {
    min: 0,
    max: 86_400_000,
    fallback: 30_000,
    unit: " (Millisekunden, 0 = ohne Grenze)",
  }),
  // Search guard (lib/search/guard.ts): time bound per search, and how many run at once.
  SEARCH_TIMEOUT_MS: wholeNumber("SEARCH_TIMEOUT_MS", { min: 50, max: 60_000, fallback: 500, unit: " (Millisekunden)" }),
  SEARCH_CONCURRENCY: wholeNumber("SEARCH_CONCURRENCY", { min: 1, max: 100, fallback: 3 }),
  ADMIN_EMAIL: text().refine((value) => value === undefined || /^[^\s@]+@[^\s@]+$/.test(value), {
    message: "ADMIN_EMAIL ist ungültig: erwartet wird eine E-Mail-Adresse wie redaktion@example.com.",
  }),
  ADMIN_PASSWORD: z.string().optional(),
  AUTH_SECRET: text().refine((value) => value === undefined || value.length >= 32, {
    message: "AUTH_SECRET ist zu kurz: mindestens 32 zufällige Zeichen (z. B. openssl rand -base64 32).",
  }),
  TRUST_PROXY: trustProxy,
  VIEWS_FLUSH_MS: wholeNumber("VIEWS_FLUSH_MS", { min: 100, max: 3_600_000, fallback: 3_000, unit: " (Millisekunden)" }),
  VIEWS_STATS: flag("VIEWS_STATS"),
  RESPONSE_CACHE_MB: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (blank(raw)) return 256;
      const value = Number(/** @type {string} */ (raw).trim());
      if (!Number.isFinite(value) || value < 0 || value > 1_000_000) {
        ctx.addIssue({ code: "custom", message: invalid("RESPONSE_CACHE_MB", raw, "erwartet wird eine Zahl von Megabytes (0 = aus).") });
        return z.NEVER;
      }
      return value;
    }),
  RENDER_CONCURRENCY: wholeNumber("RENDER_CONCURRENCY", { min: 1, max: 256, fallback: 4 }),
  // Renderer processes for readers' pages. One Next process keeps about one
  // core busy; the front, the newsroom and the database need the rest, so by
  // default one per core beyond the first, at most four (on two cores a
  // second one rendered no more: docs/benchmarks.md).
  READER_RENDERERS: wholeNumber("READER_RENDERERS", { min: 1, max: 16, fallback: Math.max(1, Math.min(4, availableParallelism() - 1)) }),
  // A second renderer for the newsroom (admin, API, server actions, editors), so it never waits behind readers' renders.
  NEWSROOM_RENDERER: flag("NEWSROOM_RENDERER", true),
  REDIS_URL: url("REDIS_URL", ["redis:", "rediss:"]),
  REDIS_PREFIX: text(),
  // Set by the front process for its renderer (scripts/server/renderer-process.ts).
  RENDERER_RELAY_TOKEN: text(),
  // The CDN tier that hears every expiry as a purge (lib/cdn); unset means none.
  VARNISH_URLS: urlList("VARNISH_URLS"),
  FASTLY_SERVICE_ID: text(),
  FASTLY_API_TOKEN: text(),
  CLOUDFLARE_ZONE_ID: text(),
  CLOUDFLARE_API_TOKEN: text(),
});

/** Variables that only mean something together: both or neither. */
const PAIRS = [
  ["FASTLY_SERVICE_ID", "FASTLY_API_TOKEN"],
  ["CLOUDFLARE_ZONE_ID", "CLOUDFLARE_API_TOKEN"],
];

/**
 * @param {Record<string, string | undefined>} env
 * @returns {string[]}
 */
function halfPairs(env) {
  const problems = [];
  for (const [first, second] of PAIRS) {
    const [hasFirst, hasSecond] = [!blank(env[first]), !blank(env[second])];
    if (hasFirst !== hasSecond) {
      const [set, missing] = hasFirst ? [first, second] : [second, first];
      problems.push(`${set} ist gesetzt, ${missing} fehlt: beide gehören zusammen (oder keins von beiden).`);
    }
  }
  return problems;
}

/** Every variable the settings read; set by the launcher or the front process for its children: INTERNAL_SETTINGS. */
export const SETTING_NAMES = Object.keys(environment.shape);
export const INTERNAL_SETTINGS = ["DATABASE_EMBEDDED", "RENDERER_RELAY_TOKEN"];

/**
 * @typedef {{
 *   port: number,
 *   siteUrl: string,
 *   databaseUrl: string | undefined,
 *   embeddedDatabase: boolean,
 *   dataDir: string | undefined,
 *   picturesDir: string | undefined,
 *   databasePoolMax: number,
 *   databaseConnectTimeoutMs: number,
 *   databaseStatementTimeoutMs: number,
 *   searchTimeoutMs: number,
 *   searchConcurrency: number,
 *   adminEmail: string | undefined,
 *   adminPassword: string | undefined,
 *   authSecret: string | undefined,
 *   trustProxyHops: number,
 *   viewsFlushMs: number,
 *   viewsStats: boolean,
 *   responseCacheBytes: number,
 *   renderConcurrency: number,
 *   readerRenderers: number,
 *   newsroomRenderer: boolean,
 *   redis: { url: string, prefix: string } | null,
 *   rendererRelayToken: string | undefined,
 *   cdn: CdnSettings,
 * }} Settings
 */

/**
 * The CDN tier to purge (lib/cdn): every configured target hears every expiry.
 * @typedef {{
 *   varnishUrls: string[],
 *   fastly: { serviceId: string, apiToken: string } | null,
 *   cloudflare: { zoneId: string, apiToken: string } | null,
 * }} CdnSettings
 */

/**
 * The settings in `env`, or every problem found, each a German sentence naming its variable.
 * @param {Record<string, string | undefined>} env
 * @returns {{ ok: true, settings: Settings } | { ok: false, problems: string[] }}
 */
export function parseSettings(env) {
  const parsed = environment.safeParse(env);
  const pairProblems = halfPairs(env);
  if (!parsed.success || pairProblems.length > 0) {
    const issues = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
    return { ok: false, problems: [...new Set([...issues, ...pairProblems])] };
  }
  const e = parsed.data;
  const port = /** @type {number} */ (e.PORT);
  return {
    ok: true,
    settings: {
      port,
      siteUrl: (e.SITE_URL ?? `http://localhost:${port}`).replace(/\/+$/, ""),
      databaseUrl: e.DATABASE_URL,
      embeddedDatabase: e.DATABASE_EMBEDDED,
      dataDir: e.DATA_DIR,
      picturesDir: e.PICTURES_DIR,
      // PGlite multiplexes every socket onto one session: one connection there.
      databasePoolMax: e.DATABASE_EMBEDDED ? 1 : (e.DATABASE_POOL_MAX ?? 10),
      databaseConnectTimeoutMs: /** @type {number} */ (e.DATABASE_CONNECT_TIMEOUT_MS),
      databaseStatementTimeoutMs: /** @type {number} */ (e.DATABASE_STATEMENT_TIMEOUT_MS),
      searchTimeoutMs: /** @type {number} */ (e.SEARCH_TIMEOUT_MS),
      searchConcurrency: /** @type {number} */ (e.SEARCH_CONCURRENCY),
      adminEmail: e.ADMIN_EMAIL,
      adminPassword: e.ADMIN_PASSWORD === "" ? undefined : e.ADMIN_PASSWORD,
      authSecret: e.AUTH_SECRET,
      trustProxyHops: e.TRUST_PROXY,
      viewsFlushMs: /** @type {number} */ (e.VIEWS_FLUSH_MS),
      viewsStats: e.VIEWS_STATS,
      responseCacheBytes: Math.floor(e.RESPONSE_CACHE_MB * 1024 * 1024),
      renderConcurrency: /** @type {number} */ (e.RENDER_CONCURRENCY),
      // One for the embedded database, for the same reason as below.
      readerRenderers: e.DATABASE_EMBEDDED ? 1 : /** @type {number} */ (e.READER_RENDERERS),
      // The embedded database is one PGlite session behind one thread: a third
      // connection would add nothing of its own to share, only another client
      // whose messages can interleave (docs/architecture.md). One renderer there.
      newsroomRenderer: e.NEWSROOM_RENDERER && !e.DATABASE_EMBEDDED,
      redis: e.REDIS_URL ? { url: e.REDIS_URL, prefix: e.REDIS_PREFIX ?? "rundblick:" } : null,
      rendererRelayToken: e.RENDERER_RELAY_TOKEN,
      cdn: {
        varnishUrls: e.VARNISH_URLS,
        fastly: e.FASTLY_SERVICE_ID && e.FASTLY_API_TOKEN ? { serviceId: e.FASTLY_SERVICE_ID, apiToken: e.FASTLY_API_TOKEN } : null,
        cloudflare:
          e.CLOUDFLARE_ZONE_ID && e.CLOUDFLARE_API_TOKEN ? { zoneId: e.CLOUDFLARE_ZONE_ID, apiToken: e.CLOUDFLARE_API_TOKEN } : null,
      },
    },
  };
}

export class SettingsError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(`Ungültige Einstellung${problems.length > 1 ? "en" : ""}:\n${problems.map((p) => `  – ${p}`).join("\n")}`);
    this.name = "SettingsError";
    this.problems = problems;
  }
}

/**
 * This process's settings, read from process.env on first use. Throws a
 * SettingsError naming every bad variable.
 * @returns {Settings}
 */
export function settings() {
  return processSingleton("settings", () => {
    const result = parseSettings(process.env);
    if (!result.ok) throw new SettingsError(result.problems);
    return result.settings;
  });
}

/** Reads process.env again on the next settings() call (tests that change the environment). */
export function forgetSettings() {
  forgetProcessSingleton("settings");
}
