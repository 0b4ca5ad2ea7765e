import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { INTERNAL_SETTINGS, parseSettings, SETTING_NAMES } from "./settings.mjs";

const problems = (env: Record<string, string>) => {
  const result = parseSettings(env);
  return result.ok ? [] : result.problems;
};
const parsed = (env: Record<string, string>) => {
  const result = parseSettings(env);
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.settings;
};

describe("settings", () => {
  it("has a default for everything an operator may leave out", () => {
    const settings = parsed({});
    expect(settings).toMatchObject({
      port: 3000,
      siteUrl: "http://localhost:3000",
      databaseUrl: undefined,
      databasePoolMax: 10,
      databaseConnectTimeoutMs: 5_000,
      databaseStatementTimeoutMs: 30_000,
      trustProxyHops: 0,
      viewsFlushMs: 3_000,
      viewsStats: false,
      responseCacheBytes: 256 * 1024 * 1024,
      renderConcurrency: 4,
      redis: null,
    });
    expect(parsed({ PORT: "8080", SITE_URL: "https://www.rundblick.example/" }).siteUrl).toBe("https://www.rundblick.example");
    expect(parsed({ PORT: "8080" }).siteUrl).toBe("http://localhost:8080");
    expect(parsed({ RESPONSE_CACHE_MB: "0.5" }).responseCacheBytes).toBe(524_288);
    expect(parsed({ REDIS_URL: "redis://127.0.0.1:6379" }).redis).toEqual({ url: "redis://127.0.0.1:6379", prefix: "rundblick:" });
  });

  it("gives the embedded database one connection, whatever DATABASE_POOL_MAX says", () => {
    expect(parsed({ DATABASE_EMBEDDED: "1", DATABASE_POOL_MAX: "10" }).databasePoolMax).toBe(1);
    expect(parsed({ DATABASE_POOL_MAX: "25" }).databasePoolMax).toBe(25);
  });

  it("runs a renderer for the newsroom unless told not to, never on the embedded database", () => {
    expect(parsed({}).newsroomRenderer).toBe(true);
    expect(parsed({ NEWSROOM_RENDERER: "1" }).newsroomRenderer).toBe(true);
    for (const off of ["0", "false", " FALSE "]) expect(parsed({ NEWSROOM_RENDERER: off }).newsroomRenderer).toBe(false);
    expect(parsed({ DATABASE_EMBEDDED: "1" }).newsroomRenderer).toBe(false);
    expect(parsed({ DATABASE_EMBEDDED: "1", NEWSROOM_RENDERER: "1" }).newsroomRenderer).toBe(false);
    expect(problems({ NEWSROOM_RENDERER: "ja" })).toEqual(['NEWSROOM_RENDERER="ja" ist ungültig: erlaubt sind 1 oder true (an), 0 oder false (aus).']);
  });

  it("runs readers' renderers one per core beyond the first (1 to 4), one on the embedded database", () => {
    const cores = availableParallelism();
    expect(parsed({}).readerRenderers).toBe(Math.max(1, Math.min(4, cores - 1)));
    expect(parsed({ READER_RENDERERS: "3" }).readerRenderers).toBe(3);
    expect(parsed({ DATABASE_EMBEDDED: "1", READER_RENDERERS: "3" }).readerRenderers).toBe(1);
    expect(problems({ READER_RENDERERS: "0" })[0]).toMatch(/^READER_RENDERERS="0" ist ungültig: erwartet wird eine ganze Zahl von 1 bis 16/);
  });

  it("names each bad variable in German", () => {
    expect(problems({ RESPONSE_CACHE_MB: "abc" })).toEqual(['RESPONSE_CACHE_MB="abc" ist ungültig: erwartet wird eine Zahl von Megabytes (0 = aus).']);
    expect(problems({ PORT: "70000" })[0]).toMatch(/^PORT="70000" ist ungültig: erwartet wird eine ganze Zahl von 1 bis 65535/);
    expect(problems({ DATABASE_URL: "mysql://x" })[0]).toMatch(/^DATABASE_URL="mysql:\/\/x" ist ungültig: .*postgres:\/\//);
    expect(problems({ REDIS_URL: "localhost:6379" })[0]).toMatch(/^REDIS_URL=.* ist ungültig/);
    expect(problems({ VIEWS_FLUSH_MS: "3s" })[0]).toMatch(/^VIEWS_FLUSH_MS="3s" ist ungültig/);
    expect(problems({ AUTH_SECRET: "kurz" })[0]).toMatch(/^AUTH_SECRET ist zu kurz/);
    expect(problems({ VIEWS_STATS: "ja" })[0]).toMatch(/^VIEWS_STATS="ja" ist ungültig/);
    // Every problem at once, not only the first.
    expect(problems({ PORT: "x", RENDER_CONCURRENCY: "0", SITE_URL: "ftp://a" })).toHaveLength(3);
  });
});

describe("TRUST_PROXY", () => {
  it("accepts 0/false, 1/true and a hop count", () => {
    for (const off of ["", "0", "false", "FALSE", " false "]) expect(parsed({ TRUST_PROXY: off }).trustProxyHops).toBe(0);
    for (const one of ["1", "true", "True"]) expect(parsed({ TRUST_PROXY: one }).trustProxyHops).toBe(1);
    expect(parsed({ TRUST_PROXY: "3" }).trustProxyHops).toBe(3);
  });

  it("refuses anything else instead of trusting one hop", () => {
    for (const bad of ["off", "no", "yes", "on", "1.5", "-1", "2 hops", "0x1"]) {
      expect(problems({ TRUST_PROXY: bad })[0], bad).toMatch(/^TRUST_PROXY=".*" ist ungültig/);
    }
  });
});

describe("the CDN tier", () => {
  it("is none when nothing is set", () => {
    expect(parsed({}).cdn).toEqual({ varnishUrls: [], fastly: null, cloudflare: null });
    expect(parsed({ VARNISH_URLS: " ", FASTLY_SERVICE_ID: "", FASTLY_API_TOKEN: "" }).cdn).toEqual({ varnishUrls: [], fastly: null, cloudflare: null });
  });

  it("reads the Varnish nodes, Fastly and Cloudflare", () => {
    const cdn = parsed({
      VARNISH_URLS: "http://10.0.0.1:6081/, https://varnish-2.internal ,",
      FASTLY_SERVICE_ID: "SU1Z0isxPaozGVKXdv0eY",
      FASTLY_API_TOKEN: "fastly-token",
      CLOUDFLARE_ZONE_ID: "023e105f4ecef8ad9ca31a8372d0c353",
      CLOUDFLARE_API_TOKEN: "cloudflare-token",
    }).cdn;
    expect(cdn).toEqual({
      varnishUrls: ["http://10.0.0.1:6081", "https://varnish-2.internal"],
      fastly: { serviceId: "SU1Z0isxPaozGVKXdv0eY", apiToken: "fastly-token" },
      cloudflare: { zoneId: "023e105f4ecef8ad9ca31a8372d0c353", apiToken: "cloudflare-token" },
    });
  });

  it("refuses addresses that are not http(s), naming the variable and the bad entry", () => {
    expect(problems({ VARNISH_URLS: "http://a:6081,varnish-b:6081" })).toEqual([
      'VARNISH_URLS="http://a:6081,varnish-b:6081" ist ungültig: erwartet werden Adressen, die mit http:// oder https:// beginnen, durch Kommas getrennt (nicht lesbar: varnish-b:6081).',
    ]);
    expect(problems({ VARNISH_URLS: "ftp://a" })[0]).toMatch(/^VARNISH_URLS="ftp:\/\/a" ist ungültig/);
  });

  it("wants both halves of a pair or neither", () => {
    expect(problems({ FASTLY_SERVICE_ID: "abc" })).toEqual(["FASTLY_SERVICE_ID ist gesetzt, FASTLY_API_TOKEN fehlt: beide gehören zusammen (oder keins von beiden)."]);
    expect(problems({ CLOUDFLARE_API_TOKEN: "t" })).toEqual([
      "CLOUDFLARE_API_TOKEN ist gesetzt, CLOUDFLARE_ZONE_ID fehlt: beide gehören zusammen (oder keins von beiden).",
    ]);
    // Reported together with the other problems.
    expect(problems({ PORT: "x", FASTLY_API_TOKEN: "t", CLOUDFLARE_ZONE_ID: "z" })).toHaveLength(3);
  });
});

describe("the configuration table in docs/operations.md", () => {
  const lines = readFileSync(path.resolve(import.meta.dirname, "../../docs/operations.md"), "utf8").split("\n");
  const header = lines.findIndex((line) => /^\| variable \| meaning \| default \|/.test(line));
  // A Markdown table ends at the first line that is not a row: a blank line splits it in two.
  const end = lines.findIndex((line, i) => i > header && !line.startsWith("|"));
  const table = lines.slice(header, end === -1 ? undefined : end).join("\n");

  it("is one table that has a row for every setting an operator can set", () => {
    expect(header).toBeGreaterThan(-1);
    const missing = SETTING_NAMES.filter((name) => !INTERNAL_SETTINGS.includes(name)).filter((name) => !table.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it("names the internal ones below it", () => {
    const after = lines.slice(end).join("\n");
    for (const name of INTERNAL_SETTINGS) expect(after).toContain(`\`${name}\``);
  });
});
