/**
 * Walks every admin write and checks that it expires every cached read whose
 * result it changes: each read (as a reader page, feed, sitemap or box calls
 * it) is run before and after the write; where the result differs, the write
 * must return at least one of the tags the read gave itself.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { withCacheTags } from "@/test/cache-tags";
import { db } from "../db";
import type { CurrentUser } from "../auth/session";
import {
  FIRST_LIST_PAGES,
  getArticle,
  getAuthorPage,
  getFrontPage,
  getRelatedArticles,
  getSectionNewest,
  getSectionPage,
  getSections,
  getTopicPage,
  PAGE_SIZE,
  RELATED_COUNT,
} from "../articles";
import { tagsOfArticlesDue } from "../articles/scheduled";
import { getMostReadBox } from "../popularity";
import { searchArticles } from "../search";
import { getFeedData } from "../seo/feeds-data";
import { getNewsSitemapEntries, getSitemapFile, getSitemapPlan } from "../seo/sitemaps-data";
import { saveArticle } from "./article-editor";
import type { ArticleInput } from "./article-input";
import * as admin from "./taxonomy";
import { deleteEntry, editEntry, endTicker, publishEntry, reopenTicker, setEntryFlag, type LiveResult } from "../live/editor";
import { getOlderEntries, getTickerChanges, getTickerEntriesForSeo, getTickerHead } from "../live/read";
import { MAX_INT32 } from "../ids";

let actor: CurrentUser;
const ids = { politik: 0, sport: 0, anna: 0, bernd: 0, klima: 0, wahl: 0, p1: 0, p2: 0, p3: 0, s1: 0 };

async function article(slug: string, sectionId: number, authorIds: number[], tagIds: number[], minutesAgo: number) {
  const created = await db.article.create({
    data: {
      slug, sectionId, title: `Artikel ${slug}`, kicker: "Test", teaser: "Rundblicktest Teaser.", body: "Rundblicktest Text.",
      status: "PUBLISHED", publishedAt: new Date(Date.now() - minutesAgo * 60_000),
      authors: { create: authorIds.map((authorId, position) => ({ authorId, position })) },
      tags: { create: tagIds.map((tagId) => ({ tagId })) },
    },
  });
  return created.id;
}

beforeAll(async () => {
  const userId = randomUUID();
  await db.user.create({ data: { id: userId, email: "chefin@example.com", name: "Chefin", role: "ADMIN" } });
  actor = { id: userId, email: "chefin@example.com", name: "Chefin", role: "ADMIN" };
  ids.politik = (await db.section.create({ data: { slug: "politik", name: "Politik", position: 0 } })).id;
  ids.sport = (await db.section.create({ data: { slug: "sport", name: "Sport", position: 1 } })).id;
  ids.anna = (await db.author.create({ data: { slug: "anna-alt", name: "Anna Alt" } })).id;
  ids.bernd = (await db.author.create({ data: { slug: "bernd-berg", name: "Bernd Berg" } })).id;
  ids.klima = (await db.tag.create({ data: { slug: "klima", name: "Klima" } })).id;
  ids.wahl = (await db.tag.create({ data: { slug: "wahl", name: "Wahl" } })).id;
  ids.p1 = await article("p1", ids.politik, [ids.anna], [ids.klima], 40);
  ids.p2 = await article("p2", ids.politik, [ids.bernd], [ids.wahl], 30);
  ids.p3 = await article("p3", ids.politik, [ids.anna, ids.bernd], [ids.klima, ids.wahl], 20);
  ids.s1 = await article("s1", ids.sport, [ids.bernd], [ids.klima], 10);
});

type Read = { label: string; run: () => Promise<unknown> };

/** Every cached read a reader can reach in the fixture, plus the addresses the write may create. */
async function reads(extra: { sections?: string[]; authors?: string[]; topics?: string[]; tickers?: number[] } = {}): Promise<Read[]> {
  const [sections, authors, tags, articles] = await Promise.all([
    db.section.findMany({ select: { id: true, slug: true } }),
    db.author.findMany({ select: { slug: true } }),
    db.tag.findMany({ select: { slug: true } }),
    db.article.findMany({ select: { id: true, slug: true, sectionId: true, section: { select: { slug: true } } } }),
  ]);
  const list: Read[] = [
    { label: "Ressortliste", run: getSections },
    { label: "Startseite", run: getFrontPage },
    { label: "Feed", run: () => getFeedData() },
    { label: "Sitemap", run: async () => { const plan = await getSitemapPlan(); return [plan, await getSitemapFile(plan, 1)]; } },
    { label: "News-Sitemap", run: getNewsSitemapEntries },
    { label: "Beliebteste", run: () => getMostReadBox({}) },
    { label: "Suche", run: () => searchArticles({ query: "Rundblicktest", page: 1 }) },
  ];
  for (const slug of new Set([...sections.map((s) => s.slug), ...(extra.sections ?? [])])) {
    list.push({ label: `Ressort ${slug}`, run: () => getSectionPage(slug, 1) });
    list.push({ label: `Ressort-Feed ${slug}`, run: () => getFeedData(slug) });
    list.push({ label: `Mehr aus ${slug} (geteiltes Stück)`, run: () => getSectionNewest(slug, RELATED_COUNT + 1) });
  }
  for (const s of sections) list.push({ label: `Beliebteste ${s.slug}`, run: () => getMostReadBox({ sectionId: s.id }) });
  for (const slug of new Set([...authors.map((a) => a.slug), ...(extra.authors ?? [])])) {
    list.push({ label: `Autor ${slug}`, run: () => getAuthorPage(slug, 1) });
  }
  for (const slug of new Set([...tags.map((t) => t.slug), ...(extra.topics ?? [])])) {
    list.push({ label: `Thema ${slug}`, run: () => getTopicPage(slug, 1) });
  }
  for (const a of articles) {
    list.push({ label: `Artikel ${a.section.slug}/${a.slug}`, run: () => getArticle(a.section.slug, a.slug) });
    list.push({ label: `Mehr aus (bei ${a.slug})`, run: () => getRelatedArticles(a.id, a.sectionId) });
  }
  for (const id of extra.tickers ?? []) {
    const { liveVersion } = await db.article.findUniqueOrThrow({ where: { id }, select: { liveVersion: true } });
    list.push({ label: `Liveticker ${id}: erste Seite`, run: () => getTickerHead(id) });
    list.push({ label: `Liveticker ${id}: ältere Einträge`, run: () => getOlderEntries(id, MAX_INT32) });
    list.push({ label: `Liveticker ${id}: JSON-LD`, run: () => getTickerEntriesForSeo(id) });
    for (let v = 0; v <= liveVersion + 1; v++) list.push({ label: `Liveticker ${id}: Änderungen seit ${v}`, run: () => getTickerChanges(id, v) });
  }
  return list;
}

// "Stand: HH:MM" changes with the clock, not with a write.
const comparable = (value: unknown) => JSON.stringify(value, (key, v) => (key === "asOf" ? undefined : typeof v === "bigint" ? String(v) : v));

type Snapshot = Map<string, { value: string; tags: Set<string> }>;

async function snapshot(list: Read[]): Promise<Snapshot> {
  const result: Snapshot = new Map();
  for (const read of list) {
    const { value, tags } = await withCacheTags(read.run);
    result.set(read.label, { value: comparable(value), tags });
  }
  return result;
}

/** Runs the write; returns the reads it changed but left cached (none expected). */
async function staleAfter(write: () => Promise<string[]>, extra?: Parameters<typeof reads>[0]): Promise<string[]> {
  const list = await reads(extra);
  const before = await snapshot(list);
  const expired = new Set(await write());
  const after = await snapshot(list);
  const stale: string[] = [];
  for (const [label, old] of before) {
    const now = after.get(label)!;
    if (now.value === old.value) continue;
    if (![...old.tags].some((tag) => expired.has(tag))) stale.push(`${label} (Tags: ${[...old.tags].join(", ")})`);
  }
  return stale;
}

const tagsOf = (result: admin.WriteResult) => {
  if (!result.ok) throw new Error(`Schreiben abgelehnt: ${JSON.stringify(result.errors)}`);
  return result.tags;
};

async function articleInput(id: number, overrides: Partial<ArticleInput>): Promise<[ArticleInput, number]> {
  const row = await db.article.findUniqueOrThrow({
    where: { id },
    include: { authors: { orderBy: { position: "asc" } }, tags: { include: { tag: true } } },
  });
  return [
    {
      title: row.title, kicker: row.kicker, teaser: row.teaser, body: row.body, sectionId: row.sectionId,
      authorIds: row.authors.map((a) => a.authorId), tags: row.tags.map((t) => t.tag.name), slug: row.slug,
      seoTitle: row.seoTitle, seoDescription: row.seoDescription, imageUrl: row.imageUrl, imageAlt: row.imageAlt,
      imageCredit: row.imageCredit, pictureId: row.pictureId, pictureFocus: null, imageCaption: row.imageCaption, status: row.status, publishAt: row.publishedAt, ...overrides,
    },
    row.version,
  ];
}

async function save(id: number | null, overrides: Partial<ArticleInput>): Promise<string[]> {
  const [input, version] = id
    ? await articleInput(id, overrides)
    : [{ title: "Neu", kicker: "", teaser: "Rundblicktest neu.", body: "Text.", sectionId: ids.politik, authorIds: [ids.anna], tags: [], slug: "neu",
        seoTitle: null, seoDescription: null, imageUrl: null, pictureId: null, pictureFocus: null, imageCaption: null, imageAlt: null, imageCredit: null, status: "PUBLISHED", publishAt: null, ...overrides } as ArticleInput, null];
  const result = await saveArticle(actor, id, input, version);
  if (!result.ok) throw new Error(`Speichern abgelehnt: ${JSON.stringify(result.errors)}`);
  return result.tagsToRevalidate;
}

describe("every admin write expires every cached read it changes", () => {
  // In order: each step starts from the state the ones before left.
  const steps: [string, () => Promise<string[]>, Parameters<typeof reads>[0]?][] = [
    ["Ressort anlegen", async () => tagsOf(await admin.createSection("Reise", "")), { sections: ["reise"] }],
    ["Ressort umbenennen", async () => tagsOf(await admin.updateSection(ids.politik, "Innenpolitik", "Neu"))],
    ["Ressort verschieben", async () => tagsOf(await admin.moveSection(ids.sport, "up"))],
    ["Ressort löschen", async () => tagsOf(await admin.deleteSection((await db.section.findUniqueOrThrow({ where: { slug: "reise" } })).id))],
    ["Thema anlegen", async () => tagsOf(await admin.createTag("Energie")), { topics: ["energie"] }],
    ["Thema umbenennen", async () => tagsOf(await admin.renameTag(ids.klima, "Klimawandel"))],
    ["Thema löschen", async () => tagsOf(await admin.deleteTag((await db.tag.findUniqueOrThrow({ where: { slug: "energie" } })).id))],
    ["Autorenprofil anlegen", async () => tagsOf(await admin.createAuthor("Clara Neu", "", "")), { authors: ["clara-neu"] }],
    ["Autorenprofil umbenennen", async () => tagsOf(await admin.updateAuthor(ids.anna, "Anna Alt-Neu", "Redakteurin", "Bio"))],
    ["Autorenprofil löschen", async () => tagsOf(await admin.deleteAuthor((await db.author.findUniqueOrThrow({ where: { slug: "clara-neu" } })).id))],
    [
      "Konto mit Autorenprofil anlegen",
      async () => tagsOf(await admin.createUser({ name: "Dora Dorn", email: "dora@example.com", password: "ein langes Passwort 123", role: "AUTHOR", withAuthor: true })),
      { authors: ["dora-dorn"] },
    ],
    ["Rolle ändern", async () => tagsOf(await admin.changeRole(actor, (await db.user.findUniqueOrThrow({ where: { email: "dora@example.com" } })).id, "EDITOR"))],
    ["Konto deaktivieren", async () => tagsOf(await admin.setActive(actor, (await db.user.findUniqueOrThrow({ where: { email: "dora@example.com" } })).id, false))],
    ["Artikel anlegen und veröffentlichen", () => save(null, {})],
    ["Artikel umbenennen", () => save(ids.p2, { title: "Neuer Titel" })],
    ["Artikel verschieben", () => save(ids.p2, { sectionId: ids.sport })],
    ["Artikel: Autor und Thema wechseln", () => save(ids.p1, { authorIds: [ids.bernd], tags: ["Wahl"] })],
    ["Artikel zurückziehen", () => save(ids.p3, { status: "DRAFT" })],
    [
      // Nobody saves when a scheduled article's time comes: the front's job expires what it changes (lib/articles/scheduled.ts).
      "Geplanter Artikel erscheint zu seiner Zeit",
      async () => {
        const since = new Date();
        const id = await article("geplant", ids.sport, [ids.anna], [ids.wahl], -0.01);
        await db.article.update({ where: { id }, data: { status: "SCHEDULED" } });
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        return tagsOfArticlesDue(since, new Date());
      },
    ],
  ];
  for (const [name, write, extra] of steps) {
    it(name, async () => {
      expect(await staleAfter(write, extra)).toEqual([]);
    });
  }
});

describe("the archive's deeper list pages", () => {
  it("carry the tags of the articles they show, and the list's tag only on the first pages", async () => {
    const section = await db.section.create({ data: { slug: "archiv", name: "Archiv", position: 9 } });
    const count = PAGE_SIZE * (FIRST_LIST_PAGES + 1) + 3;
    for (let i = 0; i < count; i++) await article(`archiv-${i}`, section.id, [], [], 60 * 24 + i);
    const first = await withCacheTags(() => getSectionPage("archiv", 1));
    const deep = await withCacheTags(() => getSectionPage("archiv", FIRST_LIST_PAGES + 1));
    expect(first.tags).toContain("section:archiv");
    expect(deep.tags).not.toContain("section:archiv");
    const shown = deep.value!.articles.items.map((item) => `article:${item.id}`);
    expect(shown).toHaveLength(PAGE_SIZE);
    for (const tag of shown) expect(deep.tags).toContain(tag);
    // Past the end: nothing shown, so the list's tag (a later article may fill it).
    const beyond = await withCacheTags(() => getSectionPage("archiv", FIRST_LIST_PAGES + 3));
    expect(beyond.tags).toContain("section:archiv");
  });
});

describe("every Liveticker write expires every cached read it changes", () => {
  it("publish, edit, pin, key event, delete, end with a closing entry, reopen", async () => {
    const created = await saveArticle(
      actor,
      null,
      {
        title: "Liveticker Sturm", kicker: "", teaser: "Alles zum Sturm.", body: "", sectionId: ids.politik, authorIds: [ids.bernd], tags: ["Wahl"], slug: "ticker-sturm",
        seoTitle: null, seoDescription: null, imageUrl: null, pictureId: null, pictureFocus: null, imageCaption: null, imageAlt: null, imageCredit: null,
        status: "PUBLISHED", publishAt: null, kind: "LIVETICKER",
      },
      null,
    );
    if (!created.ok) throw new Error(JSON.stringify(created.errors));
    const id = created.id;
    const entry = (body: string, overrides = {}) => ({ body, headline: "", pictureId: null, imageAlt: null, imageCredit: null, keyEvent: false, pinned: false, ...overrides });
    const tagsOfLive = (result: LiveResult) => {
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      return result.tagsToExpire;
    };
    const entryIds: number[] = [];
    const steps: [string, () => Promise<string[]>][] = [
      ["Eintrag veröffentlichen", async () => { const r = await publishEntry(actor, id, entry("Erster")); if (r.ok) entryIds.push(r.entryId!); return tagsOfLive(r); }],
      ["zweiter Eintrag", async () => { const r = await publishEntry(actor, id, entry("Zweiter", { pinned: true })); if (r.ok) entryIds.push(r.entryId!); return tagsOfLive(r); }],
      ["Eintrag bearbeiten", async () => tagsOfLive(await editEntry(actor, id, entryIds[0], entry("Erster, korrigiert"), 1))],
      ["anderen Eintrag anheften", async () => tagsOfLive(await setEntryFlag(actor, id, entryIds[0], "pinned", true))],
      ["als wichtig markieren", async () => tagsOfLive(await setEntryFlag(actor, id, entryIds[1], "keyEvent", true))],
      ["Eintrag löschen", async () => tagsOfLive(await deleteEntry(actor, id, entryIds[1]))],
      ["beenden mit Schlusseintrag", async () => tagsOfLive(await endTicker(actor, id, entry("Schluss")))],
      ["wieder öffnen", async () => tagsOfLive(await reopenTicker(actor, id))],
    ];
    for (const [label, write] of steps) {
      expect(await staleAfter(write, { tickers: [id] }), label).toEqual([]);
    }
  });
});
