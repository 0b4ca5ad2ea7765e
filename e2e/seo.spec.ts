import { expect, test, type APIRequestContext } from "@playwright/test";
import { seedSections } from "../prisma/seed/sections";
import { escapeHtml } from "../lib/seo/feeds";
import { parseXml, textOf, type XmlNode } from "../lib/seo/xml-parse";
import { slugify } from "../lib/slug";
import { articlePath, drafts, published, scheduled } from "./content";

// Search engines read server HTML and XML without JavaScript; so do these tests.
test.use({ javaScriptEnabled: false });

const ISO_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;
const RFC_822 = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const hidden = [...drafts, ...scheduled];

async function fetchXml(request: APIRequestContext, path: string, contentType: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"], path).toBe(`${contentType}; charset=utf-8`);
  const text = await response.text();
  for (const article of hidden) {
    expect(text, `${path} leaks "${article.title}"`).not.toContain(slugify(article.title));
  }
  return { text, doc: parseXml(text) };
}

function absolute(baseURL: string | undefined, path: string) {
  return new URL(path, baseURL).toString();
}

test.describe("feeds", () => {
  test("the site feed is RSS 2.0 with the newest 50 articles", async ({ request, baseURL }) => {
    const { doc } = await fetchXml(request, "/feed.xml", "application/rss+xml");
    const channel = (doc.rss as XmlNode).channel as XmlNode;
    expect((doc.rss as XmlNode)["@_version"]).toBe("2.0");
    expect(channel.title).toBe("Rundblick – alle Nachrichten");
    expect(channel.link).toBe(absolute(baseURL, "/"));
    const items = channel.item as XmlNode[];
    expect(items).toHaveLength(50);
    // Newest first (other tests may publish meanwhile, so look the newest demo article up).
    const times = items.map((i) => Date.parse(String(i.pubDate)));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const newest = published.filter((a) => a.ageHours >= 0)[0];
    const newestItem = items.find((i) => i.link === absolute(baseURL, articlePath(newest)));
    expect(newestItem?.title).toBe(newest.title);
    expect(newestItem?.description).toBe(escapeHtml(newest.teaser));
    for (const item of items) {
      expect(textOf(item.guid)).toMatch(/^rundblick-artikel-\d+$/);
      expect((item.guid as XmlNode)["@_isPermaLink"]).toBe("false");
      expect(item.pubDate).toMatch(RFC_822);
      expect(String(item["dc:creator"])).not.toBe("");
      expect((item.category as string[]).length).toBeGreaterThan(0);
    }
  });

  test("a section feed holds that section only; an unknown section is a 404", async ({ request, baseURL }) => {
    const { doc } = await fetchXml(request, "/sport/feed.xml", "application/rss+xml");
    const channel = (doc.rss as XmlNode).channel as XmlNode;
    expect(channel.title).toBe("Rundblick – Sport");
    const items = channel.item as XmlNode[];
    expect(items).toHaveLength(published.filter((a) => a.section === "sport").length);
    for (const item of items) {
      expect(String(item.link).startsWith(absolute(baseURL, "/sport/"))).toBe(true);
      expect((item.category as string[])[0]).toBe("Sport");
    }
    expect((await request.get("/gibt-es-nicht/feed.xml")).status()).toBe(404);
  });

  test("front and section pages announce their feeds", async ({ page, baseURL }) => {
    await page.goto("/");
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", absolute(baseURL, "/feed.xml"));
    await page.goto("/kultur");
    const links = page.locator('link[rel="alternate"][type="application/rss+xml"]');
    await expect(links.first()).toHaveAttribute("href", absolute(baseURL, "/kultur/feed.xml"));
  });
});

test.describe("sitemaps and robots.txt", () => {
  test("the sitemap lists pages and published articles with lastmod", async ({ request, baseURL }) => {
    const { doc } = await fetchXml(request, "/sitemap.xml", "application/xml");
    const urls = (doc.urlset as XmlNode).url as XmlNode[];
    const locs = urls.map((u) => String(u.loc));
    expect(locs).toContain(absolute(baseURL, "/"));
    for (const section of seedSections) expect(locs).toContain(absolute(baseURL, `/${section.slug}`));
    expect(locs).toContain(absolute(baseURL, "/autor/lena-hartmann"));
    expect(locs.some((l) => l.startsWith(absolute(baseURL, "/thema/")))).toBe(true);
    for (const article of published.filter((a) => a.ageHours >= 0)) {
      const entry = urls.find((u) => u.loc === absolute(baseURL, articlePath(article)));
      expect(entry, article.title).toBeDefined();
      expect(entry?.lastmod).toMatch(ISO_WITH_OFFSET);
    }
    expect(new Set(locs).size).toBe(locs.length);
    expect((await request.get("/sitemap/1.xml")).status()).toBe(200);
    expect((await request.get("/sitemap/2.xml")).status()).toBe(404);
  });

  test("the news sitemap holds the last 48 hours only", async ({ request, baseURL }) => {
    const { doc } = await fetchXml(request, "/news-sitemap.xml", "application/xml");
    const urlset = doc.urlset as XmlNode;
    expect(urlset["@_xmlns:news"]).toBe("http://www.google.com/schemas/sitemap-news/0.9");
    const urls = urlset.url as XmlNode[];
    const byLoc = new Map(urls.map((u) => [String(u.loc), u["news:news"] as XmlNode]));
    for (const article of published.filter((a) => a.ageHours >= 0 && a.ageHours < 47)) {
      const news = byLoc.get(absolute(baseURL, articlePath(article)));
      expect(news, article.title).toBeDefined();
      expect(news?.["news:publication"]).toEqual({ "news:name": "Rundblick", "news:language": "de" });
      expect(news?.["news:publication_date"]).toMatch(ISO_WITH_OFFSET);
      expect(news?.["news:title"]).toBe(article.title);
    }
    for (const article of published.filter((a) => a.ageHours > 49)) {
      expect(byLoc.has(absolute(baseURL, articlePath(article))), article.title).toBe(false);
    }
  });

  test("robots.txt lets readers in, keeps crawlers out of /admin and /api and lists both sitemaps", async ({ request, baseURL }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    const lines = (await response.text()).split("\n").map((l) => l.trim());
    expect(lines).toContain("Allow: /");
    expect(lines).toContain("Disallow: /admin");
    expect(lines).toContain("Disallow: /api");
    expect(lines).toContain(`Sitemap: ${absolute(baseURL, "/sitemap.xml")}`);
    expect(lines).toContain(`Sitemap: ${absolute(baseURL, "/news-sitemap.xml")}`);
  });
});

test.describe("page metadata and structured data", () => {
  test("an article has canonical, Open Graph, Twitter and NewsArticle data", async ({ page, request, baseURL }) => {
    const article = published.find((a) => a.ageHours >= 0 && a.tags.length > 0)!;
    const url = absolute(baseURL, articlePath(article));
    await page.goto(articlePath(article));
    await expect(page).toHaveTitle(`${article.title} | Rundblick`);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", article.teaser);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /max-image-preview:large/);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", url);
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute("content", ISO_WITH_OFFSET);
    await expect(page.locator('meta[property="article:modified_time"]')).toHaveAttribute("content", ISO_WITH_OFFSET);
    await expect(page.locator('meta[property="article:section"]')).toHaveAttribute("content", /\S/);
    await expect(page.locator('meta[property="article:tag"]')).toHaveCount(article.tags.length);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");

    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = scripts.flatMap((s) => JSON.parse(s) as Record<string, unknown>[]);
    const ld = data.find((d) => d["@type"] === "NewsArticle")!;
    expect(ld).toMatchObject({
      headline: article.title,
      description: article.teaser,
      mainEntityOfPage: { "@type": "WebPage", "@id": url },
      inLanguage: "de-DE",
      isAccessibleForFree: true,
      publisher: { "@type": "NewsMediaOrganization", name: "Rundblick" },
      keywords: expect.arrayContaining(article.tags),
    });
    expect(ld.datePublished).toMatch(ISO_WITH_OFFSET);
    expect(ld.dateModified).toMatch(ISO_WITH_OFFSET);
    expect(ld.wordCount).toBeGreaterThan(200);
    expect(String(ld.articleSection)).not.toBe("");
    for (const author of ld.author as Record<string, string>[]) {
      expect(author["@type"]).toBe("Person");
      expect(author.url).toMatch(new RegExp(`^${absolute(baseURL, "/autor/")}`));
    }
    const crumbs = data.find((d) => d["@type"] === "BreadcrumbList")!;
    expect((crumbs.itemListElement as unknown[]).length).toBe(3);

    // The demo articles have pictures: the share image is the picture's 16:9
    // crop, the same URL in Open Graph and first in JSON-LD (then 4:3 and 1:1).
    const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(ogImage).toMatch(/\/bilder\/[0-9a-f]{32}-16x9-f\d+-\d+-w1200\.jpg$/);
    expect(ld.image as string[]).toHaveLength(3);
    expect((ld.image as string[])[0]).toBe(ogImage);
    const image = await request.get(new URL(ogImage!).pathname);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/jpeg");
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
    await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "675");
    // The generated card's address leads there too.
    const card = await request.get(`${articlePath(article)}/opengraph-image`, { maxRedirects: 0 });
    expect(card.status()).toBe(307);
    expect(card.headers().location).toBe(ogImage);
  });

  test("the front page describes the publisher and the site search", async ({ page, baseURL }) => {
    await page.goto("/");
    await expect(page).toHaveTitle("Rundblick – Nachrichten aus Deutschland und der Welt");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^${absolute(baseURL, "/").replace(/\/$/, "")}/?$`));
    const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = scripts.flatMap((s) => JSON.parse(s) as Record<string, unknown>[]);
    expect(data.find((d) => d["@type"] === "NewsMediaOrganization")).toMatchObject({ name: "Rundblick" });
    expect(data.find((d) => d["@type"] === "WebSite")).toMatchObject({
      potentialAction: { "@type": "SearchAction", target: { urlTemplate: absolute(baseURL, "/suche?q=") + "{search_term_string}" } },
    });
  });

  test("page 2 of a section canonicalises to itself; sections have their own share image", async ({ page, request, baseURL }) => {
    await page.goto("/politik?seite=2");
    await expect(page).toHaveTitle("Politik – Seite 2 | Rundblick");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", absolute(baseURL, "/politik?seite=2"));
    const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(ogImage).toBe(absolute(baseURL, "/politik/opengraph-image"));
    const image = await request.get("/politik/opengraph-image");
    expect(image.headers()["content-type"]).toBe("image/png");
    expect((await request.get("/opengraph-image")).headers()["content-type"]).toBe("image/png");
    expect((await request.get("/gibt-es-nicht/opengraph-image")).status()).toBe(404);
  });

  test("drafts have no share image", async ({ request }) => {
    for (const article of hidden) {
      expect((await request.get(`${articlePath(article)}/opengraph-image`)).status(), article.title).toBe(404);
    }
  });
});
