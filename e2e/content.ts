import { seedArticles } from "../prisma/seed/seed";
import { slugify } from "../lib/slug";

/** Demo articles as the tests expect to find them after a fresh start. */
export const published = seedArticles
  .filter((a) => (a.status ?? "PUBLISHED") === "PUBLISHED")
  .sort((a, b) => a.ageHours - b.ageHours);

export const drafts = seedArticles.filter((a) => a.status === "DRAFT");
export const scheduled = seedArticles.filter((a) => a.status === "SCHEDULED");

export function articlePath(article: { section: string; title: string }): string {
  return `/${article.section}/${slugify(article.title)}`;
}
