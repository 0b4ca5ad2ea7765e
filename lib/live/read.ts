import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "../db";
import type { Prisma } from "../db/generated/prisma/client";
import { renderMarkdown } from "../articles/markdown";
import { pictureRef } from "../media/variants";
import { entryHtml, tickerTopHtml, entryAnchor } from "./html";
import { liveEntryTag, tickerTag } from "./tags";
import type { KeyEventLink, LiveEntryView, OlderEntries, TickerChanges, TickerHead } from "./types";

/** Entries on a page: the first page and each page of older entries. */
export const ENTRIES_PER_PAGE = 20;
/** More changes than this since a reader's version: the page is reloaded instead. */
const MAX_CHANGES = 50;

const entrySelect = {
  id: true,
  headline: true,
  body: true,
  publishedAt: true,
  editedAt: true,
  authorName: true,
  imageAlt: true,
  imageCredit: true,
  keyEvent: true,
  pinned: true,
  closing: true,
  deletedAt: true,
  picture: { select: { hash: true, width: true, height: true, focusX: true, focusY: true } },
} satisfies Prisma.LiveEntrySelect;

type EntryRow = Prisma.LiveEntryGetPayload<{ select: typeof entrySelect }>;

function plainText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#>*_`~|-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

function toView(row: EntryRow): LiveEntryView {
  return {
    id: row.id,
    headline: row.headline,
    bodyHtml: renderMarkdown(row.body),
    text: plainText(row.body),
    publishedAt: row.publishedAt,
    editedAt: row.editedAt,
    authorName: row.authorName,
    picture: row.picture ? pictureRef(row.picture) : null,
    imageAlt: row.imageAlt,
    imageCredit: row.imageCredit,
    keyEvent: row.keyEvent,
    pinned: row.pinned,
    closing: row.closing,
  };
}

const visible = (articleId: number): Prisma.LiveEntryWhereInput => ({ articleId, deletedAt: null });

/** Where an entry is found: on the first page, or at the top of the page of older entries that starts with it. */
function entryHref(id: number, onFirstPage: boolean): string {
  return onFirstPage ? `#${entryAnchor(id)}` : `?vor=${id + 1}#${entryAnchor(id)}`;
}

function shortLabel(entry: { headline: string; body: string }): string {
  if (entry.headline) return entry.headline;
  const text = plainText(entry.body);
  return text.length > 120 ? `${text.slice(0, 117).trimEnd()} …` : text;
}

async function loadHead(articleId: number): Promise<TickerHead> {
  // The version first: an entry that arrives meanwhile is shown and sent again by the next update (applying it twice is harmless).
  const ticker = await db.article.findUnique({ where: { id: articleId }, select: { liveVersion: true, liveLatestAt: true } });
  const [rows, pinnedRow, keyRows, count] = await Promise.all([
    db.liveEntry.findMany({ where: visible(articleId), orderBy: { id: "desc" }, take: ENTRIES_PER_PAGE + 1, select: entrySelect }),
    db.liveEntry.findFirst({ where: { ...visible(articleId), pinned: true }, orderBy: { id: "desc" }, select: entrySelect }),
    db.liveEntry.findMany({
      where: { ...visible(articleId), keyEvent: true },
      orderBy: { id: "desc" },
      take: 30,
      select: { id: true, headline: true, body: true, publishedAt: true },
    }),
    db.liveEntry.count({ where: visible(articleId) }),
  ]);
  const shown = rows.slice(0, ENTRIES_PER_PAGE);
  const firstIds = new Set(shown.map((r) => r.id));
  const keyEvents: KeyEventLink[] = keyRows.map((k) => ({ id: k.id, label: shortLabel(k), publishedAt: k.publishedAt, href: entryHref(k.id, firstIds.has(k.id)) }));
  return {
    version: ticker?.liveVersion ?? 0,
    latestAt: ticker?.liveLatestAt ?? null,
    entries: shown.map(toView),
    pinned: pinnedRow ? toView(pinnedRow) : null,
    keyEvents,
    olderBefore: rows.length > ENTRIES_PER_PAGE ? shown[shown.length - 1].id : null,
    count,
  };
}

/** The first page's entries, the pinned one and "Das Wichtigste": expires with every change to the ticker's entries. */
export async function getTickerHead(articleId: number): Promise<TickerHead> {
  "use cache";
  cacheLife("content");
  cacheTag(tickerTag(articleId));
  return loadHead(articleId);
}

/**
 * A page of older entries: those before entry `before`, newest first. A
 * fixed set, so it carries only its entries' own tags and does not expire
 * with every new entry (an edit or deletion of one of them does).
 */
export async function getOlderEntries(articleId: number, before: number): Promise<OlderEntries> {
  "use cache";
  cacheLife("content");
  const rows = await db.liveEntry.findMany({
    where: { ...visible(articleId), id: { lt: before } },
    orderBy: { id: "desc" },
    take: ENTRIES_PER_PAGE + 1,
    select: entrySelect,
  });
  const shown = rows.slice(0, ENTRIES_PER_PAGE);
  cacheTag(...shown.map((r) => liveEntryTag(r.id)));
  // New entries get higher ids than every entry there is: a page keyed past the newest (a hand-made
  // address, or an empty page) could still gain entries, so it follows the ticker's tag too.
  const newest = await db.liveEntry.findFirst({ where: { articleId }, orderBy: { id: "desc" }, select: { id: true } });
  if (shown.length === 0 || !newest || before > newest.id) cacheTag(tickerTag(articleId));
  if (rows.length > ENTRIES_PER_PAGE) cacheTag(liveEntryTag(rows[ENTRIES_PER_PAGE].id));
  return { entries: shown.map(toView), olderBefore: rows.length > ENTRIES_PER_PAGE ? shown[shown.length - 1].id : null };
}

/** How far back (in versions) the update address answers; a reader further behind is asked to reload. */
const MAX_VERSIONS_BEHIND = 100;

type TickerStream = {
  v: number;
  ended: boolean;
  latest: string | null;
  top: string;
  /** Entries changed in the last MAX_VERSIONS_BEHIND versions, newest first, with their markup (null: deleted or off the first page). */
  changes: { id: number; changedIn: number; deleted: boolean; html: string | null }[];
  /** False when more changed in that window than was loaded: older versions get "reload". */
  complete: boolean;
};

/**
 * The recent changes of a ticker, read and rendered once per change: every
 * version's answer of the update address is cut from it, so the second and
 * third version readers hold cost no database work.
 */
async function getTickerStream(articleId: number): Promise<TickerStream> {
  "use cache";
  cacheLife("content");
  cacheTag(tickerTag(articleId));
  const ticker = await db.article.findUnique({ where: { id: articleId }, select: { liveVersion: true, liveEndedAt: true, liveLatestAt: true } });
  const v = ticker?.liveVersion ?? 0;
  const limit = 2 * MAX_CHANGES;
  const [changed, head] = await Promise.all([
    db.liveEntry.findMany({
      where: { articleId, changedIn: { gt: v - MAX_VERSIONS_BEHIND } },
      orderBy: { id: "desc" },
      take: limit + 1,
      select: { ...entrySelect, changedIn: true },
    }),
    loadHead(articleId),
  ]);
  const firstIds = new Set(head.entries.map((e) => e.id));
  const lastFirst = head.entries.at(-1)?.id ?? 0;
  return {
    v,
    ended: Boolean(ticker?.liveEndedAt),
    latest: ticker?.liveLatestAt?.toISOString() ?? null,
    top: tickerTopHtml(head.pinned, head.keyEvents),
    changes: changed.slice(0, limit).map((r) => ({
      id: r.id,
      changedIn: r.changedIn,
      deleted: r.deletedAt !== null,
      // Entries no longer on the first page (pushed down) are left to the pages of older entries.
      html: r.deletedAt === null && (firstIds.has(r.id) || r.id > lastFirst) ? entryHtml(toView(r)) : null,
    })),
    complete: changed.length <= limit,
  };
}

/**
 * What changed since version `since` of the ticker: the update address's
 * answer. Keyed by the reader's version, so every reader in the same state
 * shares one cached answer; it expires with the ticker's tag.
 */
export async function getTickerChanges(articleId: number, since: number): Promise<TickerChanges> {
  "use cache";
  cacheLife("content");
  cacheTag(tickerTag(articleId));
  const stream = await getTickerStream(articleId);
  const base = { v: stream.v, ended: stream.ended, latest: stream.latest, entries: [], deleted: [] };
  if (since === stream.v) return base;
  if (since > stream.v || since <= stream.v - MAX_VERSIONS_BEHIND || !stream.complete) return { ...base, reload: true };
  const changed = stream.changes.filter((c) => c.changedIn > since);
  if (changed.length > MAX_CHANGES) return { ...base, reload: true };
  return {
    ...base,
    entries: changed.flatMap((c) => (c.html === null || c.deleted ? [] : [{ id: c.id, html: c.html }])),
    deleted: changed.filter((c) => c.deleted).map((c) => c.id),
    top: stream.top,
  };
}

/** Every visible entry, newest first, for JSON-LD (bounded). */
export async function getTickerEntriesForSeo(articleId: number, limit = 50): Promise<LiveEntryView[]> {
  "use cache";
  cacheLife("content");
  cacheTag(tickerTag(articleId));
  const rows = await db.liveEntry.findMany({ where: visible(articleId), orderBy: { id: "desc" }, take: limit, select: entrySelect });
  return rows.map(toView);
}
