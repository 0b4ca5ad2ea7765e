import "server-only";
import { articleChangeTags } from "../cache/tags";
import { db } from "../db";
import type { Prisma } from "../db/generated/prisma/client";
import type { CurrentUser } from "../auth/session";
import { parseId } from "../ids";
import { formatDateTime } from "../dates";
import type { EntryErrors, EntryInput } from "./input";
import { liveEntryTag, tickerListTags, tickerTag, type TickerTagInfo } from "./tags";

export type LiveResult = { ok: true; entryId: number | null; tagsToExpire: string[] } | { ok: false; errors: EntryErrors };

const fail = (errors: EntryErrors): LiveResult => ({ ok: false, errors });
const GONE = "Diesen Liveticker gibt es nicht (mehr).";
const ENTRY_GONE = "Diesen Eintrag gibt es nicht (mehr). Er wurde vielleicht gerade gelöscht.";

type Tx = Prisma.TransactionClient;

type LockedTicker = {
  id: number;
  liveVersion: number;
  liveEndedAt: Date | null;
  tagInfo: TickerTagInfo;
};

/**
 * Locks the ticker's row for this transaction (every change to its entries
 * raises its liveVersion, so they are serialised per ticker) and checks that
 * this user may write in it: editors and admins in every ticker, authors in
 * those that name them in the byline.
 */
async function lockTicker(tx: Tx, user: CurrentUser, tickerId: number): Promise<LockedTicker | EntryErrors> {
  if (!parseId(tickerId)) return { form: GONE };
  await tx.$queryRaw`SELECT id FROM "Article" WHERE id = ${tickerId} FOR UPDATE`;
  const row = await tx.article.findUnique({
    where: { id: tickerId },
    select: {
      id: true,
      kind: true,
      status: true,
      liveVersion: true,
      liveEndedAt: true,
      section: { select: { slug: true } },
      authors: { select: { author: { select: { slug: true, userId: true } } } },
      tags: { select: { tag: { select: { slug: true } } } },
    },
  });
  if (!row || row.kind !== "LIVETICKER") return { form: GONE };
  if (row.status === "ARCHIVED") return { form: "Dieser Liveticker ist archiviert; in ihm kann nichts mehr veröffentlicht werden." };
  if (user.role === "AUTHOR" && !row.authors.some((a) => a.author.userId === user.id)) {
    return { form: "Sie können nur in Livetickern schreiben, in denen Sie als Autorin oder Autor genannt sind." };
  }
  return {
    id: row.id,
    liveVersion: row.liveVersion,
    liveEndedAt: row.liveEndedAt,
    tagInfo: {
      id: row.id,
      sectionSlug: row.section.slug,
      authorSlugs: row.authors.map((a) => a.author.slug),
      topicSlugs: row.tags.map((t) => t.tag.slug),
    },
  };
}

const isErrors = (value: LockedTicker | EntryErrors): value is EntryErrors => !("liveVersion" in value);

async function pictureExists(pictureId: number | null): Promise<boolean> {
  if (pictureId === null) return true;
  return (await db.picture.count({ where: { id: pictureId } })) === 1;
}

/** The byline an entry keeps: the user's public author name, else their account name. */
async function bylineOf(tx: Tx, user: CurrentUser): Promise<string> {
  const author = await tx.author.findUnique({ where: { userId: user.id }, select: { name: true } });
  return author?.name ?? user.name;
}

/** Raises the ticker's version and sets the latest entry's time from what readers can see. */
async function bumpTicker(tx: Tx, tickerId: number, version: number, extra: Prisma.ArticleUpdateInput = {}): Promise<void> {
  const latest = await tx.liveEntry.findFirst({
    where: { articleId: tickerId, deletedAt: null },
    orderBy: { publishedAt: "desc" },
    select: { publishedAt: true },
  });
  await tx.article.update({ where: { id: tickerId }, data: { liveVersion: version, liveLatestAt: latest?.publishedAt ?? null, ...extra } });
}

async function unpinOthers(tx: Tx, tickerId: number, keep: number | null, version: number): Promise<number[]> {
  const pinned = await tx.liveEntry.findMany({
    where: { articleId: tickerId, pinned: true, deletedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    select: { id: true },
  });
  if (pinned.length > 0) {
    await tx.liveEntry.updateMany({ where: { id: { in: pinned.map((p) => p.id) } }, data: { pinned: false, changedIn: version } });
  }
  return pinned.map((p) => p.id);
}

function entryData(input: EntryInput) {
  return {
    body: input.body,
    headline: input.headline,
    pictureId: input.pictureId,
    imageAlt: input.pictureId ? input.imageAlt : null,
    imageCredit: input.pictureId ? input.imageCredit : null,
    keyEvent: input.keyEvent,
    pinned: input.pinned,
  };
}

/** Publishes a new entry at once. Refused for an ended, archived or missing ticker. */
export async function publishEntry(user: CurrentUser, tickerId: number, input: EntryInput, options: { closing?: boolean } = {}): Promise<LiveResult> {
  if (!(await pictureExists(input.pictureId))) return fail({ pictureId: "Dieses Bild gibt es nicht (mehr)." });
  return db.$transaction(async (tx) => {
    const ticker = await lockTicker(tx, user, tickerId);
    if (isErrors(ticker)) return fail(ticker);
    if (ticker.liveEndedAt && !options.closing) {
      return fail({ body: `Dieser Liveticker wurde am ${formatDateTime(ticker.liveEndedAt)} beendet. Öffnen Sie ihn wieder, um neue Einträge zu veröffentlichen.` });
    }
    const version = ticker.liveVersion + 1;
    const unpinned = input.pinned ? await unpinOthers(tx, ticker.id, null, version) : [];
    const entry = await tx.liveEntry.create({
      data: {
        ...entryData(input),
        articleId: ticker.id,
        authorUserId: user.id,
        authorName: await bylineOf(tx, user),
        closing: options.closing ?? false,
        publishedAt: new Date(),
        changedIn: version,
      },
      select: { id: true },
    });
    await bumpTicker(tx, ticker.id, version);
    return {
      ok: true,
      entryId: entry.id,
      tagsToExpire: [tickerTag(ticker.id), ...unpinned.map(liveEntryTag), ...tickerListTags(ticker.tagInfo)],
    };
  });
}

/** Loads an entry of this ticker that readers may see, or the message for the form. */
async function liveEntryOf(tx: Tx, tickerId: number, entryId: number) {
  if (!parseId(entryId)) return null;
  const entry = await tx.liveEntry.findFirst({
    where: { id: entryId, articleId: tickerId, deletedAt: null },
    select: { id: true, version: true, pinned: true },
  });
  return entry;
}

/** Changes an entry's text, headline, picture or flags; refused when someone changed it since the form was loaded. */
export async function editEntry(user: CurrentUser, tickerId: number, entryId: number, input: EntryInput, expectedVersion: number): Promise<LiveResult> {
  if (!(await pictureExists(input.pictureId))) return fail({ pictureId: "Dieses Bild gibt es nicht (mehr)." });
  return db.$transaction(async (tx) => {
    const ticker = await lockTicker(tx, user, tickerId);
    if (isErrors(ticker)) return fail(ticker);
    const entry = await liveEntryOf(tx, ticker.id, entryId);
    if (!entry) return fail({ form: ENTRY_GONE });
    if (entry.version !== expectedVersion) {
      return fail({
        body: "Dieser Eintrag wurde inzwischen von jemand anderem geändert. Ihre Änderung wurde nicht gespeichert, damit nichts überschrieben wird. Bitte laden Sie die Seite neu.",
      });
    }
    const version = ticker.liveVersion + 1;
    const unpinned = input.pinned ? await unpinOthers(tx, ticker.id, entry.id, version) : [];
    const updated = await tx.liveEntry.updateMany({
      where: { id: entry.id, version: expectedVersion },
      data: { ...entryData(input), editedAt: new Date(), version: { increment: 1 }, changedIn: version },
    });
    if (updated.count === 0) return fail({ body: "Dieser Eintrag wurde gerade von jemand anderem gespeichert. Bitte neu laden." });
    await bumpTicker(tx, ticker.id, version);
    return { ok: true, entryId: entry.id, tagsToExpire: [tickerTag(ticker.id), liveEntryTag(entry.id), ...unpinned.map(liveEntryTag)] };
  });
}

/** Takes an entry off the pages (kept as a row, so open pages are told to remove it). */
export async function deleteEntry(user: CurrentUser, tickerId: number, entryId: number): Promise<LiveResult> {
  return db.$transaction(async (tx) => {
    const ticker = await lockTicker(tx, user, tickerId);
    if (isErrors(ticker)) return fail(ticker);
    const entry = await liveEntryOf(tx, ticker.id, entryId);
    if (!entry) return fail({ form: ENTRY_GONE });
    const version = ticker.liveVersion + 1;
    await tx.liveEntry.update({ where: { id: entry.id }, data: { deletedAt: new Date(), pinned: false, version: { increment: 1 }, changedIn: version } });
    await bumpTicker(tx, ticker.id, version);
    return { ok: true, entryId: entry.id, tagsToExpire: [tickerTag(ticker.id), liveEntryTag(entry.id), ...tickerListTags(ticker.tagInfo)] };
  });
}

/** Pins an entry (the one pinned before is released) or releases it; marks or unmarks it as a key event. */
export async function setEntryFlag(user: CurrentUser, tickerId: number, entryId: number, flag: "pinned" | "keyEvent", value: boolean): Promise<LiveResult> {
  return db.$transaction(async (tx) => {
    const ticker = await lockTicker(tx, user, tickerId);
    if (isErrors(ticker)) return fail(ticker);
    const entry = await liveEntryOf(tx, ticker.id, entryId);
    if (!entry) return fail({ form: ENTRY_GONE });
    const version = ticker.liveVersion + 1;
    const unpinned = flag === "pinned" && value ? await unpinOthers(tx, ticker.id, entry.id, version) : [];
    await tx.liveEntry.update({ where: { id: entry.id }, data: { [flag]: value, version: { increment: 1 }, changedIn: version } });
    await bumpTicker(tx, ticker.id, version);
    return { ok: true, entryId: entry.id, tagsToExpire: [tickerTag(ticker.id), liveEntryTag(entry.id), ...unpinned.map(liveEntryTag)] };
  });
}

/** Ends the ticker, with an optional closing entry: the LIVE label goes, open pages stop asking. */
export async function endTicker(user: CurrentUser, tickerId: number, closing: EntryInput | null): Promise<LiveResult> {
  if (closing && !(await pictureExists(closing.pictureId))) return fail({ pictureId: "Dieses Bild gibt es nicht (mehr)." });
  return db.$transaction(async (tx) => {
    const ticker = await lockTicker(tx, user, tickerId);
    if (isErrors(ticker)) return fail(ticker);
    if (ticker.liveEndedAt) return fail({ form: `Dieser Liveticker wurde bereits am ${formatDateTime(ticker.liveEndedAt)} beendet.` });
    const version = ticker.liveVersion + 1;
    const now = new Date();
    let entryId: number | null = null;
    if (closing) {
      const entry = await tx.liveEntry.create({
        data: { ...entryData({ ...closing, pinned: false }), articleId: ticker.id, authorUserId: user.id, authorName: await bylineOf(tx, user), closing: true, publishedAt: now, changedIn: version },
        select: { id: true },
      });
      entryId = entry.id;
    }
    await bumpTicker(tx, ticker.id, version, { liveEndedAt: now });
    return { ok: true, entryId, tagsToExpire: [tickerTag(ticker.id), ...articleChangeTags(ticker.tagInfo)] };
  });
}

/** Opens an ended ticker again. */
export async function reopenTicker(user: CurrentUser, tickerId: number): Promise<LiveResult> {
  return db.$transaction(async (tx) => {
    const ticker = await lockTicker(tx, user, tickerId);
    if (isErrors(ticker)) return fail(ticker);
    if (!ticker.liveEndedAt) return fail({ form: "Dieser Liveticker läuft bereits." });
    const version = ticker.liveVersion + 1;
    await bumpTicker(tx, ticker.id, version, { liveEndedAt: null });
    return { ok: true, entryId: null, tagsToExpire: [tickerTag(ticker.id), ...articleChangeTags(ticker.tagInfo)] };
  });
}

export type EditorEntry = Awaited<ReturnType<typeof listEntriesForEditor>>[number];

/** Every entry readers can see, newest first, for the ticker's admin page. */
export async function listEntriesForEditor(tickerId: number) {
  return db.liveEntry.findMany({
    where: { articleId: tickerId, deletedAt: null },
    orderBy: { id: "desc" },
    select: {
      id: true, headline: true, body: true, pictureId: true, imageAlt: true, imageCredit: true, authorName: true,
      keyEvent: true, pinned: true, closing: true, publishedAt: true, editedAt: true, version: true,
    },
  });
}
