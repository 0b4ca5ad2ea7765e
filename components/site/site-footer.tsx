import { Link } from "./link";
import { paths, type SectionRef } from "@/lib/articles";

export function SiteFooter({ sections }: { sections: SectionRef[] }) {
  return (
    <footer className="mt-16 border-t border-rule bg-neutral-50 print:hidden">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 text-sm text-muted sm:grid-cols-2">
        <div>
          <p className="font-serif text-xl font-bold text-brand">Rundblick</p>
          <p className="mt-2 max-w-sm">
            Unabhängige Nachrichten aus Deutschland und der Welt. Alle Texte dieser Demo-Ausgabe sind frei erfunden.
          </p>
        </div>
        {sections.length > 0 && (
          <nav aria-label="Ressorts im Überblick">
            <ul className="grid grid-cols-2 gap-1">
              {sections.map((section) => (
                <li key={section.id}>
                  <Link href={paths.section(section.slug)} className="hover:text-ink hover:underline">
                    {section.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
      <p className="pb-6 text-center text-xs text-muted">© {COPYRIGHT_YEAR} Rundblick</p>
    </footer>
  );
}

// Fixed at module load: a copyright line need not change at midnight on New Year's Eve.
const COPYRIGHT_YEAR = 2026;
