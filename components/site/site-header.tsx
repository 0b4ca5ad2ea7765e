import { Link } from "./link";
import { paths } from "@/lib/articles/paths";
import type { SectionRef } from "@/lib/articles/types";
import { HeaderSearch } from "./search-form";

export function SiteHeader({ sections, currentSection }: { sections: SectionRef[]; currentSection?: string }) {
  return (
    <header className="border-b border-rule bg-paper">
      <a
        href="#inhalt"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:px-3 focus:py-2"
      >
        Zum Inhalt springen
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-4 px-4 pb-3 pt-5">
        <Link href={paths.front()} className="font-serif text-4xl font-bold tracking-tight text-brand">
          Rundblick
        </Link>
        <p className="hidden text-sm text-muted sm:block">Nachrichten, Hintergründe, Analysen</p>
        <HeaderSearch />
      </div>
      <nav aria-label="Ressorts" className="bg-brand">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-1 px-2 text-sm font-semibold text-white">
          <li>
            <Link href={paths.front()} className="block px-3 py-2 hover:bg-brand-dark">
              Startseite
            </Link>
          </li>
          {sections.map((section) => (
            <li key={section.id}>
              <Link
                href={paths.section(section.slug)}
                aria-current={section.slug === currentSection ? "page" : undefined}
                className="block px-3 py-2 hover:bg-brand-dark aria-[current=page]:bg-brand-dark aria-[current=page]:underline"
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
