import { parseSettings } from "../runtime";
import { describe, expect, it } from "vitest";
import { absoluteUrl, articleModifiedAt, buildMetadata, pageSeo, truncate } from "./metadata";
import { sampleArticle } from "./fixtures";

const ORIGIN = "https://www.rundblick.example";


describe("siteUrl", () => {
  it("reads SITE_URL at call time and drops trailing slashes", () => {
    const origin = (env: Record<string, string>) => {
      const parsed = parseSettings(env);
      return parsed.ok ? parsed.settings.siteUrl : parsed.problems;
    };
    expect(origin({ SITE_URL: "https://example.org/" })).toBe("https://example.org");
    expect(origin({ PORT: "4000" })).toBe("http://localhost:4000");
    expect(origin({})).toBe("http://localhost:3000");
  });

  it("builds absolute URLs", () => {
    expect(absoluteUrl("/politik?seite=2", ORIGIN)).toBe(`${ORIGIN}/politik?seite=2`);
    expect(absoluteUrl("feed.xml", ORIGIN)).toBe(`${ORIGIN}/feed.xml`);
  });
});

describe("buildMetadata", () => {
  it("gives an article its canonical URL, Open Graph article data, Twitter card and robots", () => {
    const meta = buildMetadata(pageSeo.article(sampleArticle), ORIGIN);
    expect(meta.title).toBe(sampleArticle.title);
    expect(meta.description).toBe(sampleArticle.teaser);
    expect(meta.alternates?.canonical).toBe(`${ORIGIN}/wirtschaft/mieten-steigen`);
    expect(meta.alternates?.types).toEqual({
      "application/rss+xml": [{ url: `${ORIGIN}/wirtschaft/feed.xml`, title: "Rundblick – Wirtschaft" }],
    });
    expect(meta.openGraph).toMatchObject({
      type: "article",
      url: `${ORIGIN}/wirtschaft/mieten-steigen`,
      siteName: "Rundblick",
      locale: "de_DE",
      publishedTime: "2026-07-01T10:00:00+02:00",
      modifiedTime: "2026-07-01T12:30:00+02:00",
      section: "Wirtschaft",
      tags: ["Mieten", "Köln"],
      authors: [`${ORIGIN}/autor/lena-hartmann`],
      images: [{ url: `${ORIGIN}/wirtschaft/mieten-steigen/opengraph-image`, width: 1200, height: 630 }],
    });
    expect(meta.twitter).toMatchObject({ card: "summary_large_image", title: sampleArticle.title });
    expect(meta.robots).toMatchObject({ index: true, follow: true, "max-image-preview": "large" });
    expect(String(meta.metadataBase)).toBe(`${ORIGIN}/`);
  });

  it("prefers the SEO title and description when the newsroom set them", () => {
    const meta = buildMetadata(pageSeo.article({ ...sampleArticle, seoTitle: "Kurz", seoDescription: "Knapp" }), ORIGIN);
    expect(meta.title).toBe("Kurz");
    expect(meta.description).toBe("Knapp");
  });

  it("keeps an editor's preview out of search results", () => {
    expect(buildMetadata({ ...pageSeo.article(sampleArticle), noindex: true }, ORIGIN).robots).toEqual({ index: false, follow: false });
  });

  it("lets page 2+ of a section canonicalise to itself", () => {
    const section = { id: 1, slug: "politik", name: "Politik", description: "Aus Berlin und der Welt." };
    const first = buildMetadata(pageSeo.section(section, 1), ORIGIN);
    const second = buildMetadata(pageSeo.section(section, 2), ORIGIN);
    expect(first.alternates?.canonical).toBe(`${ORIGIN}/politik`);
    expect(second.alternates?.canonical).toBe(`${ORIGIN}/politik?seite=2`);
    expect(second.title).toBe("Politik – Seite 2");
    expect(first.description).toBe("Aus Berlin und der Welt.");
    expect(first.openGraph).toMatchObject({ type: "website", images: [{ url: `${ORIGIN}/politik/opengraph-image` }] });
    expect(first.alternates?.types?.["application/rss+xml"]).toEqual([
      { url: `${ORIGIN}/politik/feed.xml`, title: "Rundblick – Politik" },
      { url: `${ORIGIN}/feed.xml`, title: "Rundblick – alle Nachrichten" },
    ]);
  });

  it("shares an article's uploaded picture (its 16:9 crop) instead of the generated card", () => {
    const hash = "0123456789abcdef0123456789abcdef";
    const meta = buildMetadata(pageSeo.article({ ...sampleArticle, picture: { hash, width: 3000, height: 2000, focus: { x: 50, y: 50 } } }), ORIGIN);
    expect(meta.openGraph).toMatchObject({
      images: [{ url: `${ORIGIN}/bilder/${hash}-16x9-f50-50-w1200.jpg`, width: 1200, height: 675, type: "image/jpeg", alt: "Häuser" }],
    });
  });

  it("gives the front page an absolute title, the site feed and the site image", () => {
    const meta = buildMetadata(pageSeo.front(), ORIGIN);
    expect(meta.title).toEqual({ absolute: "Rundblick – Nachrichten aus Deutschland und der Welt" });
    expect(meta.alternates?.canonical).toBe(`${ORIGIN}/`);
    expect(meta.openGraph).toMatchObject({ images: [{ url: `${ORIGIN}/opengraph-image` }] });
  });

  it("canonicalises author and topic pages, page 2 included", () => {
    expect(buildMetadata(pageSeo.author({ slug: "lena-hartmann", name: "Lena Hartmann", bio: "" }, 3), ORIGIN).alternates?.canonical).toBe(
      `${ORIGIN}/autor/lena-hartmann?seite=3`,
    );
    expect(buildMetadata(pageSeo.topic({ slug: "koeln", name: "Köln" }, 1), ORIGIN).alternates?.canonical).toBe(`${ORIGIN}/thema/koeln`);
  });
});

describe("truncate", () => {
  it("keeps short text and cuts long text at a word with an ellipsis", () => {
    expect(truncate("Kurz und  gut", 110)).toBe("Kurz und gut");
    const long = "Wort ".repeat(40).trim();
    const cut = truncate(long, 110);
    expect([...cut].length).toBeLessThanOrEqual(110);
    expect(cut.endsWith("Wort…")).toBe(true);
  });

  it("counts emoji as one character and never splits them", () => {
    const cut = truncate("🏠".repeat(200), 10);
    expect([...cut]).toHaveLength(10);
    expect(cut).toBe(`${"🏠".repeat(9)}…`);
  });
});

describe("articleModifiedAt", () => {
  it("is never before the publish time", () => {
    const publishedAt = new Date("2026-07-01T08:00:00Z");
    expect(articleModifiedAt({ publishedAt, updatedAt: new Date("2026-06-30T08:00:00Z") })).toEqual(publishedAt);
  });
});
