import Link from "next/link";

/** Numbered page links that work without JavaScript. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1);
  const linkClass = "inline-block min-w-10 rounded border border-rule px-3 py-2 text-center hover:bg-neutral-100";
  return (
    <nav aria-label="Seiten" className="mt-10">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className={linkClass}>
              ← Vorherige
            </Link>
          </li>
        )}
        {pages.map((p) => (
          <li key={p}>
            {p === page ? (
              <span aria-current="page" className={`${linkClass} border-brand bg-brand-fill font-semibold text-white`}>
                {p}
              </span>
            ) : (
              <Link href={hrefFor(p)} className={linkClass} aria-label={`Seite ${p}`}>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount && (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
              Nächste →
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
