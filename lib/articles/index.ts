import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "../cache/tags";
import { db } from "../db";
import type { Prisma } from "../db/generated/prisma/client";
import { countWords, readingMinutes, renderMarkdown } from "./markdown";
import { pictureRef } from "../media/variants";
import { paths } from "./paths";
import { isValidSlug } from "../slug";
import type { ArticleCard, ArticleFull, AuthorProfile, Page, SectionInfo, TagRef } from "./types";

export { renderMarkdown } from "./markdown";
export { parsePageParam, paths } from "./paths";
export type { ArticleCard, ArticleFull, ArticleStatus, LiveState, AuthorProfile, AuthorRef, Page, SectionInfo, SectionRef, TagRef } from "./types";

export const PAGE_SIZE = 20;

/**
 * List pages (section, author, topic) up to this one carry their list's tag:
 * a newly published article lands there. Deeper pages of the archive carry
 * only the tags of the articles they show, so an edit or a withdrawal of one
 * of those expires them, a new article elsewhere does not (their items move
 * down by one until the page's safety lifetime ends; docs/caching.md).
 */
export const FIRST_LIST_PAGES = 3;

/** Tags a list shows: every article on it, and its list tags when it is one of the first pages (or empty: past the end). */
function tagList(page: number, items: readonly { id: number }[], ...listTags: string[]): void {
  const tags = items.map((item) => cacheTags.article(item.id));
  if (page <= FIRST_LIST_PAGES || items.length === 0) tags.push(...listTags);
  if (tags.length > 0) cacheTag(...tags);
}

/**
 * Readers see an article once it is published (or scheduled) and its publish
 * time has passed. The front process expires what a scheduled article changes
 * at its time (lib/articles/scheduled.ts), so cached lists need no short
 * lifetime for it.
 */
export function visibleWhere(now: Date): Prisma.ArticleWhereInput {
  return { status: { in: ["PUBLISHED", "SCHEDULED"] }, publishedAt: { lte: now } };
}

const cardSelect = {
  id: true,
  slug: true,
  kicker: true,
  title: true,
  teaser: true,
  publishedAt: true,
  updatedAt: true,
  imageUrl: true,
  imageAlt: true,
  picture: { select: { hash: true, width: true, height: true, focusX: true, focusY: true } },
  section: { select: { id: true, slug: true, name: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { slug: true, name: true } } } },
  kind: true,
  liveLatestAt: true,
  liveEndedAt: true,
} satisfies Prisma.ArticleSelect;

type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    slug: row.slug,
    path: paths.article(row.section.slug, row.slug),
    section: row.section,
    kicker: row.kicker,
    title: row.title,
    teaser: row.teaser,
    // Visible articles always have a publish time; the fallback only satisfies the type.
    publishedAt: row.publishedAt ?? new Date(0),
    updatedAt: row.updatedAt,
    imageUrl: row.imageUrl,
    imageAlt: row.imageAlt,
    picture: row.picture ? pictureRef(row.picture) : null,
    authors: row.authors.map((a) => a.author),
    live: row.kind === "LIVETICKER" ? { latestAt: row.liveLatestAt, endedAt: row.liveEndedAt } : null,
  };
}

const newestFirst = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

async function pageOf(where: Prisma.ArticleWhereInput, page: number): Promise<Page<ArticleCard>> {
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      select: cardSelect,
      orderBy: newestFirst,
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
  ]);
  return { items: rows.map(toCard), page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), total };
}

export async function getSections(): Promise<SectionInfo[]> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.sections);
  return db.section.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, slug: true, name: true, description: true },
  });
}

/** The section with this slug, if there is one (a malformed slug is none). */
export async function findSection(slug: string): Promise<SectionInfo | undefined> {
  if (!isValidSlug(slug)) return undefined;
  return (await getSections()).find((s) => s.slug === slug);
}

export type FrontPage = {
  lead: ArticleCard | null;
  sections: { section: SectionInfo; articles: ArticleCard[] }[];
};

const FRONT_PER_SECTION = 4;

export async function getFrontPage(): Promise<FrontPage> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.front);
  const now = new Date();
  const [sections, leadRow] = await Promise.all([
    getSections(),
    db.article.findFirst({ where: visibleWhere(now), select: cardSelect, orderBy: newestFirst }),
  ]);
  const lead = leadRow ? toCard(leadRow) : null;
  const blocks = await Promise.all(
    sections.map(async (section) => {
      const rows = await db.article.findMany({
        where: { ...visibleWhere(now), sectionId: section.id, ...(lead ? { id: { not: lead.id } } : {}) },
        select: cardSelect,
        orderBy: newestFirst,
        take: FRONT_PER_SECTION,
      });
      return { section, articles: rows.map(toCard) };
    }),
  );
  return { lead, sections: blocks.filter((b) => b.articles.length > 0) };
}

export async function getSectionPage(
  sectionSlug: string,
  page: number,
): Promise<{ section: SectionInfo; articles: Page<ArticleCard> } | null> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.sections);
  const section = await db.section.findUnique({
    where: { slug: sectionSlug },
    select: { id: true, slug: true, name: true, description: true },
  });
  if (!section) {
    // A section made later under this name expires it (sections).
    return null;
  }
  const articles = await pageOf({ ...visibleWhere(new Date()), sectionId: section.id }, page);
  tagList(page, articles.items, cacheTags.section(sectionSlug));
  return { section, articles };
}

const fullSelect = {
  ...cardSelect,
  body: true,
  status: true,
  imageCredit: true,
  imageCaption: true,
  seoTitle: true,
  seoDescription: true,
  tags: { select: { tag: { select: { slug: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
} satisfies Prisma.ArticleSelect;

async function findArticle(where: Prisma.ArticleWhereInput): Promise<ArticleFull | null> {
  const row = await db.article.findFirst({ where, select: fullSelect });
  if (!row) return null;
  const card = toCard(row);
  return {
    ...card,
    // A ticker's latest entry time belongs to its stream (lib/live, tag ticker:<id>), which changes
    // without the article: the article read keeps only what an article save or ending changes.
    live: card.live ? { latestAt: null, endedAt: card.live.endedAt } : null,
    kind: row.kind,
    status: row.status,
    body: row.body,
    bodyHtml: renderMarkdown(row.body),
    wordCount: countWords(row.body),
    readingMinutes: readingMinutes(row.body),
    imageCredit: row.imageCredit,
    imageCaption: row.imageCaption,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    tags: row.tags.map((t) => t.tag),
  };
}

export async function getArticle(sectionSlug: string, slug: string): Promise<ArticleFull | null> {
  "use cache";
  cacheLife("content");
  const article = await findArticle({ ...visibleWhere(new Date()), slug, section: { slug: sectionSlug } });
  // Found: a change of this article or of the sections (its section's name;
  // every page's navigation shows them anyway). Not found: an article
  // published in that section later may be this one.
  cacheTag(cacheTags.sections, article ? cacheTags.article(article.id) : cacheTags.section(sectionSlug));
  return article;
}

/** Any article by id, published or not: for editors' previews only, never cached. */
export async function getArticleForPreview(id: number): Promise<ArticleFull | null> {
  return findArticle({ id });
}

/**
 * Where an old article URL (after a slug or section change) points now, or
 * null. Only visible articles are redirected to.
 */
export async function getArticleRedirect(sectionSlug: string, slug: string): Promise<string | null> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.section(sectionSlug));
  const redirect = await db.articleRedirect.findUnique({
    where: { sectionSlug_slug: { sectionSlug, slug } },
    select: { article: { select: { id: true, slug: true, status: true, publishedAt: true, section: { select: { slug: true } } } } },
  });
  const article = redirect?.article;
  if (!article) return null;
  cacheTag(cacheTags.article(article.id));
  const visible =
    (article.status === "PUBLISHED" || article.status === "SCHEDULED") &&
    article.publishedAt !== null &&
    article.publishedAt <= new Date();
  return visible ? paths.article(article.section.slug, article.slug) : null;
}

export const RELATED_COUNT = 4;

/**
 * The newest `count` visible articles of a section: the "Mehr aus …" box as
 * one shared piece per section (app/esi/mehr/[section]), which every article
 * of the section includes and hides itself from. Tagged with the section, so
 * an article published there renews it, and with each article shown.
 */
export async function getSectionNewest(sectionSlug: string, count: number): Promise<{ section: SectionInfo; articles: ArticleCard[] } | null> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.section(sectionSlug), cacheTags.sections);
  const section = await db.section.findUnique({
    where: { slug: sectionSlug },
    select: { id: true, slug: true, name: true, description: true },
  });
  if (!section) return null;
  const rows = await db.article.findMany({
    where: { ...visibleWhere(new Date()), sectionId: section.id },
    select: cardSelect,
    orderBy: newestFirst,
    take: count,
  });
  tagList(1, rows);
  return { section, articles: rows.map(toCard) };
}

/**
 * The "Mehr aus …" box for one article: the newest other articles of the
 * section (the editors' preview; reader pages include the shared piece).
 */
export async function getRelatedArticles(articleId: number, sectionId: number): Promise<ArticleCard[]> {
  "use cache";
  cacheLife("content");
  cacheTag(cacheTags.article(articleId));
  const [section, rows] = await Promise.all([
    db.section.findUnique({ where: { id: sectionId }, select: { slug: true } }),
    db.article.findMany({
      where: { ...visibleWhere(new Date()), sectionId, id: { not: articleId } },
      select: cardSelect,
      orderBy: newestFirst,
      take: RELATED_COUNT,
    }),
  ]);
  if (section) cacheTag(cacheTags.section(section.slug));
  tagList(1, rows);
  return rows.map(toCard);
}

export async function getAuthorPage(
  authorSlug: string,
  page: number,
): Promise<{ author: AuthorProfile; articles: Page<ArticleCard> } | null> {
  "use cache";
  cacheLife("content");
  const author = await db.author.findUnique({
    where: { slug: authorSlug },
    select: { id: true, slug: true, name: true, jobTitle: true, bio: true },
  });
  if (!author) {
    cacheTag(cacheTags.author(authorSlug));
    return null;
  }
  const articles = await pageOf({ ...visibleWhere(new Date()), authors: { some: { authorId: author.id } } }, page);
  // A profile edit expires the author's tag and every article of theirs (lib/admin/taxonomy.ts): deeper pages follow it through those.
  tagList(page, articles.items, cacheTags.author(authorSlug));
  const { id: _id, ...profile } = author;
  return { author: profile, articles };
}

export async function getTopicPage(
  tagSlug: string,
  page: number,
): Promise<{ tag: TagRef; articles: Page<ArticleCard> } | null> {
  "use cache";
  cacheLife("content");
  const tag = await db.tag.findUnique({ where: { slug: tagSlug }, select: { id: true, slug: true, name: true } });
  if (!tag) {
    cacheTag(cacheTags.tag(tagSlug));
    return null;
  }
  const articles = await pageOf({ ...visibleWhere(new Date()), tags: { some: { tagId: tag.id } } }, page);
  // A rename expires the topic's tag and every article in it (lib/admin/taxonomy.ts): deeper pages follow it through those.
  tagList(page, articles.items, cacheTags.tag(tagSlug));
  return { tag: { slug: tag.slug, name: tag.name }, articles };
}
