/** Ranking rules for "Beliebteste Artikel", free of I/O so they are unit-tested. */

export const MOST_READ_WINDOWS = ["1h", "24h", "7d", "30d"] as const;
export type MostReadWindow = (typeof MOST_READ_WINDOWS)[number];
export const DEFAULT_WINDOW: MostReadWindow = "24h";

export const WINDOW_HOURS: Record<MostReadWindow, number> = { "1h": 1, "24h": 24, "7d": 7 * 24, "30d": 30 * 24 };

/** How the box names a window: "in den letzten 24 Stunden". */
export const WINDOW_PHRASE: Record<MostReadWindow, string> = {
  "1h": "in der letzten Stunde",
  "24h": "in den letzten 24 Stunden",
  "7d": "in den letzten 7 Tagen",
  "30d": "in den letzten 30 Tagen",
};

/** Fewer articles with views than this, and the box falls back to a longer window. */
export const MIN_RANKED = 3;

/** `?beliebt=` as a window; anything else is the default. */
export function parseWindowParam(value: string | string[] | undefined): MostReadWindow {
  return typeof value === "string" && (MOST_READ_WINDOWS as readonly string[]).includes(value)
    ? (value as MostReadWindow)
    : DEFAULT_WINDOW;
}

export function longerWindow(window: MostReadWindow): MostReadWindow | null {
  return MOST_READ_WINDOWS[MOST_READ_WINDOWS.indexOf(window) + 1] ?? null;
}

/**
 * First hour bucket inside the window: the current (partial) hour plus the
 * window's full hours before it, so "1 Std." is never just a few minutes.
 */
export function windowStart(window: MostReadWindow, now: Date): Date {
  const currentHour = Math.floor(now.getTime() / 3_600_000) * 3_600_000;
  return new Date(currentHour - WINDOW_HOURS[window] * 3_600_000);
}

export type RankedRow = { articleId: number; views: number; publishedAt: Date };

/** More views first; on a tie the newer article; then the higher id, so the order is total. */
export function compareRanked(a: RankedRow, b: RankedRow): number {
  return b.views - a.views || b.publishedAt.getTime() - a.publishedAt.getTime() || b.articleId - a.articleId;
}

export type WindowChoice<T> = {
  requested: MostReadWindow;
  shown: MostReadWindow;
  /** True when the requested window had too few articles with views. */
  fellBack: boolean;
  result: T;
};

/**
 * The requested window, or the next longer one while fewer than MIN_RANKED
 * articles have views; the longest window is shown whatever it holds.
 */
export async function chooseWindow<T extends { items: unknown[] }>(
  requested: MostReadWindow,
  load: (window: MostReadWindow) => Promise<T>,
): Promise<WindowChoice<T>> {
  let shown = requested;
  let result = await load(shown);
  for (let next = longerWindow(shown); result.items.length < MIN_RANKED && next; next = longerWindow(shown)) {
    shown = next;
    result = await load(shown);
  }
  return { requested, shown, fellBack: shown !== requested, result };
}

/** The id of a window's list in the box; a link to `#<id>` shows that list, no request needed. */
export function windowAnchor(window: MostReadWindow): string {
  return `beliebt-${window}`;
}

/**
 * Where an old `?beliebt=<window>` link goes now: the same page without the
 * parameter, at that window's list. Null when the URL has no such parameter.
 */
export function mostReadRedirect(url: URL): string | null {
  if (!url.searchParams.has("beliebt")) return null;
  const window = parseWindowParam(url.searchParams.getAll("beliebt").length === 1 ? (url.searchParams.get("beliebt") ?? undefined) : undefined);
  const target = new URL(url);
  target.searchParams.delete("beliebt");
  target.hash = windowAnchor(window);
  return `${target.pathname}${target.search}${target.hash}`;
}
