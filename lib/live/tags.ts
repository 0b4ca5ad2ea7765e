import { cacheTags } from "../cache/tags";

/** The ticker's stream: its first page (entries, pinned, "Das Wichtigste") and every answer of its update address. */
export const tickerTag = (articleId: number) => `ticker:${articleId}`;
/** One entry as shown on a page of older entries (those pages do not carry the ticker's tag). */
export const liveEntryTag = (entryId: number) => `live-entry:${entryId}`;

export type TickerTagInfo = { id: number; sectionSlug: string; authorSlugs: readonly string[]; topicSlugs: readonly string[] };

/**
 * The lists whose teasers show the ticker's LIVE label with its latest
 * entry's time: a new or deleted entry moves that time, ending removes the
 * label. Lists past their first pages follow within their safety lifetime.
 */
export function tickerListTags(ticker: TickerTagInfo): string[] {
  return [
    cacheTags.front,
    cacheTags.section(ticker.sectionSlug),
    cacheTags.sitemaps,
    ...ticker.authorSlugs.map(cacheTags.author),
    ...ticker.topicSlugs.map(cacheTags.tag),
  ];
}
