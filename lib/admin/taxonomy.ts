import "server-only";
import { randomUUID } from "node:crypto";
import { cacheTags } from "../cache/tags";
import { credentialAccount } from "../auth/credentials";
import { db } from "../db";
import type { Prisma } from "../db/generated/prisma/client";
import type { CurrentUser, Role } from "../auth/session";
import { slugify } from "../slug";
import { parseId } from "../ids";

export type WriteResult = { ok: true; tags: string[]; message: string } | { ok: false; errors: Record<string, string> };

// Top-level paths the site itself uses: a section may not take them.
const RESERVED_SECTION_SLUGS = new Set(["admin", "api", "autor", "thema", "suche", "feed-xml", "sitemap-xml", "news-sitemap-xml", "robots-txt", "images", "bilder", "next"]);

// Ids come from forms and bound action arguments: a stale page or a hand-made
// request may name a record that is gone, or an id no record can have.
const SECTION_GONE: WriteResult = { ok: false, errors: { form: "Dieses Ressort gibt es nicht mehr." } };
const TAG_GONE: WriteResult = { ok: false, errors: { form: "Dieses Thema gibt es nicht mehr." } };
const AUTHOR_GONE: WriteResult = { ok: false, errors: { form: "Dieses Autorenprofil gibt es nicht mehr." } };
const USER_GONE: WriteResult = { ok: false, errors: { form: "Dieses Konto gibt es nicht (mehr)." } };

const sectionTags = (slug: string) => [cacheTags.sections, cacheTags.front, cacheTags.section(slug), cacheTags.feeds, cacheTags.sitemaps];

/**
 * The pages that list these articles as cards (cards show the section name,
 * the authors and, in feeds, the topics): their sections', authors' and
 * topics' pages. A rename of any of those must expire them all.
 */
async function listingTags(articles: Prisma.ArticleWhereInput): Promise<string[]> {
  const some = { some: { article: articles } };
  const [sections, authors, topics] = await Promise.all([
    db.section.findMany({ where: { articles: { some: articles } }, select: { slug: true } }),
    db.author.findMany({ where: { articles: some }, select: { slug: true } }),
    db.tag.findMany({ where: { articles: some }, select: { slug: true } }),
  ]);
  return [
    ...sections.map((s) => cacheTags.section(s.slug)),
    ...authors.map((a) => cacheTags.author(a.slug)),
    ...topics.map((t) => cacheTags.tag(t.slug)),
  ];
}

export async function listSectionsWithCounts() {
  const rows = await db.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], include: { _count: { select: { articles: true } } } });
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, description: r.description, articles: r._count.articles }));
}

export async function createSection(name: string, description: string): Promise<WriteResult> {
  const slug = slugify(name);
  if (!slug) return { ok: false, errors: { name: "Der Name braucht Buchstaben oder Ziffern." } };
  if (RESERVED_SECTION_SLUGS.has(slug)) return { ok: false, errors: { name: `„${slug}“ ist für die Website reserviert.` } };
  if (await db.section.findUnique({ where: { slug } })) return { ok: false, errors: { name: "Ein Ressort mit dieser Adresse gibt es schon." } };
  const last = await db.section.aggregate({ _max: { position: true } });
  await db.section.create({ data: { slug, name, description, position: (last._max.position ?? -1) + 1 } });
  return { ok: true, tags: sectionTags(slug), message: `Ressort „${name}“ angelegt (/${slug}).` };
}

/** Renames keep the address: a new slug would move every article of the section. */
export async function updateSection(id: number, name: string, description: string): Promise<WriteResult> {
  if (!parseId(id)) return SECTION_GONE;
  const section = await db.section.update({ where: { id }, data: { name, description }, select: { slug: true } }).catch(() => null);
  if (!section) return SECTION_GONE;
  // Cards on author and topic pages name the section too.
  const listing = await listingTags({ sectionId: id });
  return { ok: true, tags: [...new Set([...sectionTags(section.slug), ...listing])], message: "Ressort gespeichert." };
}

export async function moveSection(id: number, direction: "up" | "down"): Promise<WriteResult> {
  return db.$transaction(async (tx) => {
    const sections = await tx.section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, slug: true } });
    const index = sections.findIndex((s) => s.id === id);
    const target = direction === "up" ? index - 1 : index + 1;
    if (index < 0 || target < 0 || target >= sections.length) return { ok: true as const, tags: [], message: "" };
    [sections[index], sections[target]] = [sections[target], sections[index]];
    for (const [position, section] of sections.entries()) await tx.section.update({ where: { id: section.id }, data: { position } });
    return { ok: true as const, tags: sectionTags(sections[index].slug), message: "Reihenfolge gespeichert." };
  });
}

export async function deleteSection(id: number): Promise<WriteResult> {
  if (!parseId(id)) return SECTION_GONE;
  const section = await db.section.findUnique({ where: { id }, include: { _count: { select: { articles: true } } } });
  if (!section) return SECTION_GONE;
  if (section._count.articles > 0) {
    return { ok: false, errors: { form: `„${section.name}“ hat noch ${section._count.articles} Artikel und kann nicht gelöscht werden. Verschieben Sie sie zuerst.` } };
  }
  await db.section.delete({ where: { id } });
  return { ok: true, tags: sectionTags(section.slug), message: `Ressort „${section.name}“ gelöscht.` };
}

export async function listTagsWithCounts() {
  const rows = await db.tag.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { articles: true } } } });
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, articles: r._count.articles }));
}

export async function createTag(name: string): Promise<WriteResult> {
  const slug = slugify(name);
  if (!slug) return { ok: false, errors: { name: "Der Name braucht Buchstaben oder Ziffern." } };
  if (await db.tag.findUnique({ where: { slug } })) return { ok: false, errors: { name: "Dieses Thema gibt es schon." } };
  await db.tag.create({ data: { slug, name } });
  return { ok: true, tags: [cacheTags.tag(slug), cacheTags.sitemaps], message: `Thema „${name}“ angelegt.` };
}

export async function renameTag(id: number, name: string): Promise<WriteResult> {
  if (!parseId(id)) return TAG_GONE;
  const tag = await db.tag.update({ where: { id }, data: { name }, select: { slug: true } }).catch(() => null);
  if (!tag) return TAG_GONE;
  const articles = await db.articleTag.findMany({ where: { tagId: id }, select: { articleId: true } });
  // Topics are the feeds' RSS categories.
  return { ok: true, tags: [cacheTags.tag(tag.slug), cacheTags.feeds, ...articles.map((a) => cacheTags.article(a.articleId))], message: "Thema umbenannt." };
}

export async function deleteTag(id: number): Promise<WriteResult> {
  if (!parseId(id)) return TAG_GONE;
  const tag = await db.tag.findUnique({ where: { id }, include: { _count: { select: { articles: true } } } });
  if (!tag) return TAG_GONE;
  if (tag._count.articles > 0) return { ok: false, errors: { form: `„${tag.name}“ ist noch an ${tag._count.articles} Artikeln und kann nicht gelöscht werden.` } };
  await db.tag.delete({ where: { id } });
  return { ok: true, tags: [cacheTags.tag(tag.slug), cacheTags.sitemaps], message: `Thema „${tag.name}“ gelöscht.` };
}

export async function listAuthorsWithCounts() {
  const rows = await db.author.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { articles: true } }, user: { select: { email: true } } } });
  return rows.map((r) => ({ id: r.id, slug: r.slug, name: r.name, jobTitle: r.jobTitle, bio: r.bio, articles: r._count.articles, email: r.user?.email ?? null }));
}

export async function createAuthor(name: string, jobTitle: string, bio: string, userId?: string): Promise<WriteResult> {
  const base = slugify(name);
  if (!base) return { ok: false, errors: { name: "Der Name braucht Buchstaben oder Ziffern." } };
  let slug = base;
  for (let n = 2; await db.author.findUnique({ where: { slug } }); n++) slug = `${base}-${n}`;
  await db.author.create({ data: { slug, name, jobTitle, bio, userId } });
  return { ok: true, tags: [cacheTags.author(slug), cacheTags.sitemaps], message: `Autorenprofil „${name}“ angelegt (/autor/${slug}).` };
}

export async function updateAuthor(id: number, name: string, jobTitle: string, bio: string): Promise<WriteResult> {
  if (!parseId(id)) return AUTHOR_GONE;
  const author = await db.author.update({ where: { id }, data: { name, jobTitle, bio }, select: { slug: true } }).catch(() => null);
  if (!author) return AUTHOR_GONE;
  const articles = await db.articleAuthor.findMany({ where: { authorId: id }, select: { articleId: true } });
  // Every card of the author's articles shows the name: section, topic and co-authors' pages too.
  const listing = await listingTags({ authors: { some: { authorId: id } } });
  const tags = [cacheTags.author(author.slug), cacheTags.front, cacheTags.feeds, ...listing, ...articles.map((a) => cacheTags.article(a.articleId))];
  return { ok: true, tags: [...new Set(tags)], message: "Autorenprofil gespeichert." };
}

export async function deleteAuthor(id: number): Promise<WriteResult> {
  if (!parseId(id)) return AUTHOR_GONE;
  const author = await db.author.findUnique({ where: { id }, include: { _count: { select: { articles: true } } } });
  if (!author) return AUTHOR_GONE;
  if (author._count.articles > 0) return { ok: false, errors: { form: `${author.name} steht noch über ${author._count.articles} Artikeln und kann nicht gelöscht werden.` } };
  await db.author.delete({ where: { id } });
  return { ok: true, tags: [cacheTags.author(author.slug), cacheTags.sitemaps], message: `Autorenprofil „${author.name}“ gelöscht.` };
}

export async function listUsers() {
  return db.user.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, role: true, active: true, author: { select: { slug: true } } },
  });
}

export async function createUser(input: { name: string; email: string; password: string; role: Role; withAuthor: boolean }): Promise<WriteResult> {
  const email = input.email.toLowerCase();
  if (await db.user.findUnique({ where: { email } })) return { ok: false, errors: { email: "Mit dieser E-Mail-Adresse gibt es schon ein Konto." } };
  const id = randomUUID();
  await db.user.create({
    data: {
      id, email, name: input.name, role: input.role, emailVerified: true,
      accounts: { create: await credentialAccount(id, input.password) },
    },
  });
  // The new author page may have been cached as "not found": its tags go out with the result.
  const author = input.withAuthor ? await createAuthor(input.name, "", "", id) : null;
  return { ok: true, tags: author?.ok ? author.tags : [], message: `Konto für ${email} angelegt.` };
}

async function otherActiveAdmins(exceptId: string) {
  return db.user.count({ where: { role: "ADMIN", active: true, id: { not: exceptId } } });
}

export async function changeRole(actor: CurrentUser, userId: string, role: Role): Promise<WriteResult> {
  if (userId === actor.id && role !== "ADMIN" && (await otherActiveAdmins(actor.id)) === 0) {
    return { ok: false, errors: { form: "Sie sind die letzte Administratorin bzw. der letzte Administrator: Die Rolle bleibt." } };
  }
  // updateMany: an unknown id (a stale page, a hand-made request) is a message, not a P2025 error.
  const updated = await db.user.updateMany({ where: { id: userId }, data: { role } });
  if (updated.count === 0) return USER_GONE;
  return { ok: true, tags: [], message: "Rolle geändert." };
}

/** Deactivated accounts cannot log in; their open sessions end at once. */
export async function setActive(actor: CurrentUser, userId: string, active: boolean): Promise<WriteResult> {
  if (!active && userId === actor.id) return { ok: false, errors: { form: "Das eigene Konto kann man nicht deaktivieren." } };
  const [updated] = await db.$transaction([
    db.user.updateMany({ where: { id: userId }, data: { active } }),
    ...(active ? [] : [db.session.deleteMany({ where: { userId } })]),
  ]);
  if (updated.count === 0) return USER_GONE;
  return { ok: true, tags: [], message: active ? "Konto aktiviert." : "Konto deaktiviert." };
}
