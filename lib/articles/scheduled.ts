import { articleChangeTags } from "../cache/tags";
import { db } from "../db/client";
import { startRepeatingJob } from "../runtime";

/** How often the front looks for scheduled articles whose time has come. */
export const SCHEDULED_CHECK_MS = 5_000;

/**
 * The tags to expire for the articles whose publish time fell in
 * (since, until]: they appear now, on the lists, feeds and sitemaps.
 */
export async function tagsOfArticlesDue(since: Date, until: Date): Promise<string[]> {
  const rows = await db.article.findMany({
    where: { status: { in: ["PUBLISHED", "SCHEDULED"] }, publishedAt: { gt: since, lte: until } },
    select: {
      id: true,
      section: { select: { slug: true } },
      authors: { select: { author: { select: { slug: true } } } },
      tags: { select: { tag: { select: { slug: true } } } },
    },
  });
  const tags = new Set<string>();
  for (const row of rows) {
    const changed = articleChangeTags({
      id: row.id,
      sectionSlug: row.section.slug,
      authorSlugs: row.authors.map((a) => a.author.slug),
      topicSlugs: row.tags.map((t) => t.tag.slug),
    });
    for (const tag of changed) tags.add(tag);
  }
  return [...tags];
}

/**
 * Scheduled articles appear at their time: cached pages are kept until a
 * write expires them (docs/caching.md), and a scheduled article's time is a
 * write nobody makes. This job looks every few seconds for articles whose
 * publish time has passed since it last looked and expires what they change,
 * as the save would have. It runs in the process that owns the jobs (the
 * front; `next dev` itself), on every instance: each expires its own caches.
 * A failed look is repeated from the same point.
 */
export function startScheduledExpiry(expire: (tags: string[]) => void, everyMs = SCHEDULED_CHECK_MS): void {
  let since = new Date();
  startRepeatingJob("articles:scheduled", {
    everyMs,
    label: "Geplante Artikel prüfen",
    run: async () => {
      const until = new Date();
      const tags = await tagsOfArticlesDue(since, until);
      since = until;
      if (tags.length > 0) expire(tags);
    },
  });
}
