import { Link } from "./link";
import { formatTime } from "@/lib/dates";
import { DEFAULT_WINDOW, getMostReadBoxes, WINDOW_PHRASE, windowAnchor, type MostReadBox, type MostReadWindow } from "@/lib/popularity";

/** The windows readers can switch between; the others are reachable by link only (old `?beliebt=` URLs). */
const SWITCH: { window: MostReadWindow; label: string }[] = [
  { window: "24h", label: "24 Std." },
  { window: "7d", label: "7 Tage" },
];

const SHOWN: Record<MostReadWindow, string> = {
  "1h": "die Aufrufe der letzten Stunde",
  "24h": "die Aufrufe der letzten 24 Stunden",
  "7d": "die Aufrufe der letzten 7 Tage",
  "30d": "die Aufrufe der letzten 30 Tage",
};

export const MOST_READ_ANCHOR = "beliebteste-artikel";

/**
 * "Beliebteste Artikel": server-rendered, so crawlers and readers without
 * JavaScript get it. The page carries every window's list; the switch is a
 * pair of links to them (`#beliebt-7d`), shown by CSS (`:target`, see
 * globals.css), so the page is the same for every reader and can be cached.
 */
export function MostRead({
  boxes,
  scope,
}: {
  /** One box per window, the default first. */
  boxes: MostReadBox[];
  /** e.g. "in Politik" on section pages */
  scope?: string;
}) {
  return (
    <aside id={MOST_READ_ANCHOR} aria-labelledby={`${MOST_READ_ANCHOR}-titel`} className="most-read rounded border border-rule p-5 print:hidden">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${MOST_READ_ANCHOR}-titel`} className="font-serif text-2xl font-bold">
          Beliebteste Artikel{scope && <span className="font-sans text-base font-normal text-muted"> {scope}</span>}
        </h2>
        <nav aria-label="Zeitraum der beliebtesten Artikel">
          <ul className="flex gap-3 text-sm">
            {SWITCH.map(({ window, label }) => (
              <li key={window}>
                <a href={`#${windowAnchor(window)}`} data-window={window} className="most-read-switch text-muted hover:text-brand hover:underline">
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {boxes.map((box) => (
        <section
          key={box.requested}
          id={windowAnchor(box.requested)}
          aria-label={`Meistgelesen ${WINDOW_PHRASE[box.requested]}`}
          data-default={box.requested === DEFAULT_WINDOW ? "" : undefined}
          className="most-read-window"
        >
          <p className="mt-2 text-sm font-semibold">{capitalize(WINDOW_PHRASE[box.requested])}</p>
          {box.newest ? (
            <p className="mt-1 text-sm text-muted">Noch keine Aufrufe gezählt – hier die neuesten Artikel.</p>
          ) : (
            box.fellBack && (
              <p className="mt-1 text-sm text-muted">
                {capitalize(WINDOW_PHRASE[box.requested])} gab es noch zu wenige Aufrufe; gezeigt werden {SHOWN[box.shown]}.
              </p>
            )
          )}
          <ol className="mt-3 divide-y divide-rule">
            {box.items.map((item, index) => (
              <li key={item.articleId} className="flex gap-4 py-3">
                <span className="w-8 shrink-0 text-right font-serif text-3xl font-bold leading-none text-accent">{index + 1}</span>
                <div>
                  {item.kicker && <p className="text-sm font-semibold text-accent">{item.kicker}</p>}
                  <Link href={item.path} className="font-serif text-lg font-bold leading-snug hover:underline">
                    {item.title}
                  </Link>
                </div>
              </li>
            ))}
          </ol>
          <p className="mt-3 text-xs text-muted">Stand: {formatTime(box.asOf)}</p>
        </section>
      ))}
    </aside>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The box with the whole site's lists, read where it is rendered (the shared piece, or inline without the front). */
export async function SiteMostRead() {
  return <MostRead boxes={await getMostReadBoxes()} />;
}

/** The box with one section's lists. */
export async function SectionMostRead({ section }: { section: { id: number; name: string } }) {
  return <MostRead boxes={await getMostReadBoxes({ sectionId: section.id })} scope={`in ${section.name}`} />;
}
