import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags } from "../cache/tags";
import { db } from "../db";
import { findArticles, type SearchResults } from "./sql";
import type { SearchInput } from "./query";

export {
  MAX_QUERY_LENGTH,
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

/**
 * The site's search (see findArticles in lib/search/sql.ts). Cached briefly per
 * argument set, so the query string is part of the key, and tagged with the
 * articles it returns, so editing one of them drops it.
 */
export async function searchArticles(input: SearchInput): Promise<SearchResults> {
  "use cache";
  cacheLife({ stale: 30, revalidate: 30, expire: 300 });
  cacheTag(cacheTags.front);
  const results = await findArticles(db, input);
  if (results.items.length > 0) cacheTag(...results.items.map((hit) => cacheTags.article(hit.id)));
  return results;
}
