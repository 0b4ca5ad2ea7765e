import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { visibleWhere } from "../articles";
import { cacheTags } from "../cache/tags";
import { db } from "../db";
import { paths } from "../articles/paths";
import { queryMostRead } from "./query";
import { chooseWindow, DEFAULT_WINDOW, MOST_READ_WINDOWS, type MostReadWindow } from "./rank";

// The plain half (windows, hourly series, trending), also its own entry for client code.
export * from "./client-safe";

export type MostReadItem = {
  articleId: number;
  path: string;
  kicker: string;
  title: string;
  views: number;
};

export type MostReadList = { window: MostReadWindow; asOf: Date; items: MostReadItem[] };

/** Which list: the window (default 24 h), how many, and optionally one section. */
export type MostReadQuery = { window?: MostReadWindow; limit?: number; sectionId?: number };

/**
 * Visible articles by views in the window (hourly rows), ties by newer
 * publish time. Cached about a minute under the `most-read` tag, so no reader
 * request pays for the query.
 */
export async function getMostRead({
  window = DEFAULT_WINDOW,
  limit = 5,
  sectionId,
}: MostReadQuery): Promise<MostReadList> {
  "use cache";
  cacheLife("clock");
  cacheTag(cacheTags.mostRead);
  const now = new Date();
  const rows = await queryMostRead(db, { window, limit, sectionId, now });
  const items = rows.map((r) => ({
    articleId: r.articleId,
    path: paths.article(r.sectionSlug, r.slug),
    kicker: r.kicker,
    title: r.title,
    views: r.views,
  }));
  return { window, asOf: now, items };
}

/** Newest visible articles: what the box shows before anyone has read anything. */
async function getNewestForBox(limit: number, sectionId?: number): Promise<MostReadItem[]> {
  "use cache";
  cacheLife("clock");
  cacheTag(cacheTags.mostRead);
  const rows = await db.article.findMany({
    where: { ...visibleWhere(new Date()), ...(sectionId === undefined ? {} : { sectionId }) },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, slug: true, kicker: true, title: true, section: { select: { slug: true } } },
  });
  return rows.map((r) => ({ articleId: r.id, path: paths.article(r.section.slug, r.slug), kicker: r.kicker, title: r.title, views: 0 }));
}

export type MostReadBox = {
  requested: MostReadWindow;
  shown: MostReadWindow;
  fellBack: boolean;
  /** No views at all yet: the items are the newest articles. */
  newest: boolean;
  asOf: Date;
  items: MostReadItem[];
};

/** What the "Beliebteste Artikel" box shows: never empty while any article is visible. */
export async function getMostReadBox({
  window = DEFAULT_WINDOW,
  limit = 5,
  sectionId,
}: MostReadQuery): Promise<MostReadBox> {
  const choice = await chooseWindow(window, (w) => getMostRead({ window: w, limit, sectionId }));
  const { items, asOf } = choice.result;
  if (items.length > 0) return { ...choice, newest: false, asOf, items };
  return { ...choice, newest: true, asOf, items: await getNewestForBox(limit, sectionId) };
}

/** The box for every window, the default first: the page carries them all and a link switches between them. */
export async function getMostReadBoxes(query: Omit<MostReadQuery, "window"> = {}): Promise<MostReadBox[]> {
  const windows = [DEFAULT_WINDOW, ...MOST_READ_WINDOWS.filter((w) => w !== DEFAULT_WINDOW)];
  return Promise.all(windows.map((window) => getMostReadBox({ ...query, window })));
}
