import { getSectionNewest, RELATED_COUNT, type ArticleCard, type SectionRef } from "@/lib/articles";
import { ArticleTeaser } from "./article-teaser";

/** The "Mehr aus <Ressort>" box: teasers of the section's newest articles. */
export function MoreFromSectionBox({ section, articles }: { section: Pick<SectionRef, "name">; articles: ArticleCard[] }) {
  if (articles.length === 0) return null;
  return (
    <aside data-more-from aria-labelledby="mehr-aus" className="render-when-near mx-auto mt-14 max-w-6xl border-t border-rule pt-8 print:hidden">
      <h2 id="mehr-aus" className="mb-6 font-serif text-2xl font-bold">
        Mehr aus {section.name}
      </h2>
      <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-4">
        {articles.map((item) => (
          <li key={item.id} data-article={item.id}>
            <ArticleTeaser article={item} variant="compact" />
          </li>
        ))}
      </ul>
    </aside>
  );
}

/**
 * The section's box as one shared piece (app/esi/mehr/[section]): its newest
 * articles, one more than the box shows, for every article of the section.
 * Each article page hides itself from it (MoreFromSectionSelf), so the piece
 * is the same for all of them and cached once.
 */
export async function MoreFromSection({ sectionSlug }: { sectionSlug: string }) {
  const newest = await getSectionNewest(sectionSlug, RELATED_COUNT + 1);
  if (!newest) return null;
  return <MoreFromSectionBox section={newest.section} articles={newest.articles} />;
}

/**
 * The page's own rule for the shared box: its own teaser is hidden, and when
 * it is not among them, the extra last one is, so four remain either way.
 * Plain CSS, so it holds without JavaScript; hidden items are hidden from
 * screen readers too.
 */
export function MoreFromSectionSelf({ articleId }: { articleId: number }) {
  const self = `li[data-article="${articleId}"]`;
  return (
    <style>{`[data-more-from] ${self}{display:none}[data-more-from] ul:not(:has(${self}))>li:nth-child(${RELATED_COUNT + 1}){display:none}`}</style>
  );
}
