import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { canEdit, listPictureLibrary, loadArticleForEditor } from "@/lib/admin";
import { requireUser } from "@/lib/auth";
import { formatDateTime } from "@/lib/dates";
import { parseId } from "@/lib/ids";
import { listEntriesForEditor } from "@/lib/live";
import { EditEntryForm, EndTickerForm, QuickEntryForm, type LibraryPicture } from "@/components/admin/live-entry-form";
import { DeleteEntryButton, LiveButton } from "@/components/admin/live-entry-buttons";
import { deleteEntryAction, editEntryAction, endTickerAction, publishEntryAction, reopenTickerAction, setEntryFlagAction } from "../actions";

export const metadata: Metadata = { title: "Liveticker – Redaktion", robots: { index: false, follow: false } };

export default async function TickerAdminPage(props: PageProps<"/admin/liveticker/[id]">) {
  await connection();
  const user = await requireUser();
  const id = parseId((await props.params).id);
  const ticker = id ? await loadArticleForEditor(id) : null;
  if (!ticker || ticker.kind !== "LIVETICKER" || !canEdit(user, ticker)) notFound();
  const [entries, library] = await Promise.all([listEntriesForEditor(ticker.id), listPictureLibrary("", 1)]);
  const pictures: LibraryPicture[] = library.items.map((p) => ({
    id: p.id,
    label: `${p.alt || p.fileName || "Bild"} (Nr. ${p.id})`.slice(0, 120),
    alt: p.alt,
    credit: p.credit,
  }));
  const ended = ticker.liveEndedAt;
  const visible = ticker.status === "PUBLISHED" || ticker.status === "SCHEDULED";

  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">
          <span className="sr-only">Liveticker: </span>
          {ticker.title}
        </h1>
        <p className="flex flex-wrap gap-4 text-sm">
          {visible && (
            <a href={ticker.path} className="font-semibold text-brand underline" target="_blank" rel="noopener">
              Zur Leserseite
            </a>
          )}
          <Link href={`/admin/artikel/${ticker.id}`} className="underline">Titel, Teaser, Ressort … bearbeiten</Link>
        </p>
      </div>
      <p className="mt-2 text-sm">
        {ended ? (
          <>Beendet am {formatDateTime(ended)}.</>
        ) : (
          <>
            <span className="rounded bg-accent px-1.5 py-0.5 text-xs font-bold text-white">LIVE</span> läuft
            {visible ? "" : " (noch nicht veröffentlicht: Leserinnen und Leser sehen ihn erst mit dem Status „Veröffentlicht“)"}.
          </>
        )}{" "}
        {entries.length} {entries.length === 1 ? "Eintrag" : "Einträge"}.
      </p>

      {ended ? (
        <div className="mt-4 flex flex-wrap items-center gap-3 rounded border border-rule p-4">
          <span>Dieser Liveticker ist beendet; neue Einträge sind erst nach dem Wiederöffnen möglich.</span>
          <LiveButton action={reopenTickerAction.bind(null, ticker.id)} label="Liveticker wieder öffnen" />
        </div>
      ) : (
        <QuickEntryForm action={publishEntryAction.bind(null, ticker.id)} pictures={pictures} />
      )}

      <section aria-labelledby="eintraege" className="mt-10">
        <h2 id="eintraege" className="font-serif text-2xl font-bold">Einträge</h2>
        {entries.length === 0 && <p className="mt-2 text-muted">Noch keine Einträge.</p>}
        <ol className="mt-3 divide-y divide-rule">
          {entries.map((entry) => (
            <li key={`${entry.id}-${entry.version}`} className="py-4">
              <p className="text-sm text-muted">
                {formatDateTime(entry.publishedAt)} · {entry.authorName}
                {entry.editedAt ? ` · aktualisiert ${formatDateTime(entry.editedAt)}` : ""}
                {entry.pinned ? " · angeheftet" : ""}
                {entry.keyEvent ? " · wichtig" : ""}
                {entry.closing ? " · Schlusseintrag" : ""}
              </p>
              {entry.headline && <h3 className="font-semibold">{entry.headline}</h3>}
              <p className="mt-1 whitespace-pre-line">{entry.body}</p>
              <div className="mt-2 flex flex-wrap items-start gap-2">
                <LiveButton
                  action={setEntryFlagAction.bind(null, ticker.id, entry.id, "pinned", !entry.pinned)}
                  label={entry.pinned ? "Nicht mehr anheften" : "Anheften"}
                />
                <LiveButton
                  action={setEntryFlagAction.bind(null, ticker.id, entry.id, "keyEvent", !entry.keyEvent)}
                  label={entry.keyEvent ? "Nicht mehr wichtig" : "Als wichtig markieren"}
                />
                <DeleteEntryButton action={deleteEntryAction.bind(null, ticker.id, entry.id)} label={`Eintrag von ${formatDateTime(entry.publishedAt)} löschen`} />
              </div>
              <details className="mt-2">
                <summary className="cursor-pointer text-sm font-semibold">Bearbeiten</summary>
                <EditEntryForm
                  entryId={entry.id}
                  action={editEntryAction.bind(null, ticker.id, entry.id)}
                  pictures={pictures}
                  initial={{
                    body: entry.body,
                    headline: entry.headline,
                    pictureId: entry.pictureId ? String(entry.pictureId) : "",
                    imageAlt: entry.imageAlt ?? "",
                    imageCredit: entry.imageCredit ?? "",
                    keyEvent: entry.keyEvent ? "on" : "",
                    pinned: entry.pinned ? "on" : "",
                    version: String(entry.version),
                  }}
                />
              </details>
            </li>
          ))}
        </ol>
      </section>

      {!ended && (
        <section aria-labelledby="beenden" className="mt-10 rounded border border-rule p-4">
          <h2 id="beenden" className="font-serif text-2xl font-bold">Beenden</h2>
          <p className="mt-1 text-sm text-muted">Das LIVE-Zeichen verschwindet, offene Seiten hören auf nachzufragen. Der Liveticker kann wieder geöffnet werden.</p>
          <EndTickerForm action={endTickerAction.bind(null, ticker.id)} pictures={pictures} />
        </section>
      )}
    </>
  );
}
