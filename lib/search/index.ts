import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "../cache/tags";
import { db } from "../db";
import { guardedSearch } from "./guard";
import type { SearchResults } from "./sql";
import type { SearchInput } from "./query";

export {
  MAX_QUERY_LENGTH,
  normalizeQuery,
  parsePeriod,
  parseSectionParam,
  periodLabels,
  periodPhrases,
  sanitizeQuery,
  SEARCH_PERIODS,
  searchHref,
  type SearchInput,
  type SearchPeriod,
} from "./query";
export { SEARCH_MAX_HITS, SEARCH_MAX_PAGES, SEARCH_PAGE_SIZE, type SearchHit, type SearchNotice, type SearchResults } from "./sql";

/** Thrown out of the cached function so that "busy" is not remembered as the answer. */
class SearchBusy extends Error {}

/**
 * The site's search (see findArticles in lib/search/sql.ts) under the guard
 * (lib/search/guard.ts). Cached briefly per argument set, so the query string
 * is part of the key, and tagged with the articles it returns, so editing one
 * of them drops it. "Too broad" is cached like any answer (the same query
 * would run long again); "busy" is not, the next reader may get a turn.
 */
export async function searchArticles(input: SearchInput): Promise<SearchResults> {
  try {
    return await cachedSearch(input);
  } catch (error) {
    if (error instanceof SearchBusy || (error instanceof Error && error.message === BUSY)) {
      return { items: [], page: Math.max(1, Math.floor(input.page)), pageCount: 1, total: 0, capped: false, notice: "busy" };
    }
    throw error;
  }
}

// The cache may hand errors back across its boundary as plain Errors: match the message too.
const BUSY = "search-busy";

async function cachedSearch(input: SearchInput): Promise<SearchResults> {
  "use cache";
  cacheLife({ stale: 30, revalidate: 30, expire: 300 });
  cacheTag(cacheTags.front);
  const results = await guardedSearch(db, input);
  if (results.notice === "busy") throw new SearchBusy(BUSY);
  if (results.items.length > 0) cacheTag(...results.items.map((hit) => cacheTags.article(hit.id)));
  return results;
}
