import { toBerlinIso } from "../dates";
import { absoluteUrl } from "./metadata";
import { escapeXml, XML_DECLARATION } from "./xml";

/** The sitemap protocol's limit per file; above it /sitemap.xml becomes an index. */
export const SITEMAP_MAX_URLS = 50_000;
/** Google News: articles from the last 48 hours, at most 1,000 per sitemap. */
export const NEWS_WINDOW_HOURS = 48;
export const NEWS_MAX_ARTICLES = 1000;

export type SitemapEntry = { path: string; lastmod?: Date };
export type NewsSitemapEntry = { path: string; title: string; publishedAt: Date };

export function sitemapFileCount(totalUrls: number, perFile = SITEMAP_MAX_URLS): number {
  return Math.max(1, Math.ceil(totalUrls / perFile));
}

/** Path of the n-th (1-based) sitemap file listed in the index. */
export function sitemapFilePath(n: number): string {
  return `/sitemap/${n}.xml`;
}

/** The n from "<n>.xml", or null for anything else. */
export function parseSitemapFileName(name: string): number | null {
  const match = /^([1-9]\d{0,5})\.xml$/.exec(name);
  return match ? Number(match[1]) : null;
}

function lastmod(date: Date | undefined): string {
  return date ? `<lastmod>${toBerlinIso(date)}</lastmod>` : "";
}

export function buildUrlset(entries: SitemapEntry[], origin: string): string {
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries.map((e) => `<url><loc>${escapeXml(absoluteUrl(e.path, origin))}</loc>${lastmod(e.lastmod)}</url>`),
    "</urlset>",
    "",
  ].join("\n");
}

export function buildSitemapIndex(files: SitemapEntry[], origin: string): string {
  return [
    XML_DECLARATION,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...files.map((f) => `<sitemap><loc>${escapeXml(absoluteUrl(f.path, origin))}</loc>${lastmod(f.lastmod)}</sitemap>`),
    "</sitemapindex>",
    "",
  ].join("\n");
}

export function buildNewsSitemap(entries: NewsSitemapEntry[], origin: string, publicationName: string): string {
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...entries.map((e) =>
      [
        "<url>",
        `<loc>${escapeXml(absoluteUrl(e.path, origin))}</loc>`,
        "<news:news>",
        "<news:publication>",
        `<news:name>${escapeXml(publicationName)}</news:name>`,
        "<news:language>de</news:language>",
        "</news:publication>",
        `<news:publication_date>${toBerlinIso(e.publishedAt)}</news:publication_date>`,
        `<news:title>${escapeXml(e.title)}</news:title>`,
        "</news:news>",
        "</url>",
      ].join(""),
    ),
    "</urlset>",
    "",
  ].join("\n");
}
