import { entryHtml, tickerTopHtml, type LiveEntryView, type KeyEventLink } from "@/lib/live";
import type { LiveState } from "@/lib/articles";
import { ArticleTime } from "./article-time";
import { Link } from "./link";
import { formatDateTime, formatTime, toBerlinIso } from "@/lib/dates";

/** "LIVE" with the latest entry's time while a ticker runs; when it ended afterwards. For pages and teasers. */
export function LiveLabel({ live, size = "small" }: { live: LiveState; size?: "small" | "large" }) {
  if (live.endedAt) {
    return (
      <span className="text-muted">
        Liveticker, beendet am <time dateTime={toBerlinIso(live.endedAt)}>{formatDateTime(live.endedAt)}</time>
      </span>
    );
  }
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      <span className={`rounded bg-accent-fill font-bold tracking-wide text-white ${size === "large" ? "px-2 py-0.5 text-sm" : "px-1.5 text-xs"}`}>LIVE</span>
      {live.latestAt && (
        <span>
          <span className="sr-only">Letzter Eintrag: </span>
          <time dateTime={toBerlinIso(live.latestAt)}>{formatTime(live.latestAt)}</time>
        </span>
      )}
    </span>
  );
}

/**
 * A ticker's entries on its page: on the first page the pinned entry and
 * "Das Wichtigste" above them, and (while it runs) the update script's
 * address and version; on a page of older entries only those. Entries are
 * the same markup the update address sends (lib/live/html.ts).
 */
export function LiveTicker({
  path,
  live,
  entries,
  top,
  olderBefore,
  firstPage,
  version,
}: {
  path: string;
  live: LiveState;
  entries: LiveEntryView[];
  top: { pinned: LiveEntryView | null; keyEvents: KeyEventLink[] } | null;
  olderBefore: number | null;
  firstPage: boolean;
  version: number;
}) {
  const running = !live.endedAt;
  return (
    <section
      aria-labelledby="eintraege-titel"
      className="mt-10"
      id="liveticker"
      data-updates={running && firstPage ? `${path}/eintraege` : undefined}
      data-version={running && firstPage ? version : undefined}
    >
      <p className="mb-4 text-sm" id="liveticker-status">
        {running ? (
          <LiveLabel live={live} size="large" />
        ) : (
          <>
            Dieser Liveticker ist beendet
            {live.endedAt && (
              <>
                {" "}(<ArticleTime date={live.endedAt} />)
              </>
            )}
            .
          </>
        )}
      </p>
      {firstPage && top && <div id="liveticker-oben" dangerouslySetInnerHTML={{ __html: tickerTopHtml(top.pinned, top.keyEvents) }} />}
      <h2 id="eintraege-titel" className="font-serif text-2xl font-bold">
        {firstPage ? "Alle Einträge" : "Ältere Einträge"}
      </h2>
      {/* The update script puts its "N neue Einträge" button here. */}
      <div id="liveticker-hinweis" aria-live="polite" className="print:hidden" />
      {entries.length === 0 ? (
        <p id="liveticker-leer" className="mt-3 text-muted">Noch keine Einträge.</p>
      ) : null}
      <ol id="liveticker-eintraege" className="mt-3 list-none space-y-2" dangerouslySetInnerHTML={{ __html: entries.map((e) => entryHtml(e)).join("") }} />
      <nav aria-label="Weitere Einträge" className="mt-8 flex flex-wrap gap-4 print:hidden">
        {!firstPage && (
          <Link href={path} className="rounded border border-rule px-3 py-2 hover:bg-neutral-100">
            ← Zu den neuesten Einträgen
          </Link>
        )}
        {olderBefore !== null && (
          <Link href={`${path}?vor=${olderBefore}`} rel="next" className="rounded border border-rule px-3 py-2 hover:bg-neutral-100">
            Ältere Einträge →
          </Link>
        )}
      </nav>
    </section>
  );
}
