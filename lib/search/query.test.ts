import { describe, expect, it } from "vitest";
import {
  canonicalSearchHref,
  escapeHtml,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  parsePeriod,
  parseSectionParam,
  sanitizeQuery,
  searchHref,
  snippetToHtml,
} from "./query";

describe("sanitizeQuery", () => {
  it("keeps ordinary queries, quotes and operators", () => {
    expect(sanitizeQuery("Häuser")).toBe("Häuser");
    expect(sanitizeQuery('"grüne Häuser" -Kinder or Bahn')).toBe('"grüne Häuser" -Kinder or Bahn');
    expect(sanitizeQuery("'; DROP TABLE \"Article\"; --")).toBe("'; DROP TABLE \"Article\"; --");
  });

  it("collapses whitespace and trims", () => {
    expect(sanitizeQuery("  Bahn \t\n  Streik  ")).toBe("Bahn Streik");
  });

  it("removes control and invisible format characters", () => {
    expect(sanitizeQuery("\u0000Bahn\u0000")).toBe("Bahn");
    expect(sanitizeQuery("Bahn\u0007\u001b[31mStreik")).toBe("Bahn [31mStreik");
    expect(sanitizeQuery("Haus\u00adbau\u200b")).toBe("Hausbau");
    expect(sanitizeQuery("a\u2028b")).toBe("a b");
  });

  it("normalises to NFC, so a decomposed umlaut matches the stored one", () => {
    expect(sanitizeQuery("Ha\u0308user")).toBe("Häuser");
  });

  it("repairs lone surrogates instead of passing them on", () => {
    expect(sanitizeQuery("\ud800Bahn")).toBe("\ufffdBahn");
  });

  it("cuts long queries without splitting a character", () => {
    expect(sanitizeQuery("x".repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = sanitizeQuery("😀".repeat(300));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
    expect(emoji.toWellFormed()).toBe(emoji);
  });

  it("takes the first of repeated parameters and treats missing ones as empty", () => {
    expect(sanitizeQuery(["Bahn", "Streik"])).toBe("Bahn");
    expect(sanitizeQuery(undefined)).toBe("");
    expect(sanitizeQuery([])).toBe("");
    expect(sanitizeQuery(" \u0000 ")).toBe("");
  });
});

describe("search parameters", () => {
  it("accepts only known periods", () => {
    expect(parsePeriod("24h")).toBe("24h");
    expect(parsePeriod("7tage")).toBe("7tage");
    expect(parsePeriod("30tage")).toBe("30tage");
    expect(parsePeriod("alle")).toBeUndefined();
    expect(parsePeriod("1 year")).toBeUndefined();
    expect(parsePeriod(undefined)).toBeUndefined();
  });

  it("accepts only slug-shaped sections", () => {
    expect(parseSectionParam("politik")).toBe("politik");
    expect(parseSectionParam("")).toBeUndefined();
    expect(parseSectionParam("Politik")).toBeUndefined();
    expect(parseSectionParam("' OR 1=1")).toBeUndefined();
  });

  it("builds search URLs with only the non-default parameters", () => {
    expect(searchHref({})).toBe("/suche");
    expect(searchHref({ query: "Bahn", page: 1 })).toBe("/suche?q=Bahn");
    expect(searchHref({ query: '"a b" & c', section: "sport", period: "24h", page: 2 })).toBe(
      "/suche?q=%22a+b%22+%26+c&ressort=sport&zeitraum=24h&seite=2",
    );
  });
});

describe("snippetToHtml", () => {
  it("escapes everything and turns only the markers into <mark>", () => {
    expect(snippetToHtml("Das \u0001Haus\u0002 <script>x</script> & 'y'")).toBe(
      "Das <mark>Haus</mark> &lt;script&gt;x&lt;/script&gt; &amp; &#39;y&#39;",
    );
  });

  it("keeps marks balanced whatever the markers look like", () => {
    expect(snippetToHtml("\u0002a \u0001b \u0001c")).toBe("a <mark>b c</mark>");
    expect(snippetToHtml("\u0001\u0001a\u0002\u0002")).toBe("<mark>a</mark>");
  });

  it("drops Markdown syntax but keeps link and image texts", () => {
    expect(snippetToHtml("## Lage **sehr \u0001ernst\u0002** laut [der Studie](https://example.org) ![Bild](x.png)")).toBe(
      "Lage sehr <mark>ernst</mark> laut der Studie Bild",
    );
    expect(snippetToHtml("[ein Link](javascript:alert … weiter")).toBe("ein Link … weiter");
    expect(snippetToHtml("> Zitat mit `Code` und _kursiv_")).toBe("Zitat mit Code und kursiv");
    expect(snippetToHtml("Kosten:\n- Erdgas 95 Euro\n+ Strom\n* Wasser – teuer")).toBe("Kosten: Erdgas 95 Euro Strom Wasser – teuer");
  });

  it("escapes attribute-breaking characters", () => {
    expect(escapeHtml(`"><img src=x onerror=alert(1)>`)).toBe("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("normalizeQuery and canonicalSearchHref (the search's cache key)", () => {
  const canonical = (search: string) => canonicalSearchHref(new URLSearchParams(search));

  it("gives one URL for every spelling of the same search", () => {
    const spellings = [
      "q=Deutsche%20Bahn&ressort=wirtschaft&zeitraum=7tage&seite=2",
      "seite=2&zeitraum=7tage&ressort=wirtschaft&q=deutsche+bahn",
      "q=++DEUTSCHE+++Bahn++&ressort=wirtschaft&zeitraum=7tage&seite=02&utm_source=x",
      "q=Deutsche\tBahn\u200b&ressort=wirtschaft&zeitraum=7tage&seite=2&q=anders",
    ];
    for (const search of spellings) {
      expect(canonical(search), search).toBe("/suche?q=deutsche+bahn&ressort=wirtschaft&zeitraum=7tage&seite=2");
    }
  });

  it("leaves out defaults and values the search does not read", () => {
    expect(canonical("q=Bahn&seite=1&zeitraum=alle&ressort=Nicht%20da")).toBe("/suche?q=bahn");
    expect(canonical("q=&seite=0")).toBe("/suche");
    expect(canonical("")).toBe("/suche");
  });

  it("keeps what the search reads: quotes, or, minus, umlauts", () => {
    expect(canonical('q="Grüne Häuser" OR Straße -Kinder')).toBe(
      `/suche?q=${encodeURIComponent('"grüne häuser" or straße -kinder').replace(/%20/g, "+")}`,
    );
  });

  it("is its own fixed point, so the proxy's redirect never loops", () => {
    for (const raw of ["İstanbul", "ǅ", "ΣΑΣ", "x".repeat(199) + "İ", "Ha\u0308user  Bahn", "😀 Bahn"]) {
      const once = normalizeQuery(raw);
      expect(normalizeQuery(once)).toBe(once);
      const href = canonical(`q=${encodeURIComponent(raw)}&seite=3`);
      expect(canonical(href.slice("/suche?".length))).toBe(href);
    }
  });
});
