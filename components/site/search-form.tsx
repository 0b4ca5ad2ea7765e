import { paths, type SectionRef } from "@/lib/articles";
import { MAX_QUERY_LENGTH, periodLabels, SEARCH_PERIODS, type SearchInput } from "@/lib/search";

const fieldClass = "w-full rounded border border-muted/60 bg-paper px-3 py-2 text-base";
const buttonClass = "rounded bg-brand-fill px-4 py-2 font-semibold text-white hover:bg-brand-fill-dark";

/** The small search in every reader page's header: a plain GET form, no JavaScript needed. */
export function HeaderSearch() {
  return (
    <form action={paths.search()} method="get" role="search" aria-label="Website-Suche" className="hidden items-center gap-2 text-sm sm:flex">
      <label htmlFor="kopf-suche" className="font-semibold">
        Suche
      </label>
      <input
        id="kopf-suche"
        type="search"
        name="q"
        maxLength={MAX_QUERY_LENGTH}
        className="w-40 rounded border border-muted/60 bg-paper px-2 py-1 sm:w-56"
      />
      <button type="submit" className="rounded bg-brand-fill px-3 py-1 font-semibold text-white hover:bg-brand-fill-dark">
        Suchen
      </button>
    </form>
  );
}

/** A form field with its label above it. */
function Labeled({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        {label}
      </label>
      {children}
    </div>
  );
}

function SelectField({ id, label, name, value, options }: { id: string; label: string; name: string; value: string; options: { value: string; label: string }[] }) {
  return (
    <Labeled id={id} label={label}>
      <select id={id} name={name} defaultValue={value} className={fieldClass}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Labeled>
  );
}

/** The search page's form, filled with the current search. */
export function SearchForm({ sections, input }: { sections: SectionRef[]; input: SearchInput }) {
  return (
    <form action={paths.search()} method="get" role="search" aria-label="Artikel suchen" className="mt-4 grid gap-4 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end">
      <Labeled id="suche-begriff" label="Suchbegriff">
        <input id="suche-begriff" type="search" name="q" defaultValue={input.query} maxLength={MAX_QUERY_LENGTH} className={fieldClass} />
      </Labeled>
      <SelectField
        id="suche-ressort"
        label="Ressort"
        name="ressort"
        value={input.section ?? ""}
        options={[{ value: "", label: "Alle Ressorts" }, ...sections.map((section) => ({ value: section.slug, label: section.name }))]}
      />
      <SelectField
        id="suche-zeitraum"
        label="Zeitraum"
        name="zeitraum"
        value={input.period ?? ""}
        options={[{ value: "", label: periodLabels.alle }, ...SEARCH_PERIODS.map((period) => ({ value: period, label: periodLabels[period] }))]}
      />
      <button type="submit" className={buttonClass}>
        Suchen
      </button>
    </form>
  );
}

export function SearchTips() {
  return (
    <div className="mt-6 max-w-2xl text-muted">
      <p>Geben Sie ein oder mehrere Wörter ein; gefunden werden auch andere Formen eines Wortes (Haus findet Häuser).</p>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        <li>
          Wörter in Anführungszeichen stehen zusammen: <kbd>&quot;Deutsche Bahn&quot;</kbd>
        </li>
        <li>
          Ein Minus schließt ein Wort aus: <kbd>Bahn -Streik</kbd>
        </li>
        <li>
          Mit <kbd>or</kbd> genügt eines der Wörter: <kbd>Bahn or Flughafen</kbd>
        </li>
      </ul>
    </div>
  );
}
