import type { Metadata } from "next";
import { Link } from "@/components/site/link";
import { connection } from "next/server";
import { Pagination } from "@/components/site/pagination";
import { SearchForm, SearchTips } from "@/components/site/search-form";
import { SearchResultList } from "@/components/site/search-results";
import { getSections, parsePageParam, type SectionRef } from "@/lib/articles";
import { normalizeQuery, parsePeriod, parseSectionParam, periodPhrases, searchArticles, searchHref, SEARCH_MAX_HITS, SEARCH_PAGE_SIZE, type SearchInput, type SearchResults } from "@/lib/search";

async function readSearch(props: PageProps<"/suche">): Promise<{ input: SearchInput; sections: SectionRef[] }> {
  await connection();
  const [params, sections] = await Promise.all([props.searchParams, getSections()]);
  const section = parseSectionParam(params.ressort);
  return {
    sections,
    input: {
      // As the proxy's canonical URL has it (lib/search/query.ts), so the data cache keys on the same.
      query: normalizeQuery(params.q),
      // An unknown section means all sections rather than no hits.
      section: sections.some((s) => s.slug === section) ? section : undefined,
      period: parsePeriod(params.zeitraum),
      page: parsePageParam(params.seite),
    },
  };
}

export async function generateMetadata(props: PageProps<"/suche">): Promise<Metadata> {
  const { input } = await readSearch(props);
  return {
    title: input.query ? `Suche: ${input.query}` : "Suche",
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage(props: PageProps<"/suche">) {
  const { input, sections } = await readSearch(props);
  const results = input.query ? await searchArticles(input) : null;
  return (
    <>
      <header className="mb-8 border-b border-rule pb-6">
        <h1 className="font-serif text-4xl font-bold">Suche</h1>
        <SearchForm sections={sections} input={input} />
      </header>
      {results ? <Results input={input} results={results} sections={sections} /> : <SearchTips />}
    </>
  );
}

function Results({ input, results, sections }: { input: SearchInput; results: SearchResults; sections: SectionRef[] }) {
  if (results.notice === "too-broad" || results.notice === "busy") return <TooBroad input={input} busy={results.notice === "busy"} />;
  if (results.notice) {
    return (
      <>
        <p role="status" className="text-lg">
          {results.notice === "no-terms"
            ? `„${input.query}“ enthält keine Wörter, nach denen sich suchen lässt: sehr häufige Wörter wie „und“ oder „die“, Satzzeichen und Emojis werden übergangen.`
            : "Bitte geben Sie mindestens ein Wort ein, das vorkommen soll: Wörter mit Minus schließen nur aus."}
        </p>
        <SearchTips />
      </>
    );
  }
  const sectionName = sections.find((s) => s.slug === input.section)?.name;
  const scope = [sectionName && `im Ressort ${sectionName}`, input.period && periodPhrases[input.period]]
    .filter(Boolean)
    .join(", ");
  return (
    <>
      <p role="status" className="mb-6 text-lg">
        {results.total === 0 ? "Keine" : `${results.capped ? "Mehr als " : ""}${results.total.toLocaleString("de-DE")}`} Treffer
        für „{input.query}“
        {scope && <span className="text-muted"> ({scope})</span>}
        {results.pageCount > 1 && (
          <span className="text-muted">
            {" "}
            · Seite {results.page} von {results.pageCount}
          </span>
        )}
      </p>
      {results.total === 0 && <SearchTips />}
      {results.capped && (
        <p className="-mt-4 mb-6 text-sm text-muted">
          Gezeigt werden die relevantesten der {SEARCH_MAX_HITS.toLocaleString("de-DE")} neuesten Treffer. Weitere Wörter,
          ein Ressort oder ein Zeitraum grenzen die Suche ein.
        </p>
      )}
      {results.total > 0 && results.items.length === 0 && (
        <p>
          Diese Seite gibt es für Ihre Suche nicht.{" "}
          <Link href={searchHref({ ...input, page: 1 })} className="font-semibold text-brand underline">
            Zur ersten Seite der Treffer
          </Link>
        </p>
      )}
      {results.items.length > 0 && (
        <SearchResultList hits={results.items} firstNumber={(results.page - 1) * SEARCH_PAGE_SIZE + 1} />
      )}
      <Pagination
        page={Math.min(results.page, results.pageCount)}
        pageCount={results.pageCount}
        hrefFor={(page) => searchHref({ ...input, page })}
      />
    </>
  );
}

/** The search guard gave up (lib/search/guard.ts): what narrows the search, with links for a period. */
function TooBroad({ input, busy }: { input: SearchInput; busy: boolean }) {
  return (
    <>
      <p role="status" className="text-lg">
        {busy
          ? "Die Suche ist gerade stark gefragt. Bitte versuchen Sie es in einigen Sekunden noch einmal – oder grenzen Sie Ihre Suche ein."
          : `Ihre Suche ist zu allgemein: „${input.query}“ passt auf zu viele Artikel, um sie rechtzeitig zu durchsuchen.`}
      </p>
      <ul className="mt-3 max-w-2xl list-disc space-y-1 pl-6 text-muted">
        <li>Fügen Sie ein weiteres, genaueres Wort hinzu.</li>
        <li>Wählen Sie oben ein Ressort.</li>
        {!input.period && (
          <li>
            Oder suchen Sie nur in einem Zeitraum:{" "}
            <Link href={searchHref({ ...input, period: "30tage", page: 1 })} className="font-semibold text-brand underline">
              letzte 30 Tage
            </Link>
            {", "}
            <Link href={searchHref({ ...input, period: "7tage", page: 1 })} className="font-semibold text-brand underline">
              letzte 7 Tage
            </Link>
          </li>
        )}
      </ul>
    </>
  );
}
