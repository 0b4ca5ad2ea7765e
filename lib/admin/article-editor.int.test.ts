import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "@/prisma/seed/seed";
import { restoreRevision, saveArticle } from "./article-editor";
import { getArticle, getArticleRedirect } from "../articles";
import { db } from "../db";
import type { CurrentUser } from "../auth/session";
import type { ArticleInput } from "./article-input";

let editor: CurrentUser;
let author: CurrentUser;
let authorProfileId: number;
let otherAuthorId: number;
let sectionId: number;

async function makeUser(role: CurrentUser["role"]): Promise<CurrentUser> {
  const id = randomUUID();
  const email = `${role.toLowerCase()}-${id}@example.com`;
  await db.user.create({ data: { id, email, name: `Test ${role}`, role } });
  return { id, email, name: `Test ${role}`, role };
}

function input(overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    title: "Testartikel", kicker: "Test", teaser: "Ein Teaser.", body: "Text\n\n## A\n\nB\n\n## C\n\nD",
    sectionId, authorIds: [otherAuthorId], tags: ["Testthema"], slug: `test-${randomUUID().slice(0, 8)}`,
    seoTitle: null, seoDescription: null, imageUrl: null, pictureId: null, pictureFocus: null, imageAlt: null, imageCredit: null, imageCaption: null,
    status: "DRAFT", publishAt: null, ...overrides,
  };
}

beforeAll(async () => {
  await seedDemoContent(db);
  editor = await makeUser("EDITOR");
  author = await makeUser("AUTHOR");
  const profile = await db.author.create({ data: { slug: `autorin-${author.id.slice(0, 8)}`, name: "Testautorin", userId: author.id } });
  authorProfileId = profile.id;
  otherAuthorId = (await db.author.findFirstOrThrow({ where: { slug: "lena-hartmann" } })).id;
  sectionId = (await db.section.findUniqueOrThrow({ where: { slug: "politik" } })).id;
});

describe("saveArticle", () => {
  it("lets an editor publish, and readers then find the article", async () => {
    const result = await saveArticle(editor, null, input({ status: "PUBLISHED" }), null);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tagsToRevalidate).toEqual(expect.arrayContaining(["front", "section:politik", `article:${result.id}`, "feeds", "sitemaps"]));
    const article = await db.article.findUniqueOrThrow({ where: { id: result.id } });
    expect(article.publishedAt).not.toBeNull();
    expect(await getArticle("politik", article.slug)).not.toBeNull();
    expect(await db.revision.count({ where: { articleId: result.id } })).toBe(1);
  });

  it("refuses a save that did not start from the current version", async () => {
    const created = await saveArticle(editor, null, input(), null);
    if (!created.ok) throw new Error("setup");
    const first = await saveArticle(editor, created.id, input({ title: "Erste Änderung" }), created.version);
    expect(first.ok).toBe(true);
    const stale = await saveArticle(editor, created.id, input({ title: "Veraltete Änderung" }), created.version);
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.errors.form).toMatch(/inzwischen von Test EDITOR/);
    expect((await db.article.findUniqueOrThrow({ where: { id: created.id } })).title).toBe("Erste Änderung");
  });

  it("keeps the old address as a redirect when the slug changes", async () => {
    const created = await saveArticle(editor, null, input({ status: "PUBLISHED" }), null);
    if (!created.ok) throw new Error("setup");
    const oldSlug = created.path.split("/").pop()!;
    const moved = await saveArticle(editor, created.id, input({ status: "PUBLISHED", slug: `${oldSlug}-neu` }), created.version);
    expect(moved.ok).toBe(true);
    expect(await getArticleRedirect("politik", oldSlug)).toBe(`/politik/${oldSlug}-neu`);
  });

  it("refuses an address that redirects to another article, and keeps that redirect", async () => {
    const moved = await saveArticle(editor, null, input({ status: "PUBLISHED", title: "Wahl" }), null);
    if (!moved.ok) throw new Error("setup");
    const oldSlug = moved.path.split("/").pop()!;
    const again = await saveArticle(editor, moved.id, input({ status: "PUBLISHED", title: "Wahl", slug: `${oldSlug}-2026` }), moved.version);
    expect(again.ok).toBe(true);
    // A new draft wants the old address: every indexed link to it must keep working.
    const draft = await saveArticle(author, null, input({ title: "Wahl", slug: oldSlug, authorIds: [authorProfileId] }), null);
    expect(draft.ok).toBe(false);
    if (!draft.ok) expect(draft.errors.slug).toMatch(/leitet auf „Wahl“ weiter/);
    expect(await getArticleRedirect("politik", oldSlug)).toBe(`/politik/${oldSlug}-2026`);
    expect(await db.article.count({ where: { slug: oldSlug } })).toBe(0);
  });

  it("lets an article move back to its own earlier address", async () => {
    const created = await saveArticle(editor, null, input({ status: "PUBLISHED" }), null);
    if (!created.ok) throw new Error("setup");
    const oldSlug = created.path.split("/").pop()!;
    const moved = await saveArticle(editor, created.id, input({ status: "PUBLISHED", slug: `${oldSlug}-neu` }), created.version);
    if (!moved.ok) throw new Error("setup");
    const back = await saveArticle(editor, created.id, input({ status: "PUBLISHED", slug: oldSlug }), moved.version);
    expect(back.ok).toBe(true);
    expect(await getArticleRedirect("politik", oldSlug)).toBeNull();
    expect(await getArticleRedirect("politik", `${oldSlug}-neu`)).toBe(`/politik/${oldSlug}`);
    expect((await getArticle("politik", oldSlug))?.id).toBe(created.id);
  });

  it("refuses a slug that another article in the section has", async () => {
    const taken = await db.article.findFirstOrThrow({ where: { section: { slug: "politik" } } });
    const result = await saveArticle(editor, null, input({ slug: taken.slug }), null);
    expect(!result.ok && result.errors.slug).toMatch(/schon vergeben/);
  });

  it("lets an author save own drafts only, never publish", async () => {
    const publish = await saveArticle(author, null, input({ status: "PUBLISHED" }), null);
    expect(!publish.ok && publish.errors.status).toMatch(/nur Entwürfe/);

    const draft = await saveArticle(author, null, input(), null);
    expect(draft.ok).toBe(true);
    if (!draft.ok) return;
    const authors = await db.articleAuthor.findMany({ where: { articleId: draft.id } });
    expect(authors.map((a) => a.authorId)).toContain(authorProfileId);

    const foreign = await db.article.findFirstOrThrow({ where: { status: "PUBLISHED" } });
    const edit = await saveArticle(author, foreign.id, input(), foreign.version);
    expect(!edit.ok && edit.errors.form).toMatch(/nur eigene Artikel/);
  });

  it("restores a revision as a new version", async () => {
    const created = await saveArticle(editor, null, input({ title: "Fassung eins" }), null);
    if (!created.ok) throw new Error("setup");
    const second = await saveArticle(editor, created.id, input({ title: "Fassung zwei", slug: created.path.split("/").pop() }), created.version);
    if (!second.ok) throw new Error("setup");
    const first = await db.revision.findFirstOrThrow({ where: { articleId: created.id, version: 1 } });
    const restored = await restoreRevision(editor, created.id, first.id, second.version);
    expect(restored.ok && restored.version).toBe(3);
    expect((await db.article.findUniqueOrThrow({ where: { id: created.id } })).title).toBe("Fassung eins");
  });
});
