import { Link } from "./link";
import type { ArticleCard } from "@/lib/articles";
import { teaserSources } from "@/lib/media/client-safe";
import { ArticleTime } from "./article-time";
import { ResponsivePicture } from "./picture";
import { LiveLabel } from "./live-ticker";

type Variant = "lead" | "standard" | "compact";

/**
 * How wide each teaser's picture is shown (`sizes`) and the largest variant
 * it may pick: modest, so phones load small files. The lead is the widest
 * (two thirds of the page on wide screens, the full width on phones).
 */
const pictureSlot: Record<Variant, { sizes: string; maxWidth: number }> = {
  lead: { sizes: "(min-width: 1200px) 760px, (min-width: 1024px) 64vw, 100vw", maxWidth: 960 },
  standard: { sizes: "(min-width: 1200px) 264px, (min-width: 1024px) 22vw, (min-width: 640px) 46vw, 100vw", maxWidth: 640 },
  compact: { sizes: "(min-width: 1200px) 264px, (min-width: 1024px) 22vw, (min-width: 640px) 46vw, 100vw", maxWidth: 640 },
};

const headlineClass: Record<Variant, string> = {
  lead: "text-3xl sm:text-4xl",
  standard: "text-xl",
  compact: "text-base",
};

export function ArticleTeaser({
  article,
  variant = "standard",
  headingLevel = 3,
  showSection = false,
  priority = false,
}: {
  article: ArticleCard;
  variant?: Variant;
  headingLevel?: 2 | 3;
  showSection?: boolean;
  /** The picture above the fold: loaded at once with high priority. */
  priority?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const slot = pictureSlot[variant];
  return (
    <article className="group">
      {article.picture && (
        <Link href={article.path} tabIndex={-1} aria-hidden="true" className="mb-3 block">
          <ResponsivePicture
            sources={teaserSources(article.picture, slot.maxWidth)}
            alt=""
            sizes={slot.sizes}
            priority={priority}
            className="aspect-video h-auto w-full rounded object-cover"
          />
        </Link>
      )}
      {showSection && (
        <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">{article.section.name}</p>
      )}
      <Link href={article.path} className="block">
        {article.kicker && (
          <span className="block text-sm font-semibold text-accent">{article.kicker}</span>
        )}
        <Heading className={`font-serif font-bold leading-tight group-hover:underline ${headlineClass[variant]}`}>
          {article.title}
        </Heading>
      </Link>
      {variant !== "compact" && (
        <p className={`mt-2 text-ink/85 ${variant === "lead" ? "text-lg" : ""}`}>{article.teaser}</p>
      )}
      <p className="mt-2 text-xs text-muted">
        {article.live ? <LiveLabel live={article.live} /> : <ArticleTime date={article.publishedAt} />}
        {article.authors.length > 0 && <> · {article.authors.map((a) => a.name).join(", ")}</>}
      </p>
    </article>
  );
}

/** Section, author, topic pages: one row per article, its picture beside the text. */
export function ArticleList({ articles, showSection = false }: { articles: ArticleCard[]; showSection?: boolean }) {
  return (
    <ul className="divide-y divide-rule">
      {articles.map((article, index) => (
        // From the fourth entry on, below the fold on a phone: laid out when near (globals.css).
        <li key={article.id} className={`flex gap-4 py-5 first:pt-0${index >= 3 ? " render-when-near [--estimated-height:12rem]" : ""}`}>
          {article.picture && (
            <Link href={article.path} tabIndex={-1} aria-hidden="true" className="block w-28 shrink-0 sm:w-48">
              <ResponsivePicture
                sources={teaserSources(article.picture, 640)}
                alt=""
                sizes="(min-width: 640px) 192px, 112px"
                className="aspect-video h-auto w-full rounded object-cover"
              />
            </Link>
          )}
          <div className="min-w-0">
            <ArticleTeaser article={{ ...article, picture: null }} showSection={showSection} headingLevel={2} />
          </div>
        </li>
      ))}
    </ul>
  );
}
