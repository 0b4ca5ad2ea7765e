import { settings } from "../runtime";
import { structuredDataCrops } from "../media/variants";
import type { Metadata } from "next";
import { toBerlinIso } from "../dates";
import { paths } from "../articles/paths";
import type { ArticleFull, SectionInfo } from "../articles/types";

export const SITE_NAME = "Rundblick";
export const SITE_TITLE = "Rundblick – Nachrichten aus Deutschland und der Welt";
export const SITE_DESCRIPTION =
  "Rundblick: aktuelle Nachrichten, Hintergründe und Analysen aus Politik, Wirtschaft, Sport, Kultur, Wissen und Panorama.";
export const SITE_LANGUAGE = "de";

/**
 * The canonical origin (settings: SITE_URL), without a trailing slash. Read on
 * every call, never at import: one build serves any SITE_URL, and pages call
 * this only after `connection()`, so it is never baked into the build.
 */
export function siteUrl(): string {
  return settings().siteUrl;
}

/** An absolute URL on this site for a path such as `/politik?seite=2`. */
export function absoluteUrl(path: string, origin = siteUrl()): string {
  return `${origin}${path.startsWith("/") ? path : `/${path}`}`;
}

/** Where the generated Open Graph images live (app/**\/opengraph-image.tsx). */
export const ogImagePaths = {
  site: () => "/opengraph-image",
  section: (sectionSlug: string) => `/${sectionSlug}/opengraph-image`,
  article: (articlePath: string) => `${articlePath}/opengraph-image`,
};

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export type FeedLink = { title: string; path: string };

export type PageSeo = {
  /** Shown as "<title> | Rundblick" through the root layout's template. */
  title: string;
  /** Use the title as is, without the site suffix (the front page). */
  absoluteTitle?: boolean;
  description: string;
  /** Path of the canonical URL, e.g. `/politik?seite=2` (page 2+ canonicalises to itself). */
  path: string;
  /** The share image; without a size, the generated 1200×630 PNG card. */
  image: { path: string; alt: string; width?: number; height?: number; type?: string };
  feeds?: FeedLink[];
  /** Keep the page out of search results (an editor's preview). */
  noindex?: boolean;
  article?: {
    publishedAt: Date;
    modifiedAt: Date;
    section: string;
    tags: string[];
    authorPaths: string[];
  };
};

/** Every reader page's metadata goes through here. */
export function buildMetadata(page: PageSeo, origin = siteUrl()): Metadata {
  const url = absoluteUrl(page.path, origin);
  const image = {
    url: absoluteUrl(page.image.path, origin),
    width: page.image.width ?? OG_IMAGE_SIZE.width,
    height: page.image.height ?? OG_IMAGE_SIZE.height,
    alt: page.image.alt,
    type: page.image.type ?? "image/png",
  };
  const common = {
    url,
    title: page.title,
    description: page.description,
    siteName: SITE_NAME,
    locale: "de_DE",
    images: [image],
  };
  const openGraph: Metadata["openGraph"] = page.article
    ? {
        ...common,
        type: "article",
        publishedTime: toBerlinIso(page.article.publishedAt),
        modifiedTime: toBerlinIso(page.article.modifiedAt),
        section: page.article.section,
        tags: page.article.tags,
        authors: page.article.authorPaths.map((p) => absoluteUrl(p, origin)),
      }
    : { ...common, type: "website" };
  const feeds = page.feeds ?? [];
  return {
    metadataBase: new URL(`${origin}/`),
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: {
      canonical: url,
      ...(feeds.length > 0
        ? { types: { "application/rss+xml": feeds.map((f) => ({ url: absoluteUrl(f.path, origin), title: f.title })) } }
        : {}),
    },
    openGraph,
    twitter: {
      card: "summary_large_image",
      title: page.title,
      description: page.description,
      images: [{ url: image.url, alt: image.alt }],
    },
    robots: page.noindex
      ? { index: false, follow: false }
      : { index: true, follow: true, "max-image-preview": "large", "max-snippet": -1, "max-video-preview": -1 },
  };
}

/** A single line of at most `max` characters, cut at a word boundary with "…". */
export function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if ([...clean].length <= max) return clean;
  const chars = [...clean].slice(0, max - 1).join("");
  const cut = chars.lastIndexOf(" ");
  return `${(cut > max / 2 ? chars.slice(0, cut) : chars).replace(/[\s,;:.–-]+$/u, "")}…`;
}

const siteFeed: FeedLink = { title: `${SITE_NAME} – alle Nachrichten`, path: paths.feed() };

function sectionFeed(section: Pick<SectionInfo, "slug" | "name">): FeedLink {
  return { title: `${SITE_NAME} – ${section.name}`, path: paths.feed(section.slug) };
}

/** The last time an article changed for readers: edits before a scheduled publish count as the publish. */
export function articleModifiedAt(article: { publishedAt: Date; updatedAt: Date }): Date {
  return article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt;
}

export const pageSeo = {
  front(): PageSeo {
    return {
      title: SITE_TITLE,
      absoluteTitle: true,
      description: SITE_DESCRIPTION,
      path: paths.front(),
      image: { path: ogImagePaths.site(), alt: SITE_NAME },
      feeds: [siteFeed],
    };
  },

  section(section: SectionInfo, page: number): PageSeo {
    return {
      title: page > 1 ? `${section.name} – Seite ${page}` : section.name,
      description: section.description || `Aktuelle Nachrichten aus dem Ressort ${section.name} bei ${SITE_NAME}.`,
      path: paths.section(section.slug, page),
      image: { path: ogImagePaths.section(section.slug), alt: `${SITE_NAME} – ${section.name}` },
      feeds: [sectionFeed(section), siteFeed],
    };
  },

  article(article: ArticleFull): PageSeo {
    return {
      title: article.seoTitle || article.title,
      description: article.seoDescription || article.teaser,
      path: article.path,
      image: articleShareImage(article),
      feeds: [sectionFeed(article.section)],
      article: {
        publishedAt: article.publishedAt,
        modifiedAt: articleModifiedAt(article),
        section: article.section.name,
        tags: article.tags.map((t) => t.name),
        authorPaths: article.authors.map((a) => paths.author(a.slug)),
      },
    };
  },

  author(author: { slug: string; name: string; bio: string }, page: number): PageSeo {
    const suffix = page > 1 ? ` – Seite ${page}` : "";
    return {
      title: `${author.name} – Autor/in${suffix}`,
      description: author.bio || `Alle Artikel von ${author.name} bei ${SITE_NAME}.`,
      path: paths.author(author.slug, page),
      image: { path: ogImagePaths.site(), alt: SITE_NAME },
    };
  },

  topic(tag: { slug: string; name: string }, page: number): PageSeo {
    const suffix = page > 1 ? ` – Seite ${page}` : "";
    return {
      title: `${tag.name}: Nachrichten und Hintergründe${suffix}`,
      description: `Alle Artikel von ${SITE_NAME} zum Thema ${tag.name}.`,
      path: paths.topic(tag.slug, page),
      image: { path: ogImagePaths.site(), alt: SITE_NAME },
    };
  },
};

/** An article's share image: its picture's 16:9 crop when it has one, else the generated card. */
function articleShareImage(article: ArticleFull): PageSeo["image"] {
  if (!article.picture) return { path: ogImagePaths.article(article.path), alt: article.title };
  const crop = structuredDataCrops(article.picture).find((c) => c.ratio === "16x9")!;
  return { path: crop.url, alt: article.imageAlt || article.title, width: crop.width, height: crop.height, type: "image/jpeg" };
}
