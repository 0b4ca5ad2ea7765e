import { Link } from "./link";
import type { SearchHit } from "@/lib/search";
import { ArticleTime } from "./article-time";
import { LiveLabel } from "./live-ticker";

export function SearchResultList({ hits, firstNumber }: { hits: SearchHit[]; firstNumber: number }) {
  return (
    <ol start={firstNumber} aria-label="Suchergebnisse" className="divide-y divide-rule">
      {hits.map((hit) => (
        <li key={hit.id} className="py-5 first:pt-0">
          <article>
            <p className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted">{hit.section.name}</p>
            <Link href={hit.path} className="group block">
              {hit.kicker && <span className="block text-sm font-semibold text-accent">{hit.kicker}</span>}
              <h2 className="font-serif text-xl font-bold leading-tight group-hover:underline">{hit.title}</h2>
            </Link>
            {/* snippetHtml is escaped text plus <mark> (lib/search/query.ts, snippetToHtml). */}
            <p
              className="mt-2 text-ink/85 [&_mark]:rounded-sm [&_mark]:bg-amber-100 [&_mark]:px-0.5 [&_mark]:text-ink"
              dangerouslySetInnerHTML={{ __html: hit.snippetHtml }}
            />
            <p className="mt-2 text-xs text-muted">
              {hit.live ? <LiveLabel live={hit.live} /> : <ArticleTime date={hit.publishedAt} />}
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
