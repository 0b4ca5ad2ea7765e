import "server-only";
import { cacheTag } from "next/cache";
import { cacheTags } from "../cache/tags";
import { db } from "../db";

/**
 * Call inside a "use cache" function whose result spans every section (site
 * feed, sitemaps): tags it with each section's tag as well, so whatever
 * revalidates a section page after a publish refreshes these outputs too.
 */
export async function tagEverySection(): Promise<void> {
  const sections = await db.section.findMany({ select: { slug: true } });
  if (sections.length > 0) cacheTag(...sections.map((s) => cacheTags.section(s.slug)));
}
