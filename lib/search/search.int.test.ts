import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "@/prisma/seed/seed";
import { db } from "../db";
import type { ArticleStatus } from "../db/generated/prisma/enums";
import { SEARCH_MAX_HITS, SEARCH_MAX_PAGES, searchArticles, SEARCH_PAGE_SIZE } from ".";
import { sanitizeQuery, type SearchInput } from "./query";
import { findArticles } from "./sql";

// Invented words, so the tests depend neither on the demo content nor on each other.
const HOUR = 3_600_000;
const SLUG_PREFIX = "suchtest-";
const now = Date.now();

type TestArticle = {
  key: string;
  section?: "politik" | "sport";
  kicker?: string;
  title: string;
  teaser?: string;
  body?: string;
  status?: ArticleStatus;
  ageHours?: number;
};

const fixtures: TestArticle[] = [
  { key: "singular", title: "Der alte Knorzelbaum am Stadtrand", ageHours: 30 },
  { key: "phrase", title: "Konzert im Park", body: "Am Abend spielte die blaue Wimmeltrommel vor großem Publikum." },
  { key: "apart", title: "Werkstattbesuch", body: "Die Wimmeltrommel ist nicht blaue Farbe, sagt der Sprossgabel-Bauer." },
  { key: "headline-hit", title: "Flunderkamm erobert die Küste", ageHours: 24 * 20 },
  { key: "body-hit", title: "Neues vom Hafen", body: "Im Hafen liegt auch ein Flunderkamm, sonst nichts Neues.", ageHours: 1 },
  { key: "kicker-hit", kicker: "Klabusterlauf", title: "Ein Rennen durch die Nacht", section: "sport" },
  { key: "visible", title: "Plönkerich ist öffentlich", ageHours: 2 },
  { key: "draft", title: "Plönkerich als Entwurf", status: "DRAFT" },
  { key: "scheduled", title: "Plönkerich kommt später", status: "SCHEDULED", ageHours: -5 },
  { key: "archived", title: "Plönkerich im Archiv", status: "ARCHIVED" },
  {
    key: "html",
    title: "Gnaddelwerk mit Tücken",
    body:
      'Vorher <script>alert("x")</script> und <img src=x onerror=alert(1)> dann **das Gnaddelwerk** & mehr ' +
      "[ein Link](javascript:alert(1)) mit a < b und &lt;i&gt; sowie \u0001 Steuerzeichen \u0002 am Gnaddelwerk.",
  },
  {
    key: "teaser-snippet",
    title: "Neues aus dem Rathaus",
    teaser: "Der Schnurbelrat tagt am Montag.",
    body: "Lange Einleitung ohne das Wort. Erst hier am Ende kommt der Schnurbelrat noch einmal vor.",
  },
  { key: "body-snippet", title: "Wieder Neues aus dem Rathaus", body: "Im Text berät der Schnurbelrat über den Haushalt." },
  { key: "old", title: "Murkelfest vor zwei Monaten", ageHours: 24 * 60, section: "sport" },
  { key: "recent", title: "Murkelfest gestern", ageHours: 3, section: "politik" },
  { key: "week", title: "Murkelfest vor fünf Tagen", ageHours: 24 * 5, section: "politik" },
  ...Array.from({ length: 25 }, (_, i) => ({ key: `many-${i}`, title: `Zoppelsteg Nummer ${i + 1}`, ageHours: i + 1 })),
];

const ids = new Map<string, number>();

function idsOf(items: { id: number }[]): number[] {
  return items.map((item) => item.id);
}

function keysOf(items: { id: number }[]): string[] {
  const byId = new Map([...ids].map(([key, id]) => [id, key]));
  return items.map((item) => byId.get(item.id) ?? `other:${item.id}`);
}

async function search(query: string, options: Partial<SearchInput> = {}) {
  return searchArticles({ query: sanitizeQuery(query), page: 1, ...options });
}

beforeAll(async () => {
  await seedDemoContent(db);
  const sections = new Map((await db.section.findMany()).map((s) => [s.slug, s.id]));
  for (const article of fixtures) {
    const status = article.status ?? "PUBLISHED";
    const row = await db.article.create({
      data: {
        slug: `${SLUG_PREFIX}${article.key}`,
        sectionId: sections.get(article.section ?? "politik")!,
        kicker: article.kicker ?? "",
        title: article.title,
        teaser: article.teaser ?? "Ein kurzer Vorspann.",
        body: article.body ?? "Ein Text ohne besondere Wörter.",
        status,
        publishedAt: status === "DRAFT" ? null : new Date(now - (article.ageHours ?? 10) * HOUR),
      },
    });
    ids.set(article.key, row.id);
  }
});

afterAll(async () => {
  await db.article.deleteMany({ where: { slug: { startsWith: SLUG_PREFIX } } });
  await db.$disconnect();
});

describe("searchArticles", () => {
  it("finds the singular when searching for the plural (German stemming)", async () => {
    const results = await search("Knorzelbäume");
    expect(keysOf(results.items)).toEqual(["singular"]);
    expect(results.total).toBe(1);
  });

  it("matches a quoted phrase only where the words stand together", async () => {
    expect(keysOf((await search('"blaue Wimmeltrommel"')).items)).toEqual(["phrase"]);
    expect(keysOf((await search("blaue Wimmeltrommel")).items).sort()).toEqual(["apart", "phrase"]);
  });

  it("excludes articles with a -word", async () => {
    expect(keysOf((await search("Wimmeltrommel -Sprossgabel")).items)).toEqual(["phrase"]);
  });

  it("understands or", async () => {
    expect(keysOf((await search("Knorzelbaum or Klabusterlauf")).items).sort()).toEqual(["kicker-hit", "singular"]);
  });

  it("ranks a headline hit above a newer body hit", async () => {
    expect(keysOf((await search("Flunderkamm")).items)).toEqual(["headline-hit", "body-hit"]);
  });

  it("finds words in the kicker", async () => {
    expect(keysOf((await search("klabusterlauf")).items)).toEqual(["kicker-hit"]);
  });

  it("shows only visible articles: no drafts, future scheduled or archived ones", async () => {
    expect(keysOf((await search("Plönkerich")).items)).toEqual(["visible"]);
  });

  it("escapes HTML from the article text and marks only the matched words", async () => {
    const [hit] = (await search("Gnaddelwerk")).items;
    expect(hit.id).toBe(ids.get("html"));
    const html = hit.snippetHtml;
    expect(html).toContain("<mark>Gnaddelwerk</mark>");
    expect(html).not.toMatch(/<(?!\/?mark>)/);
    expect(html).not.toContain("\u0001");
    expect(html).toContain("&amp;");
    expect(html).not.toContain("**");
    expect(html).not.toContain("javascript:");
    expect(html.match(/<mark>/g)?.length).toBe(html.match(/<\/mark>/g)?.length);
  });

  it("takes the snippet from the teaser when it matches, else from the body, always with the word marked", async () => {
    const hits = (await search("Schnurbelrat")).items;
    const snippets = new Map(keysOf(hits).map((key, i) => [key, hits[i].snippetHtml]));
    expect(snippets.get("teaser-snippet")).toContain("<mark>Schnurbelrat</mark> tagt am Montag");
    expect(snippets.get("teaser-snippet")).not.toContain("Einleitung");
    expect(snippets.get("body-snippet")).toContain("berät der <mark>Schnurbelrat</mark> über");
  });

  it("filters by section and period", async () => {
    expect(keysOf((await search("Murkelfest")).items)).toHaveLength(3);
    expect(keysOf((await search("Murkelfest", { section: "sport" })).items)).toEqual(["old"]);
    expect(keysOf((await search("Murkelfest", { period: "24h" })).items)).toEqual(["recent"]);
    expect(keysOf((await search("Murkelfest", { period: "7tage" })).items).sort()).toEqual(["recent", "week"]);
    expect(keysOf((await search("Murkelfest", { period: "30tage", section: "politik" })).items).sort()).toEqual([
      "recent",
      "week",
    ]);
    expect((await search("Murkelfest", { section: "gibt-es-nicht" })).total).toBe(0);
  });

  it("pages 20 hits at a time and counts them all", async () => {
    const first = await search("Zoppelsteg");
    const second = await search("Zoppelsteg", { page: 2 });
    expect(first.items).toHaveLength(SEARCH_PAGE_SIZE);
    expect(second.items).toHaveLength(5);
    expect(first.total).toBe(25);
    expect(first.capped).toBe(false);
    expect(second.total).toBe(25);
    expect(first.pageCount).toBe(2);
    expect(new Set([...idsOf(first.items), ...idsOf(second.items)]).size).toBe(25);
    // Equal scores: newest first.
    expect(keysOf(first.items).slice(0, 2)).toEqual(["many-0", "many-1"]);
    const beyond = await search("Zoppelsteg", { page: 5 });
    expect(beyond.items).toHaveLength(0);
    expect(beyond.total).toBe(25);
    expect(beyond.pageCount).toBe(2);
  });

  it("ranks and counts at most the newest SEARCH_MAX_HITS hits, and says there are more", async () => {
    const sectionId = (await db.section.findFirstOrThrow({ where: { slug: "wissen" } })).id;
    const count = SEARCH_MAX_HITS + 5;
    await db.article.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        slug: `${SLUG_PREFIX}viele-${i}`,
        sectionId,
        title: i === 3 ? "Quengelpost im Titel" : `Meldung ${i}`,
        teaser: "Kurz.",
        body: "Die Quengelpost kam heute.",
        status: "PUBLISHED" as const,
        publishedAt: new Date(now - (i + 1) * HOUR),
      })),
    });
    const results = await search("Quengelpost");
    expect(results).toMatchObject({ total: SEARCH_MAX_HITS, capped: true, pageCount: SEARCH_MAX_PAGES });
    expect(results.items).toHaveLength(SEARCH_PAGE_SIZE);
    expect(results.items[0].title).toBe("Quengelpost im Titel");
    expect((await search("Quengelpost", { section: "politik" })).capped).toBe(false);
    expect(await search("Quengelpost", { page: SEARCH_MAX_PAGES + 1 })).toMatchObject({ items: [], capped: true });
  });

  it("returns hits ready for display", async () => {
    const [hit] = (await search("Klabusterlauf")).items;
    expect(hit).toMatchObject({
      kicker: "Klabusterlauf",
      title: "Ein Rennen durch die Nacht",
      path: `/sport/${SLUG_PREFIX}kicker-hit`,
      section: { slug: "sport", name: "Sport" },
    });
    expect(hit.publishedAt).toBeInstanceOf(Date);
    expect(Math.abs(hit.publishedAt.getTime() - (now - 10 * HOUR))).toBeLessThan(1000);
  });

  it("says why a query without searchable words finds nothing", async () => {
    expect(await search("die und der")).toMatchObject({ total: 0, items: [], notice: "no-terms" });
    expect(await search("😀 🎉")).toMatchObject({ total: 0, notice: "no-terms" });
    expect(await search("-Zoppelsteg")).toMatchObject({ total: 0, notice: "only-exclusions" });
    expect(await search("")).toMatchObject({ total: 0, items: [] });
    expect((await search("Zoppelsteg -Nummer")).notice).toBeUndefined();
  });

  it("never fails on hostile or malformed input", async () => {
    const inputs = [
      '"Zoppelsteg',
      'Zoppelsteg"',
      "-",
      "or",
      "OR OR -",
      "!&|():*<->",
      "'; DROP TABLE \"Article\"; --",
      "Zoppelsteg' OR '1'='1",
      "\\",
      "\u0000Zoppelsteg\u0000",
      "\u0007\u001b[31m",
      "\ud800Zoppelsteg",
      "Zoppelsteg 😀👩‍👩‍👧",
      "x".repeat(5000),
      "Zoppelsteg ".repeat(1000),
      "$1 $2 ${x} %s %% _",
    ];
    for (const input of inputs) {
      const results = await search(input);
      expect(results.total, JSON.stringify(input.slice(0, 40))).toBeGreaterThanOrEqual(0);
    }
    expect((await search("\u0000Zoppelsteg\u0000")).total).toBe(25);
    expect(await db.article.count()).toBeGreaterThan(0);
  });
});

describe("with and without the RUM index (migration …_search_rum, where the server has rum)", () => {
  it("finds the same articles in the same order either way", async () => {
    const [{ present }] = await db.$queryRaw<{ present: boolean }[]>`SELECT to_regclass('public."Article_searchVector_rum_idx"') IS NOT NULL AS present`;
    // PGlite has no rum: the GIN path is what the other tests ran.
    if (!present) return;
    const queries: [string, Partial<SearchInput>][] = [
      ["Zoppelsteg", {}],
      ["Zoppelsteg", { page: 2 }],
      ["Murkelfest", { section: "politik" }],
      ["Murkelfest", { period: "7tage" }],
      ["Flunderkamm", {}],
      ["Wimmeltrommel -Sprossgabel", {}],
      ["Knorzelbaum or Klabusterlauf", {}],
      ['"blaue Wimmeltrommel"', {}],
      ["Quengelpost", {}],
    ];
    const run = async () => Promise.all(queries.map(async ([q, options]) => {
      const results = await findArticles(db, { query: sanitizeQuery(q), page: 1, ...options });
      return { ids: idsOf(results.items), total: results.total, capped: results.capped };
    }));
    const withRum = await run();
    await db.$executeRawUnsafe(`DROP INDEX "Article_searchVector_rum_idx"`);
    expect(await run()).toEqual(withRum);
  });
});
