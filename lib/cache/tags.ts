/** Every cache tag the site uses. Writes revalidate exactly the tags they touch. */
export const cacheTags = {
  front: "front",
  sections: "sections",
  section: (slug: string) => `section:${slug}`,
  article: (id: number) => `article:${id}`,
  author: (slug: string) => `author:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  feeds: "feeds",
  sitemaps: "sitemaps",
  mostRead: "most-read",
} as const;

/**
 * What an article's arrival or change expires: its page, the first pages of
 * the lists it appears in (front, section, authors, topics), feeds, sitemaps
 * and the most-read boxes. Deeper list pages that show it go with its own tag.
 */
export function articleChangeTags(article: { id: number; sectionSlug: string; authorSlugs: readonly string[]; topicSlugs: readonly string[] }): string[] {
  return [
    cacheTags.article(article.id),
    cacheTags.section(article.sectionSlug),
    cacheTags.front,
    cacheTags.feeds,
    cacheTags.sitemaps,
    cacheTags.mostRead,
    ...article.authorSlugs.map(cacheTags.author),
    ...article.topicSlugs.map(cacheTags.tag),
  ];
}
