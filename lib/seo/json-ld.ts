import { toBerlinIso } from "../dates";
import { paths } from "../articles/paths";
import { SITE_DESCRIPTION, SITE_NAME, absoluteUrl, articleModifiedAt, ogImagePaths, siteUrl, truncate } from "./metadata";
import type { ArticleFull } from "../articles/types";
import type { LiveEntryView } from "../live/types";
import { structuredDataCrops } from "../media/variants";

export type JsonLd = Record<string, unknown>;

/** Google shows at most 110 characters of a NewsArticle headline. */
export const HEADLINE_MAX = 110;

/**
 * JSON for a `<script type="application/ld+json">`. `<`, `>` and `&` become
 * \u escapes, so a headline containing `</script>` or `<!--` cannot end the
 * script element; U+2028/U+2029 are escaped for old JavaScript parsers. The
 * result is still the same JSON value.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function publisher(origin: string): JsonLd {
  return {
    "@type": "NewsMediaOrganization",
    "@id": `${origin}/#organisation`,
    name: SITE_NAME,
    url: absoluteUrl(paths.front(), origin),
    logo: { "@type": "ImageObject", url: absoluteUrl(ogImagePaths.site(), origin), width: 1200, height: 630 },
  };
}

export function organizationJsonLd(origin = siteUrl()): JsonLd {
  return { "@context": "https://schema.org", ...publisher(origin), description: SITE_DESCRIPTION, inLanguage: "de-DE" };
}

export function webSiteJsonLd(origin = siteUrl()): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    "@id": `${origin}/#website`,
    name: SITE_NAME,
    url: absoluteUrl(paths.front(), origin),
    inLanguage: "de-DE",
    publisher: { "@id": `${origin}/#organisation` },
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: absoluteUrl("/suche?q={search_term_string}", origin) },
      "query-input": "required name=search_term_string",
    },
  };
}

export function newsArticleJsonLd(article: ArticleFull, origin = siteUrl()): JsonLd {
  const url = absoluteUrl(article.path, origin);
  // An uploaded picture: the 16:9, 4:3 and 1:1 crops Google asks for (16:9 first, as in og:image).
  // Otherwise the generated share card, plus a picture linked by address.
  const images = article.picture
    ? structuredDataCrops(article.picture).map((crop) => absoluteUrl(crop.url, origin))
    : [absoluteUrl(ogImagePaths.article(article.path), origin)];
  if (!article.picture && article.imageUrl) images.push(article.imageUrl.startsWith("/") ? absoluteUrl(article.imageUrl, origin) : article.imageUrl);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: truncate(article.title, HEADLINE_MAX),
    description: article.teaser,
    image: images,
    datePublished: toBerlinIso(article.publishedAt),
    dateModified: toBerlinIso(articleModifiedAt(article)),
    // Without a byline the newsroom itself is the author.
    author:
      article.authors.length > 0
        ? article.authors.map((a) => ({ "@type": "Person", name: a.name, url: absoluteUrl(paths.author(a.slug), origin) }))
        : [{ "@type": "NewsMediaOrganization", name: SITE_NAME, url: absoluteUrl(paths.front(), origin) }],
    publisher: publisher(origin),
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    articleSection: article.section.name,
    keywords: article.tags.map((t) => t.name),
    inLanguage: "de-DE",
    wordCount: article.wordCount,
    isAccessibleForFree: true,
  };
}

export function articleBreadcrumbJsonLd(article: ArticleFull, origin = siteUrl()): JsonLd {
  const trail = [
    { name: SITE_NAME, path: paths.front() },
    { name: article.section.name, path: paths.section(article.section.slug) },
    { name: article.title, path: article.path },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: trail.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: absoluteUrl(item.path, origin),
    })),
  };
}

/**
 * A running or ended Liveticker: `LiveBlogPosting` with its coverage times
 * and its entries newest first (`liveBlogUpdate`), each a `BlogPosting` with
 * headline, text, author, times, its permalink and its picture.
 */
export function liveBlogPostingJsonLd(
  article: ArticleFull,
  entries: readonly LiveEntryView[],
  hrefOf: (entryId: number) => string,
  origin = siteUrl(),
): JsonLd {
  const base = newsArticleJsonLd(article, origin);
  const { wordCount: _wordCount, ...rest } = base;
  const latest = entries[0]?.publishedAt ?? article.publishedAt;
  const modified = [articleModifiedAt(article), latest, ...entries.map((e) => e.editedAt ?? e.publishedAt)].reduce((a, b) => (b > a ? b : a));
  return {
    ...rest,
    "@type": "LiveBlogPosting",
    dateModified: toBerlinIso(modified),
    coverageStartTime: toBerlinIso(article.publishedAt),
    ...(article.live?.endedAt ? { coverageEndTime: toBerlinIso(article.live.endedAt) } : {}),
    liveBlogUpdate: entries.map((entry) => ({
      "@type": "BlogPosting",
      headline: truncate(entry.headline || entry.text, HEADLINE_MAX),
      articleBody: entry.text,
      datePublished: toBerlinIso(entry.publishedAt),
      dateModified: toBerlinIso(entry.editedAt ?? entry.publishedAt),
      ...(entry.authorName ? { author: { "@type": "Person", name: entry.authorName } } : {}),
      url: absoluteUrl(hrefOf(entry.id), origin),
      ...(entry.picture ? { image: structuredDataCrops(entry.picture).map((crop) => absoluteUrl(crop.url, origin)) } : {}),
    })),
  };
}
