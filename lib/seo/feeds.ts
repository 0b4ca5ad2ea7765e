import { escapeXml, XML_DECLARATION } from "./xml";

export const FEED_SIZE = 50;

export type FeedItem = {
  id: number;
  title: string;
  url: string;
  teaser: string;
  publishedAt: Date;
  authors: string[];
  section: string;
  tags: string[];
};

export type Feed = {
  title: string;
  /** The HTML page this feed belongs to. */
  link: string;
  /** The feed's own URL (atom:link rel="self"). */
  selfUrl: string;
  description: string;
  items: FeedItem[];
};

/** RFC 822 date as RSS 2.0 wants it, e.g. "Wed, 25 Nov 2026 14:05:00 GMT". */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

/**
 * A permanent, non-URL identity for an article: its id, never its slug, so a
 * retitled or moved article is not announced twice.
 */
export function articleGuid(id: number): string {
  return `rundblick-artikel-${id}`;
}

/** An element whose content its reader takes as plain text (title, link, category, dc:creator …). */
function element(name: string, value: string, attributes = ""): string {
  return `<${name}${attributes}>${escapeXml(value)}</${name}>`;
}

/**
 * Plain text made safe where the reader parses HTML: the HTML markup
 * characters become entities, so `<script>` or "a < b" arrive as the visible
 * characters, never as markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/**
 * An element whose content is HTML to a feed reader: RSS 2.0 `<description>`
 * (of an item, and by common practice of the channel). Our values are plain
 * text, so they are HTML-escaped first and then XML-escaped; the reader
 * undoes the XML escaping and gets escaped HTML, i.e. the text as typed.
 */
function htmlElement(name: string, text: string): string {
  return element(name, escapeHtml(text));
}

/**
 * RSS 2.0, field by field: `title`, `dc:creator`, `category`, `language`,
 * dates and the guid are text (XML-escaped); `link` and `atom:link href` are
 * URLs (XML-escaped); both `description`s are HTML to the reader, so the
 * plain text is HTML-escaped before it is XML-escaped.
 */
export function buildRssFeed(feed: Feed): string {
  const newest = feed.items[0]?.publishedAt;
  const items = feed.items.map((item) =>
    [
      "<item>",
      element("title", item.title),
      element("link", item.url),
      element("guid", articleGuid(item.id), ' isPermaLink="false"'),
      element("pubDate", rfc822(item.publishedAt)),
      htmlElement("description", item.teaser),
      ...(item.authors.length > 0 ? [element("dc:creator", item.authors.join(", "))] : []),
      element("category", item.section),
      ...item.tags.map((tag) => element("category", tag)),
      "</item>",
    ].join(""),
  );
  return [
    XML_DECLARATION,
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "<channel>",
    element("title", feed.title),
    element("link", feed.link),
    `<atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    htmlElement("description", feed.description),
    element("language", "de-DE"),
    ...(newest ? [element("lastBuildDate", rfc822(newest))] : []),
    element("ttl", "5"),
    ...items,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}
