import "server-only";
import { articleChangeTags, cacheTags } from "../cache/tags";
import { formatDateTime } from "../dates";
import { db } from "../db";
import type { Prisma } from "../db/generated/prisma/client";
import type { CurrentUser } from "../auth/session";
import { slugify } from "../slug";
import type { ArticleInput, FieldErrors } from "./article-input";
import { parseId } from "../ids";
import { PictureError } from "../media/errors";
import { pictureSelect, refocusPicture, summarise } from "../media/library";

export type SaveResult =
  | { ok: true; id: number; version: number; path: string; tagsToRevalidate: string[] }
  | { ok: false; errors: FieldErrors };

type Snapshot = Omit<ArticleInput, "publishAt" | "kind"> & { publishAt: string | null; section: string };

const fail = (errors: FieldErrors): SaveResult => ({ ok: false, errors });

/** The byline of a logged-in author, if their account is linked to one. */
async function ownAuthorId(tx: Prisma.TransactionClient, user: CurrentUser): Promise<number | null> {
  const author = await tx.author.findUnique({ where: { userId: user.id }, select: { id: true } });
  return author?.id ?? null;
}

/**
 * Creates (id = null) or updates an article, all or nothing. Checks the role,
 * refuses a save that did not start from the current version, keeps old URLs
 * answering with a redirect, stores a revision, and returns the cache tags the
 * write touched.
 */
export async function saveArticle(
  user: CurrentUser,
  id: number | null,
  input: ArticleInput,
  expectedVersion: number | null,
): Promise<SaveResult> {
  // The id is a bound action argument: one no row can have is simply not there.
  if (id !== null && !parseId(id)) return fail({ form: "Diesen Artikel gibt es nicht (mehr)." });
  const now = new Date();
  if (input.pictureId !== null) {
    // A moved focal point means new crops, cut from the original before the
    // save (files only: if the save fails, they are unused, never wrong).
    try {
      const picture = input.pictureFocus
        ? await refocusPicture(db, input.pictureId, input.pictureFocus)
        : await db.picture.findUnique({ where: { id: input.pictureId }, select: { id: true } });
      if (!picture) return fail({ pictureId: "Dieses Bild gibt es nicht (mehr)." });
    } catch (error) {
      if (error instanceof PictureError) return fail({ pictureId: error.message });
      throw error;
    }
  }
  return db.$transaction(async (tx) => {
    const existing = id
      ? await tx.article.findUnique({
          where: { id },
          include: {
            section: { select: { slug: true } },
            authors: { select: { authorId: true, author: { select: { slug: true } } } },
            tags: { select: { tag: { select: { slug: true } } } },
          },
        })
      : null;
    if (id && !existing) return fail({ form: "Diesen Artikel gibt es nicht (mehr)." });

    // What a thing is stays what it was made as: an article never turns into a ticker or back.
    if (existing && input.kind && existing.kind !== input.kind) return fail({ form: "Diesen Artikel gibt es nicht (mehr)." });
    if (user.role === "AUTHOR") {
      const mine = await ownAuthorId(tx, user);
      if (!mine) return fail({ form: "Ihr Konto ist mit keinem Autorenprofil verknüpft." });
      if (existing && !existing.authors.some((a) => a.authorId === mine)) return fail({ form: "Sie können nur eigene Artikel bearbeiten." });
      if (existing && existing.status !== "DRAFT") return fail({ form: "Veröffentlichte Artikel kann nur die Redaktion ändern." });
      if (input.status !== "DRAFT") return fail({ status: "Autorinnen und Autoren können nur Entwürfe speichern; veröffentlichen kann die Redaktion." });
      if (!input.authorIds.includes(mine)) input = { ...input, authorIds: [mine, ...input.authorIds] };
    }
    // The same person twice is one byline (and would break the unique key of ArticleAuthor).
    input = { ...input, authorIds: [...new Set(input.authorIds)] };

    if (existing && existing.version !== expectedVersion) {
      const last = await tx.revision.findFirst({
        where: { articleId: existing.id },
        orderBy: { version: "desc" },
        select: { createdAt: true, editor: { select: { name: true } } },
      });
      const who = last?.editor?.name ?? "jemand anderes";
      const when = last ? ` am ${formatDateTime(last.createdAt)}` : "";
      return fail({
        form: `Dieser Artikel wurde inzwischen von ${who}${when} geändert. Ihre Änderungen wurden nicht gespeichert, damit nichts überschrieben wird. Bitte laden Sie den Artikel neu und übertragen Sie Ihre Änderungen.`,
      });
    }

    const section = await tx.section.findUnique({ where: { id: input.sectionId }, select: { id: true, slug: true } });
    if (!section) return fail({ sectionId: "Dieses Ressort gibt es nicht." });
    const authors = await tx.author.findMany({ where: { id: { in: input.authorIds } }, select: { id: true, slug: true } });
    if (authors.length !== new Set(input.authorIds).size) return fail({ authorIds: "Eine gewählte Autorin oder ein Autor existiert nicht." });

    const clash = await tx.article.findFirst({
      where: { sectionId: section.id, slug: input.slug, ...(existing ? { id: { not: existing.id } } : {}) },
      select: { title: true },
    });
    if (clash) return fail({ slug: `Diese Adresse ist im Ressort schon vergeben („${clash.title}“).` });
    // A former address of another article keeps redirecting there (indexed links, bookmarks).
    const redirect = await tx.articleRedirect.findUnique({
      where: { sectionSlug_slug: { sectionSlug: section.slug, slug: input.slug } },
      select: { articleId: true, article: { select: { title: true } } },
    });
    if (redirect && redirect.articleId !== existing?.id) {
      return fail({ slug: `Diese frühere Adresse leitet auf „${redirect.article.title}“ weiter und bleibt deshalb vergeben. Bitte eine andere Adresse wählen.` });
    }

    let status = input.status;
    let publishedAt = input.publishAt ?? existing?.publishedAt ?? null;
    if (status === "PUBLISHED") {
      publishedAt ??= now;
      if (publishedAt > now) status = "SCHEDULED";
    }

    const tagRows: { id: number; slug: string }[] = [];
    for (const name of input.tags) {
      const slug = slugify(name);
      // "Bundestag" and "bundestag" are one topic.
      if (tagRows.some((t) => t.slug === slug)) continue;
      tagRows.push(await tx.tag.upsert({ where: { slug }, create: { slug, name }, update: {}, select: { id: true, slug: true } }));
    }

    const data = {
      title: input.title,
      kicker: input.kicker,
      teaser: input.teaser,
      body: input.body,
      slug: input.slug,
      sectionId: section.id,
      seoTitle: input.seoTitle,
      seoDescription: input.seoDescription,
      imageUrl: input.imageUrl,
      pictureId: input.pictureId,
      imageAlt: input.imageAlt,
      imageCredit: input.imageCredit,
      imageCaption: input.imageCaption,
      status,
      publishedAt,
      updatedAt: now,
    };

    let articleId: number;
    let version: number;
    if (existing) {
      // The version in the WHERE clause makes a concurrent save lose cleanly.
      const updated = await tx.article.updateMany({ where: { id: existing.id, version: existing.version }, data: { ...data, version: { increment: 1 } } });
      if (updated.count === 0) return fail({ form: "Dieser Artikel wurde gerade von jemand anderem gespeichert. Bitte neu laden." });
      articleId = existing.id;
      version = existing.version + 1;
      await tx.articleAuthor.deleteMany({ where: { articleId } });
      await tx.articleTag.deleteMany({ where: { articleId } });
    } else {
      const created = await tx.article.create({ data: { ...data, kind: input.kind ?? "ARTICLE", createdAt: now }, select: { id: true, version: true } });
      articleId = created.id;
      version = created.version;
    }
    await tx.articleAuthor.createMany({ data: input.authorIds.map((authorId, position) => ({ articleId, authorId, position })) });
    await tx.articleTag.createMany({ data: tagRows.map((tag) => ({ articleId, tagId: tag.id })) });

    if (existing && (existing.section.slug !== section.slug || existing.slug !== input.slug)) {
      // The old address keeps working for readers and search engines.
      await tx.articleRedirect.upsert({
        where: { sectionSlug_slug: { sectionSlug: existing.section.slug, slug: existing.slug } },
        create: { sectionSlug: existing.section.slug, slug: existing.slug, articleId },
        update: { articleId },
      });
    }
    // Moving back to an earlier address: that address is the article again, not a redirect.
    // Only this article's own redirect goes; another article's is never touched.
    await tx.articleRedirect.deleteMany({ where: { sectionSlug: section.slug, slug: input.slug, articleId } });

    if (input.pictureId !== null) {
      // A picture's first use gives the library its texts, offered when it is picked again.
      const texts = { alt: input.imageAlt, credit: input.imageCredit, caption: input.imageCaption };
      for (const [key, value] of Object.entries(texts)) {
        if (value) await tx.picture.updateMany({ where: { id: input.pictureId, [key]: "" }, data: { [key]: value } });
      }
    }

    const { kind: _kind, ...kept } = input;
    const snapshot: Snapshot = { ...kept, status, publishAt: publishedAt?.toISOString() ?? null, section: section.slug };
    await tx.revision.create({ data: { articleId, version, editorId: user.id, snapshot: snapshot as unknown as Prisma.InputJsonValue } });

    const tagsToRevalidate = new Set<string>(
      articleChangeTags({ id: articleId, sectionSlug: section.slug, authorSlugs: authors.map((a) => a.slug), topicSlugs: tagRows.map((t) => t.slug) }),
    );
    if (existing) {
      tagsToRevalidate.add(cacheTags.section(existing.section.slug));
      for (const a of existing.authors) tagsToRevalidate.add(cacheTags.author(a.author.slug));
      for (const t of existing.tags) tagsToRevalidate.add(cacheTags.tag(t.tag.slug));
    }
    return { ok: true, id: articleId, version, path: `/${section.slug}/${input.slug}`, tagsToRevalidate: [...tagsToRevalidate] };
  });
}

/** Restores an earlier revision: itself saved as a new revision. */
export async function restoreRevision(user: CurrentUser, articleId: number, revisionId: number, expectedVersion: number): Promise<SaveResult> {
  if (!parseId(articleId) || !parseId(revisionId)) return fail({ form: "Diese Version gibt es nicht." });
  const [revision, current] = await Promise.all([
    db.revision.findFirst({ where: { id: revisionId, articleId }, select: { snapshot: true } }),
    loadArticleForEditor(articleId),
  ]);
  if (!revision || !current) return fail({ form: "Diese Version gibt es nicht." });
  // Older snapshots (e.g. the demo import) hold only some fields: the rest stay as they are.
  // A field the snapshot holds wins even when it is null (a removed SEO title stays removed).
  const { publishAt: _publishAt, section: _section, status: _status, ...fields } = revision.snapshot as Partial<Snapshot>;
  const input: ArticleInput = {
    title: current.title,
    kicker: current.kicker,
    teaser: current.teaser,
    body: current.body,
    sectionId: current.sectionId,
    authorIds: current.authorIds,
    tags: current.tags,
    slug: current.slug,
    seoTitle: current.seoTitle,
    seoDescription: current.seoDescription,
    imageUrl: current.imageUrl,
    pictureId: current.pictureId,
    imageAlt: current.imageAlt,
    imageCredit: current.imageCredit,
    imageCaption: current.imageCaption,
    ...fields,
    // The focal point belongs to the picture, not to a version of the text.
    pictureFocus: null,
    // Restoring text never publishes or unpublishes by itself.
    status: current.status,
    publishAt: current.publishedAt,
  };
  return saveArticle(user, articleId, input, expectedVersion);
}

export type EditorArticle = NonNullable<Awaited<ReturnType<typeof loadArticleForEditor>>>;

export async function loadArticleForEditor(id: number) {
  const row = await db.article.findUnique({
    where: { id },
    include: {
      section: { select: { slug: true } },
      picture: { select: pictureSelect },
      authors: { orderBy: { position: "asc" }, select: { authorId: true, author: { select: { userId: true } } } },
      tags: { select: { tag: { select: { name: true } } } },
      revisions: {
        orderBy: { version: "desc" },
        take: 30,
        select: { id: true, version: true, createdAt: true, editor: { select: { name: true } } },
      },
    },
  });
  if (!row) return null;
  return {
    ...row,
    pictureSummary: row.picture ? summarise(row.picture) : null,
    authorIds: row.authors.map((a) => a.authorId),
    authorUserIds: row.authors.map((a) => a.author.userId),
    tags: row.tags.map((t) => t.tag.name),
    path: `/${row.section.slug}/${row.slug}`,
  };
}

/** May this user open the article in the editor? */
export function canEdit(user: CurrentUser, article: Pick<EditorArticle, "authorUserIds">): boolean {
  return user.role !== "AUTHOR" || article.authorUserIds.includes(user.id);
}
