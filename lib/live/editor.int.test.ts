import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoContent } from "@/prisma/seed/seed";
import { withCacheTags } from "@/test/cache-tags";
import { saveArticle } from "../admin/article-editor";
import { parseArticleInput, EMPTY_FORM_VALUES } from "../admin/article-input";
import { db } from "../db";
import type { CurrentUser } from "../auth/session";
import { deleteEntry, editEntry, endTicker, publishEntry, reopenTicker, setEntryFlag } from "./editor";
import { parseEntryInput, EMPTY_ENTRY_VALUES, MAX_ENTRY_CHARS, type EntryInput } from "./input";
import { getOlderEntries, getTickerChanges, getTickerHead, ENTRIES_PER_PAGE } from "./read";

let editor: CurrentUser;
let bylinedAuthor: CurrentUser;
let otherAuthor: CurrentUser;
let sectionId: number;
let bylineId: number;

async function makeUser(role: CurrentUser["role"]): Promise<CurrentUser> {
  const id = randomUUID();
  const user = { id, email: `${role.toLowerCase()}-${id}@example.com`, name: `Test ${role}`, role };
  await db.user.create({ data: user });
  return user;
}

const entry = (overrides: Partial<EntryInput> = {}): EntryInput => ({
  body: "Die Lage ist **unübersichtlich**.", headline: "", pictureId: null, imageAlt: null, imageCredit: null, keyEvent: false, pinned: false, ...overrides,
});

async function makeTicker(status: "PUBLISHED" | "DRAFT" = "PUBLISHED"): Promise<number> {
  const parsed = parseArticleInput(
    { ...EMPTY_FORM_VALUES, title: `Liveticker ${randomUUID().slice(0, 6)}`, teaser: "Alles Neue im Liveticker.", sectionId: String(sectionId), authorIds: [String(bylineId)], status, tags: "Krieg" },
    "LIVETICKER",
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const saved = await saveArticle(editor, null, parsed.input, null);
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  return saved.id;
}

beforeAll(async () => {
  await seedDemoContent(db);
  editor = await makeUser("EDITOR");
  bylinedAuthor = await makeUser("AUTHOR");
  otherAuthor = await makeUser("AUTHOR");
  bylineId = (await db.author.create({ data: { slug: `reporterin-${bylinedAuthor.id.slice(0, 8)}`, name: "Reporterin Test", userId: bylinedAuthor.id } })).id;
  await db.author.create({ data: { slug: `reporter-${otherAuthor.id.slice(0, 8)}`, name: "Reporter Fremd", userId: otherAuthor.id } });
  sectionId = (await db.section.findUniqueOrThrow({ where: { slug: "politik" } })).id;
});

describe("a ticker", () => {
  it("is an article of its own kind, whose introduction may be empty", async () => {
    const id = await makeTicker();
    const row = await db.article.findUniqueOrThrow({ where: { id } });
    expect(row.kind).toBe("LIVETICKER");
    expect(row.body).toBe("");
    expect(row.liveEndedAt).toBeNull();
  });

  it("publishes entries newest first, expiring the ticker and its lists", async () => {
    const id = await makeTicker();
    const first = await publishEntry(editor, id, entry({ body: "Erster Eintrag" }));
    const second = await publishEntry(bylinedAuthor, id, entry({ body: "Zweiter Eintrag", headline: "Neue Lage" }));
    expect(first.ok && second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.tagsToExpire).toEqual(expect.arrayContaining([`ticker:${id}`, "front", "section:politik", "sitemaps", "tag:krieg"]));
    const { value: head, tags } = await withCacheTags(() => getTickerHead(id));
    expect(tags).toContain(`ticker:${id}`);
    expect(head.entries.map((e) => e.text)).toEqual(["Zweiter Eintrag", "Erster Eintrag"]);
    expect(head.entries[0].authorName).toBe("Reporterin Test");
    const article = await db.article.findUniqueOrThrow({ where: { id } });
    expect(article.liveVersion).toBe(2);
    expect(article.liveLatestAt?.getTime()).toBe(head.entries[0].publishedAt.getTime());
  });

  it("keeps authors to tickers that name them", async () => {
    const id = await makeTicker();
    const refused = await publishEntry(otherAuthor, id, entry());
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.errors.form).toMatch(/nur in Livetickern/);
    expect(await db.liveEntry.count({ where: { articleId: id } })).toBe(0);
  });

  it("refuses entries for an ended ticker until it is reopened, and writes the closing entry", async () => {
    const id = await makeTicker();
    await publishEntry(editor, id, entry());
    const ended = await endTicker(editor, id, entry({ body: "Damit endet unser Liveticker." }));
    expect(ended.ok).toBe(true);
    if (ended.ok) expect(ended.tagsToExpire).toContain(`article:${id}`);
    const late = await publishEntry(editor, id, entry({ body: "Zu spät" }));
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.errors.body).toMatch(/beendet/);
    const head = await getTickerHead(id);
    expect(head.entries[0].closing).toBe(true);
    expect(head.entries).toHaveLength(2);
    expect((await reopenTicker(editor, id)).ok).toBe(true);
    expect((await publishEntry(editor, id, entry({ body: "Weiter geht's" }))).ok).toBe(true);
  });

  it("refuses entries for an archived or missing ticker, and for an ordinary article", async () => {
    const archivedId = await makeTicker();
    await db.article.update({ where: { id: archivedId }, data: { status: "ARCHIVED" } });
    const archived = await publishEntry(editor, archivedId, entry());
    expect(archived.ok).toBe(false);
    const missing = await publishEntry(editor, 2_000_000_000, entry());
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.errors.form).toMatch(/gibt es nicht/);
    const article = await db.article.findFirstOrThrow({ where: { kind: "ARTICLE" } });
    expect((await publishEntry(editor, article.id, entry())).ok).toBe(false);
    expect(await db.liveEntry.count({ where: { articleId: { in: [archivedId, article.id] } } })).toBe(0);
  });

  it("refuses a stale edit and keeps the newer text", async () => {
    const id = await makeTicker();
    const created = await publishEntry(editor, id, entry({ body: "Original" }));
    if (!created.ok || !created.entryId) throw new Error("setup");
    const first = await editEntry(editor, id, created.entryId, entry({ body: "Erste Korrektur" }), 1);
    expect(first.ok).toBe(true);
    const stale = await editEntry(bylinedAuthor, id, created.entryId, entry({ body: "Veraltete Korrektur" }), 1);
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.errors.body).toMatch(/inzwischen/);
    const row = await db.liveEntry.findUniqueOrThrow({ where: { id: created.entryId } });
    expect(row.body).toBe("Erste Korrektur");
    expect(row.editedAt).not.toBeNull();
  });

  it("pins one entry at a time, and lists key events in 'Das Wichtigste'", async () => {
    const id = await makeTicker();
    const a = await publishEntry(editor, id, entry({ body: "A", pinned: true }));
    const b = await publishEntry(editor, id, entry({ body: "B", keyEvent: true, headline: "Waffenruhe" }));
    if (!a.ok || !b.ok) throw new Error("setup");
    expect((await setEntryFlag(editor, id, b.entryId!, "pinned", true)).ok).toBe(true);
    expect(await db.liveEntry.count({ where: { articleId: id, pinned: true } })).toBe(1);
    const head = await getTickerHead(id);
    expect(head.pinned?.id).toBe(b.entryId);
    expect(head.keyEvents).toEqual([expect.objectContaining({ id: b.entryId, label: "Waffenruhe", href: `#eintrag-${b.entryId}` })]);
  });

  it("tells a reader's version what changed: new, edited and deleted entries", async () => {
    const id = await makeTicker();
    const a = await publishEntry(editor, id, entry({ body: "A" }));
    const start = (await db.article.findUniqueOrThrow({ where: { id } })).liveVersion;
    const b = await publishEntry(editor, id, entry({ body: "B" }));
    if (!a.ok || !b.ok) throw new Error("setup");
    await editEntry(editor, id, a.entryId!, entry({ body: "A, korrigiert" }), 1);
    const nothing = await getTickerChanges(id, start + 2);
    expect(nothing.entries).toEqual([]);
    const { value: changes, tags } = await withCacheTags(() => getTickerChanges(id, start));
    expect(tags).toContain(`ticker:${id}`);
    expect(changes.v).toBe(start + 2);
    expect(changes.entries.map((e) => e.id)).toEqual([b.entryId, a.entryId]);
    expect(changes.entries[1].html).toContain("Aktualisiert");
    const deleted = await deleteEntry(editor, id, b.entryId!);
    expect(deleted.ok).toBe(true);
    const after = await getTickerChanges(id, start + 2);
    expect(after.deleted).toEqual([b.entryId]);
    expect(after.entries).toEqual([]);
    expect((await getTickerHead(id)).entries.map((e) => e.id)).toEqual([a.entryId]);
    expect((await getTickerChanges(id, 9999)).reload).toBe(true);
    // A deleted entry cannot be edited or deleted again.
    const again = await deleteEntry(editor, id, b.entryId!);
    expect(again.ok).toBe(false);
  });

  it("pages older entries by entry: a page does not change when new entries arrive", async () => {
    const id = await makeTicker();
    const ids: number[] = [];
    for (let i = 0; i < ENTRIES_PER_PAGE + 5; i++) {
      const r = await publishEntry(editor, id, entry({ body: `Nr. ${i}` }));
      if (r.ok) ids.push(r.entryId!);
    }
    const head = await getTickerHead(id);
    expect(head.entries).toHaveLength(ENTRIES_PER_PAGE);
    expect(head.olderBefore).toBe(ids[5]);
    const { value: older, tags } = await withCacheTags(() => getOlderEntries(id, head.olderBefore!));
    expect(older.entries.map((e) => e.id)).toEqual(ids.slice(0, 5).reverse());
    expect(tags).not.toContain(`ticker:${id}`);
    expect(tags).toContain(`live-entry:${ids[0]}`);
    await publishEntry(editor, id, entry({ body: "Neu" }));
    expect((await getOlderEntries(id, head.olderBefore!)).entries.map((e) => e.id)).toEqual(older.entries.map((e) => e.id));
  });
});

describe("the entry form's input", () => {
  const values = (overrides: Partial<typeof EMPTY_ENTRY_VALUES>) => ({ ...EMPTY_ENTRY_VALUES, ...overrides });
  it("refuses an empty or over-long entry, and a picture without alt text or credit, in German at the field", () => {
    const empty = parseEntryInput(values({ body: "   " }));
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.errors.body).toMatch(/Bitte einen Text/);
    const long = parseEntryInput(values({ body: "x".repeat(MAX_ENTRY_CHARS + 1) }));
    if (!long.ok) expect(long.errors.body).toMatch(/zu lang/);
    else throw new Error("accepted");
    const picture = parseEntryInput(values({ body: "Text", pictureId: "3" }));
    if (picture.ok) throw new Error("accepted");
    expect(picture.errors.imageAlt).toMatch(/Alternativtext/);
    expect(picture.errors.imageCredit).toMatch(/Bildnachweis/);
    const fine = parseEntryInput(values({ body: " Text ", keyEvent: "on" }));
    expect(fine.ok && fine.input).toEqual(expect.objectContaining({ body: "Text", keyEvent: true, pinned: false }));
  });
});
