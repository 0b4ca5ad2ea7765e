import { Link } from "./link";
import { paths } from "@/lib/articles";

export function NotFoundContent() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">Fehler 404</p>
      <h1 className="mt-2 font-serif text-4xl font-bold">Seite nicht gefunden</h1>
      <p className="mt-4 text-muted">
        Die angeforderte Seite gibt es nicht oder nicht mehr. Vielleicht wurde der Artikel verschoben oder die Adresse
        ist unvollständig.
      </p>
      <p className="mt-6">
        <Link href={paths.front()} className="font-semibold text-brand underline">
          Zur Startseite
        </Link>
      </p>
    </div>
  );
}
