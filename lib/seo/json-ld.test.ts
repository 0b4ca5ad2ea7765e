import { describe, expect, it } from "vitest";
import { articleBreadcrumbJsonLd, newsArticleJsonLd, organizationJsonLd, serializeJsonLd, webSiteJsonLd } from "./json-ld";
import { sampleArticle } from "./fixtures";

const ORIGIN = "https://www.rundblick.example";
const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;

describe("serializeJsonLd", () => {
  it("cannot end the script element but stays the same JSON", () => {
    const data = { headline: `</script><script>alert("x")</script> & <!-- Köln 🏠 \u2028` };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe("newsArticleJsonLd", () => {
  const ld = newsArticleJsonLd(sampleArticle, ORIGIN);

  it("has every property Google News uses", () => {
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: sampleArticle.title,
      description: sampleArticle.teaser,
      image: [`${ORIGIN}/wirtschaft/mieten-steigen/opengraph-image`, `${ORIGIN}/images/demo/wirtschaft-1.svg`],
      datePublished: "2026-07-01T10:00:00+02:00",
      dateModified: "2026-07-01T12:30:00+02:00",
      author: [{ "@type": "Person", name: "Lena Hartmann", url: `${ORIGIN}/autor/lena-hartmann` }],
      publisher: { "@type": "NewsMediaOrganization", name: "Rundblick", url: `${ORIGIN}/` },
      mainEntityOfPage: { "@type": "WebPage", "@id": `${ORIGIN}/wirtschaft/mieten-steigen` },
      articleSection: "Wirtschaft",
      keywords: ["Mieten", "Köln"],
      inLanguage: "de-DE",
      wordCount: 321,
      isAccessibleForFree: true,
    });
    expect(ld.datePublished).toMatch(ISO_WITH_OFFSET);
    expect(ld.dateModified).toMatch(ISO_WITH_OFFSET);
  });

  it("lists the picture's 16:9, 4:3 and 1:1 crops when the article has an uploaded picture", () => {
    const hash = "0123456789abcdef0123456789abcdef";
    const ld = newsArticleJsonLd({ ...sampleArticle, picture: { hash, width: 3000, height: 2000, focus: { x: 40, y: 30 } } }, ORIGIN);
    expect(ld.image).toEqual([
      `${ORIGIN}/bilder/${hash}-16x9-f40-30-w1200.jpg`,
      `${ORIGIN}/bilder/${hash}-4x3-f40-30-w1200.jpg`,
      `${ORIGIN}/bilder/${hash}-1x1-f40-30-w1200.jpg`,
    ]);
  });

  it("names the newsroom as author when an article has no byline", () => {
    const ld = newsArticleJsonLd({ ...sampleArticle, authors: [] }, ORIGIN);
    expect(ld.author).toEqual([{ "@type": "NewsMediaOrganization", name: "Rundblick", url: `${ORIGIN}/` }]);
  });

  it("keeps the headline within 110 characters", () => {
    const long = newsArticleJsonLd({ ...sampleArticle, title: "Sehr lange Überschrift ".repeat(10) }, ORIGIN);
    expect([...String(long.headline)].length).toBeLessThanOrEqual(110);
    expect(String(long.headline).endsWith("…")).toBe(true);
  });
});

describe("other structured data", () => {
  it("breadcrumbs lead from the front page through the section to the article", () => {
    const crumbs = articleBreadcrumbJsonLd(sampleArticle, ORIGIN);
    expect(crumbs["@type"]).toBe("BreadcrumbList");
    expect(crumbs.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Rundblick", item: `${ORIGIN}/` },
      { "@type": "ListItem", position: 2, name: "Wirtschaft", item: `${ORIGIN}/wirtschaft` },
      { "@type": "ListItem", position: 3, name: sampleArticle.title, item: `${ORIGIN}/wirtschaft/mieten-steigen` },
    ]);
  });

  it("describes the publisher and the site search", () => {
    expect(organizationJsonLd(ORIGIN)).toMatchObject({ "@type": "NewsMediaOrganization", name: "Rundblick", url: `${ORIGIN}/` });
    expect(webSiteJsonLd(ORIGIN)).toMatchObject({
      "@type": "WebSite",
      url: `${ORIGIN}/`,
      potentialAction: {
        "@type": "SearchAction",
        target: { "@type": "EntryPoint", urlTemplate: `${ORIGIN}/suche?q={search_term_string}` },
        "query-input": "required name=search_term_string",
      },
    });
  });
});
