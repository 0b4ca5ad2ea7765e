import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { parseXml, textOf, type XmlNode } from "../lib/seo/xml-parse";
import { berlinLocal, logIn, save } from "./admin-helpers";

/** A reader's (or crawler's) view: a fresh context without session or draft-mode cookie. */
async function asCrawler<T>(browser: Browser, work: (request: APIRequestContext) => Promise<T>): Promise<T> {
  const context = await browser.newContext();
  try {
    return await work(context.request);
  } finally {
    await context.close();
  }
}

type Seen = { feed?: XmlNode; sectionFeed?: XmlNode; sitemap: boolean; news?: XmlNode };

async function whereListed(request: APIRequestContext, url: string): Promise<Seen> {
  const xml = async (path: string) => parseXml(await (await request.get(path)).text());
  const items = async (path: string) => (((await xml(path)).rss as XmlNode).channel as XmlNode).item as XmlNode[];
  const sitemapUrls = ((await xml("/sitemap.xml")).urlset as XmlNode).url as XmlNode[];
  const newsUrls = (((await xml("/news-sitemap.xml")).urlset as XmlNode).url as XmlNode[] | undefined) ?? [];
  return {
    feed: (await items("/feed.xml")).find((i) => i.link === url),
    sectionFeed: (await items("/wissen/feed.xml")).find((i) => i.link === url),
    sitemap: sitemapUrls.some((u) => u.loc === url),
    news: newsUrls.find((u) => u.loc === url)?.["news:news"] as XmlNode | undefined,
  };
}

test("a publish reaches feeds, sitemaps and JSON-LD at once, escaped; unpublishing removes it", async ({ page, browser, baseURL }) => {
  // Three saves, each followed by every feed and sitemap rendered anew: slow while the machine is busy.
  test.setTimeout(90_000);
  await logIn(page);
  const title = `Tarif & Streik: „Einigung“ <vorerst> </script> 'bis' 2027 ${Date.now()}`;
  await page.goto("/admin/artikel/neu");
  await page.getByLabel("Dachzeile").fill("Test <&> der Suchmaschinen");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Teaser").fill("Ein Artikel der Ende-zu-Ende-Tests für Feeds & Sitemaps, mit <Sonderzeichen> im Teaser.");
  await page.getByLabel("Text (Markdown)").fill("Erster Absatz.\n\n## Zwischenzeile\n\nZweiter Absatz mit etwas mehr Text.");
  await page.getByLabel("Ressort").selectOption({ label: "Wissen" });
  await page.getByRole("checkbox", { name: "Tobias Reimann" }).check();
  await page.getByLabel("Themen (mit Komma getrennt)").fill("Forschung");
  await save(page);
  const slug = await page.getByLabel("Adresse (Slug)").inputValue();
  const url = new URL(`/wissen/${slug}`, baseURL).toString();

  const asDraft = await asCrawler(browser, (request) => whereListed(request, url));
  expect(asDraft).toEqual({ feed: undefined, sectionFeed: undefined, sitemap: false, news: undefined });

  // Published a day ago: inside the News window, but not the newest article, so
  // other tests that look at the front page's lead are not disturbed.
  await page.getByLabel("Status").selectOption("SCHEDULED");
  await page.getByLabel("Veröffentlichung (Berliner Zeit)").fill(berlinLocal(-24 * 60));
  await save(page);

  const published = await asCrawler(browser, (request) => whereListed(request, url));
  expect(published.feed?.title).toBe(title);
  // The description is HTML to a feed reader: the typed text arrives HTML-escaped, never as markup.
  expect(published.feed?.description).toBe("Ein Artikel der Ende-zu-Ende-Tests für Feeds &amp; Sitemaps, mit &lt;Sonderzeichen&gt; im Teaser.");
  expect(textOf(published.feed?.guid)).toMatch(/^rundblick-artikel-\d+$/);
  expect(published.sectionFeed?.title).toBe(title);
  expect(published.sitemap).toBe(true);
  expect(published.news?.["news:title"]).toBe(title);

  const html = await asCrawler(browser, async (request) => (await request.get(`/wissen/${slug}`)).text());
  // The headline's </script> appears nowhere raw; JSON-LD still carries it exactly.
  expect(html).not.toContain("</script> 'bis'");
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]) as unknown);
  const article = blocks.flat().find((d) => (d as { "@type"?: string })["@type"] === "NewsArticle") as Record<string, unknown>;
  expect(article.headline).toBe(title);
  expect(article.datePublished).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);

  await page.getByLabel("Status").selectOption("DRAFT");
  await save(page);
  const unpublished = await asCrawler(browser, (request) => whereListed(request, url));
  expect(unpublished).toEqual({ feed: undefined, sectionFeed: undefined, sitemap: false, news: undefined });
});
