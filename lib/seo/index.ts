// What search engines and feed readers get: metadata, JSON-LD, feeds,
// sitemaps, Open Graph images. The public face for app/ and components/.
export { buildRssFeed } from "./feeds";
export { getFeedData, type FeedArticle, type FeedData } from "./feeds-data";
export { articleBreadcrumbJsonLd, liveBlogPostingJsonLd, newsArticleJsonLd, organizationJsonLd, serializeJsonLd, webSiteJsonLd, type JsonLd } from "./json-ld";
export { absoluteUrl, buildMetadata, pageSeo, SITE_DESCRIPTION, SITE_NAME, SITE_TITLE, siteUrl, type PageSeo } from "./metadata";
export { ogImageResponse, type OgCard } from "./og-image";
export { buildNewsSitemap, buildSitemapIndex, buildUrlset, parseSitemapFileName, sitemapFilePath } from "./sitemaps";
export { getNewsSitemapEntries, getSitemapFile, getSitemapPlan, type SitemapPlan } from "./sitemaps-data";
export { xmlHeaders } from "./xml";
