import Link from "next/link";
import { formatTime } from "@/lib/dates";
import type { MostReadBox } from "@/lib/popularity";
import { WINDOW_PHRASE, type MostReadWindow } from "@/lib/popularity/rank";

/** The windows readers can switch between; the others are reachable by URL only. */
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
 * JavaScript get it; the window switch is a pair of plain links.
 */
export function MostRead({
  box,
  hrefFor,
  scope,
}: {
  box: MostReadBox;
  hrefFor: (window: MostReadWindow) => string;
  /** e.g. "in Politik" on section pages */
  scope?: string;
}) {
  return (
    <aside id={MOST_READ_ANCHOR} aria-labelledby={`${MOST_READ_ANCHOR}-titel`} className="rounded border border-rule p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${MOST_READ_ANCHOR}-titel`} className="font-serif text-2xl font-bold">
          Beliebteste Artikel{scope && <span className="font-sans text-base font-normal text-muted"> {scope}</span>}
        </h2>
        <nav aria-label="Zeitraum der beliebtesten Artikel">
          <ul className="flex gap-3 text-sm">
            {SWITCH.map(({ window, label }) => (
              <li key={window}>
                <Link
                  href={`${hrefFor(window)}#${MOST_READ_ANCHOR}`}
                  scroll={false}
                  aria-current={box.requested === window ? "true" : undefined}
                  className={
                    box.requested === window
                      ? "font-semibold text-brand underline underline-offset-4"
                      : "text-muted hover:text-brand hover:underline"
                  }
                >
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {box.newest ? (
        <p className="mt-2 text-sm text-muted">Noch keine Aufrufe gezählt – hier die neuesten Artikel.</p>
      ) : (
        box.fellBack && (
          <p className="mt-2 text-sm text-muted">
            {capitalize(WINDOW_PHRASE[box.requested])} gab es noch zu wenige Aufrufe; gezeigt werden {SHOWN[box.shown]}.
          </p>
        )
      )}
      <ol className="mt-4 divide-y divide-rule">
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
    </aside>
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
