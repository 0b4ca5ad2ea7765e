import { ARTICLE_SERIES_MAX_HOURS, type ArticleViews } from "@/lib/popularity/client-safe";
import { HourlyChart, HourlyTable } from "./hourly-chart";

const number = new Intl.NumberFormat("de-DE");

/** On the edit page: the article's views per hour since publication (at most 30 days) and its total. */
export function ArticleViewsSection({ views }: { views: ArticleViews }) {
  const { points, total, shownTotal } = views;
  const days = points.length > 0 ? Math.ceil(points.length / 24) : 0;
  return (
    <section aria-labelledby="aufrufe" className="mt-12">
      <h2 id="aufrufe" className="font-serif text-2xl font-bold">Aufrufe</h2>
      <p className="mt-1 text-sm">
        Insgesamt <strong className="tabular-nums">{number.format(total)}</strong> {total === 1 ? "Aufruf" : "Aufrufe"}
        {points.length > 0 && (
          <>
            ; davon {number.format(shownTotal)} in den {points.length === ARTICLE_SERIES_MAX_HOURS ? "letzten 30 Tagen" : `${number.format(points.length)} Stunden seit Erscheinen`}.
          </>
        )}
      </p>
      {points.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Noch nicht erschienen: der Verlauf beginnt mit der Veröffentlichung.</p>
      ) : (
        <>
          <div className="mt-3">
            <HourlyChart
              id="chart-artikel"
              title={`Aufrufe pro Stunde ${points.length === ARTICLE_SERIES_MAX_HOURS ? "der letzten 30 Tage" : "seit Erscheinen"}${days > 3 ? ` (${days} Tage)` : ""}`}
              points={points}
            />
          </div>
          <HourlyTable caption="Aufrufe dieses Artikels pro Stunde" hours={points} columns={[{ name: "Aufrufe", points }]} />
        </>
      )}
    </section>
  );
}
