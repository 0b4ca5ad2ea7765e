/** Public URLs, in one place (see "URLs" in docs/contracts.md). */
export const paths = {
  front: () => "/",
  section: (sectionSlug: string, page = 1) => (page > 1 ? `/${sectionSlug}?seite=${page}` : `/${sectionSlug}`),
  article: (sectionSlug: string, slug: string) => `/${sectionSlug}/${slug}`,
  author: (slug: string, page = 1) => (page > 1 ? `/autor/${slug}?seite=${page}` : `/autor/${slug}`),
  topic: (slug: string, page = 1) => (page > 1 ? `/thema/${slug}?seite=${page}` : `/thema/${slug}`),
  search: (query?: string) => (query ? `/suche?q=${encodeURIComponent(query)}` : "/suche"),
  feed: (sectionSlug?: string) => (sectionSlug ? `/${sectionSlug}/feed.xml` : "/feed.xml"),
};

/**
 * `?seite=` as a page number. Anything that is not a plain positive integer
 * (missing, "abc", "-1", "2.5", an array) means page 1.
 */
export function parsePageParam(value: string | string[] | undefined): number {
  if (typeof value !== "string" || !/^\d{1,6}$/.test(value)) return 1;
  const page = Number(value);
  return page >= 1 ? page : 1;
}
