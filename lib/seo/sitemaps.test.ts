import { describe, expect, it } from "vitest";
import { parseXml, type XmlNode } from "./xml-parse";
import { buildNewsSitemap, buildSitemapIndex, buildUrlset, parseSitemapFileName, sitemapFileCount, sitemapFilePath } from "./sitemaps";

const ORIGIN = "https://www.rundblick.example";
const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;

describe("buildUrlset", () => {
  it("lists absolute, escaped locations with W3C lastmod", () => {
    const xml = buildUrlset(
      [
        { path: "/", lastmod: new Date("2026-01-15T12:00:00Z") },
        { path: "/suche?q=a&b=<c>" },
      ],
      ORIGIN,
    );
    const urlset = parseXml(xml).urlset as XmlNode;
    expect(urlset["@_xmlns"]).toBe(SITEMAP_NS);
    const urls = urlset.url as XmlNode[];
    expect(urls).toHaveLength(2);
    expect(urls[0].loc).toBe(`${ORIGIN}/`);
    expect(urls[0].lastmod).toBe("2026-01-15T13:00:00+01:00");
    expect(urls[0].lastmod).toMatch(ISO_WITH_OFFSET);
    expect(urls[1].loc).toBe(`${ORIGIN}/suche?q=a&b=<c>`);
    expect(urls[1].lastmod).toBeUndefined();
  });
});

describe("sitemap index", () => {
  it("needs more than one file only above 50,000 URLs", () => {
    expect(sitemapFileCount(0)).toBe(1);
    expect(sitemapFileCount(50_000)).toBe(1);
    expect(sitemapFileCount(50_001)).toBe(2);
    expect(sitemapFileCount(120_000)).toBe(3);
    expect(sitemapFileCount(7, 3)).toBe(3);
  });

  it("lists the files", () => {
    const xml = buildSitemapIndex([{ path: sitemapFilePath(1) }, { path: sitemapFilePath(2) }], ORIGIN);
    const index = parseXml(xml).sitemapindex as XmlNode;
    expect(index["@_xmlns"]).toBe(SITEMAP_NS);
    expect((index.sitemap as XmlNode[]).map((s) => s.loc)).toEqual([`${ORIGIN}/sitemap/1.xml`, `${ORIGIN}/sitemap/2.xml`]);
  });

  it("accepts only plain file numbers", () => {
    expect(parseSitemapFileName("1.xml")).toBe(1);
    expect(parseSitemapFileName("12.xml")).toBe(12);
    for (const bad of ["0.xml", "01.xml", "1", "1.xml.gz", "-1.xml", "a.xml", "1234567.xml"]) expect(parseSitemapFileName(bad)).toBeNull();
  });
});

describe("buildNewsSitemap", () => {
  it("has the Google News elements and escapes titles", () => {
    const title = `Tarif & Streik: "Einigung" <vorerst> – Bahn 🚆 </script>`;
    const xml = buildNewsSitemap([{ path: "/wirtschaft/tarif", title, publishedAt: new Date("2026-07-01T08:00:00Z") }], ORIGIN, "Rundblick");
    const urlset = parseXml(xml).urlset as XmlNode;
    expect(urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    const [url] = urlset.url as XmlNode[];
    expect(url.loc).toBe(`${ORIGIN}/wirtschaft/tarif`);
    const news = url["news:news"] as XmlNode;
    expect(news["news:publication"]).toEqual({ "news:name": "Rundblick", "news:language": "de" });
    expect(news["news:publication_date"]).toBe("2026-07-01T10:00:00+02:00");
    expect(news["news:title"]).toBe(title);
  });
});
