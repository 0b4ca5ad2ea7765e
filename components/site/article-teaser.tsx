import { Link } from "./link";
import type { ArticleCard } from "@/lib/articles/types";
import { ArticleTime } from "./article-time";

type Variant = "lead" | "standard" | "compact";

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
}: {
  article: ArticleCard;
  variant?: Variant;
  headingLevel?: 2 | 3;
  showSection?: boolean;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="group">
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
        <ArticleTime date={article.publishedAt} />
        {article.authors.length > 0 && <> · {article.authors.map((a) => a.name).join(", ")}</>}
      </p>
    </article>
  );
}

export function ArticleList({ articles, showSection = false }: { articles: ArticleCard[]; showSection?: boolean }) {
  return (
    <ul className="divide-y divide-rule">
      {articles.map((article) => (
        <li key={article.id} className="py-5 first:pt-0">
          <ArticleTeaser article={article} showSection={showSection} headingLevel={2} />
        </li>
      ))}
    </ul>
  );
}
