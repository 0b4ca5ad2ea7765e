import { describe, expect, it } from "vitest";
import { isValidSlug, slugify } from "./slug";

describe("slugify", () => {
  it("transliterates German letters", () => {
    expect(slugify("Größere Brücken für Übergänge")).toBe("groessere-bruecken-fuer-uebergaenge");
    expect(slugify("Straße")).toBe("strasse");
    expect(slugify("ÄRGER IM ÖL-MARKT")).toBe("aerger-im-oel-markt");
  });

  it("strips other accents and drops punctuation", () => {
    expect(slugify("Café « Crème » – noch 3,5 % mehr?!")).toBe("cafe-creme-noch-3-5-mehr");
    expect(slugify("„Wir schaffen’s“, sagt sie.")).toBe("wir-schaffens-sagt-sie");
  });

  it("joins words with single hyphens and trims them", () => {
    expect(slugify("  --Hallo   Welt--  ")).toBe("hallo-welt");
    expect(slugify("a / b \\ c")).toBe("a-b-c");
  });

  it("yields an empty slug for text without letters or digits", () => {
    expect(slugify("!!! ???")).toBe("");
    expect(slugify("🎉")).toBe("");
  });
});

describe("isValidSlug", () => {
  it("accepts our slugs", () => {
    expect(isValidSlug("politik")).toBe(true);
    expect(isValidSlug("bundestag-2026-beschluss")).toBe(true);
  });

  it("rejects anything else", () => {
    for (const bad of ["", "Politik", "a--b", "-a", "a-", "ä", "a b", "a/b", "%00", "x".repeat(201)]) {
      expect(isValidSlug(bad), bad).toBe(false);
    }
  });
});
