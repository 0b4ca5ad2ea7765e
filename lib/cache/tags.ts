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
