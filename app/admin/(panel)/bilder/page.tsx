import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { listPictureLibrary } from "@/lib/admin";
import { formatDateTime } from "@/lib/dates";
import { requireUser } from "@/lib/auth";

export const metadata: Metadata = { title: "Bilder – Redaktion", robots: { index: false, follow: false } };

export default async function PictureLibraryPage(props: PageProps<"/admin/bilder">) {
  await connection();
  await requireUser();
  const params = await props.searchParams;
  const query = typeof params.q === "string" ? params.q : "";
  const page = Number(typeof params.seite === "string" ? params.seite : "1");
  const library = await listPictureLibrary(query, page);
  const pageLink = (n: number) => `/admin/bilder?${new URLSearchParams({ ...(query ? { q: query } : {}), seite: String(n) })}`;
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Bilder</h1>
      <p className="mt-2 max-w-3xl text-sm text-muted">
        Alle hochgeladenen Bilder, die neuesten zuerst. Hochgeladen wird im Artikel-Editor (Feld „Bild“); dort lässt sich jedes Bild
        hier auch wieder wählen.
      </p>
      <form action="/admin/bilder" className="mt-4 flex max-w-xl items-end gap-2">
        <div className="flex-1">
          <label htmlFor="bilder-suche" className="font-semibold">Suchen</label>
          <input id="bilder-suche" name="q" type="search" defaultValue={query} className="mt-1 w-full rounded border border-rule px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-brand-fill px-4 py-2 font-semibold text-white">Suchen</button>
      </form>
      <p className="mt-4 text-sm text-muted" role="status">
        {library.total === 0 ? "Keine Bilder gefunden." : `${library.total} ${library.total === 1 ? "Bild" : "Bilder"}${query ? ` zu „${query}“` : ""}`}
      </p>
      <ul className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
        {library.items.map((picture) => (
          <li key={picture.id} className="rounded border border-rule p-2 text-sm">
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={picture.previewUrl} alt={picture.alt} width={picture.width} height={picture.height} loading="lazy" className="aspect-video w-full rounded object-cover" />
            <p className="mt-2 line-clamp-3">{picture.alt || <span className="text-muted">(ohne Alternativtext)</span>}</p>
            <p className="mt-1 text-muted">
              {picture.credit ? `Foto: ${picture.credit}` : "ohne Bildnachweis"} · {picture.width} × {picture.height}
            </p>
            <p className="text-muted">
              {formatDateTime(new Date(picture.createdAt))}
              {picture.uploader ? ` · ${picture.uploader}` : ""} · in {picture.articles} {picture.articles === 1 ? "Artikel" : "Artikeln"}
            </p>
            <Link href={`/admin/artikel/neu?bild=${picture.id}`} className="mt-1 inline-block text-brand underline">
              Neuer Artikel mit diesem Bild
            </Link>
          </li>
        ))}
      </ul>
      {library.pageCount > 1 && (
        <nav aria-label="Seiten" className="mt-6 flex gap-4 text-sm">
          {library.page > 1 && <Link href={pageLink(library.page - 1)}>Zurück</Link>}
          <span>Seite {library.page} von {library.pageCount}</span>
          {library.page < library.pageCount && <Link href={pageLink(library.page + 1)}>Weiter</Link>}
        </nav>
      )}
    </>
  );
}
