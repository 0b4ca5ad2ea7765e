import { Link } from "./link";
import { paths, type SectionRef } from "@/lib/articles";
import { HeaderSearch } from "./search-form";

export function SiteHeader({ sections, currentSection }: { sections: SectionRef[]; currentSection?: string }) {
  return (
    <header className="border-b border-rule bg-paper print:hidden">
      <a
        href="#inhalt"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:px-3 focus:py-2"
      >
        Zum Inhalt springen
      </a>
      {/* On a phone one row: the name and a search button; the field itself from 640 px. */}
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-2 sm:flex-wrap sm:items-end sm:pb-3 sm:pt-5">
        <Link href={paths.front()} className="font-serif text-3xl font-bold tracking-tight text-brand sm:text-4xl">
          Rundblick
        </Link>
        <p className="hidden text-sm text-muted md:block">Nachrichten, Hintergründe, Analysen</p>
        <HeaderSearch />
        <a
          href={paths.search()}
          className="flex min-h-11 items-center gap-2 rounded border border-muted/60 px-3 text-sm font-semibold sm:hidden"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18" fill="none" stroke="currentColor" strokeWidth="2">
            <circle cx="8.5" cy="8.5" r="5.5" />
            <path d="M13 13l5 5" strokeLinecap="round" />
          </svg>
          Suche
        </a>
      </div>
      {/* One row of sections; on a narrow screen it scrolls sideways instead of wrapping. */}
      <nav aria-label="Ressorts" className="bg-brand-fill">
        <ul className="mx-auto flex max-w-6xl gap-x-1 overflow-x-auto whitespace-nowrap px-2 text-sm font-semibold text-white [scrollbar-width:thin] sm:flex-wrap sm:overflow-visible">
          <li>
            <Link href={paths.front()} className="block px-3 py-2 hover:bg-brand-fill-dark">
              Startseite
            </Link>
          </li>
          {sections.map((section) => (
            <li key={section.id}>
              <Link
                href={paths.section(section.slug)}
                aria-current={section.slug === currentSection ? "page" : undefined}
                className="block px-3 py-2 hover:bg-brand-fill-dark aria-[current=page]:bg-brand-fill-dark aria-[current=page]:underline"
              >
                {section.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
