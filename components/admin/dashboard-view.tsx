import Link from "next/link";
import { formatClock } from "@/lib/dates";
import { trendComparison, trendingRule, type Dashboard, type DashboardArticle } from "@/lib/popularity/client-safe";
import { HourlyChart, HourlyTable } from "./hourly-chart";

const number = new Intl.NumberFormat("de-DE");

function views(count: number): string {
  return `${number.format(count)} ${count === 1 ? "Aufruf" : "Aufrufe"}`;
}

function ArticleLink({ article }: { article: Pick<DashboardArticle, "articleId" | "title"> }) {
  return (
    <Link href={`/admin/artikel/${article.articleId}`} className="font-semibold text-brand hover:underline">
      {article.title}
    </Link>
  );
}

function MostReadList({ id, title, hint, items }: { id: string; title: string; hint: string; items: DashboardArticle[] }) {
  return (
    <section aria-labelledby={id} className="rounded border border-rule p-4">
      <h3 id={id} className="font-serif text-xl font-bold">{title}</h3>
      <p className="text-xs text-muted">{hint}</p>
      {items.length === 0 ? (
        <p className="mt-3 text-sm text-muted">Keine Aufrufe in diesem Zeitraum.</p>
      ) : (
        <ol className="mt-3 space-y-2 text-sm">
          {items.map((item, i) => (
            <li key={item.articleId} className="flex gap-3">
              <span className="w-5 shrink-0 text-right font-semibold text-muted">{i + 1}.</span>
              <span className="min-w-0 flex-1">
                <ArticleLink article={item} />
                <span className="block text-xs text-muted">{item.sectionName}</span>
              </span>
              <span className="shrink-0 tabular-nums">{views(item.views)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The newsroom's dashboard: what is read now, what is rising, and views per hour. */
export function DashboardView({ dashboard, scopeLabel }: { dashboard: Dashboard; scopeLabel: string }) {
  const since = formatClock(dashboard.lastHourSince);
  const { site, siteTotal, sections } = dashboard.series;
  return (
    <div className="mt-6 space-y-10">
      <section aria-labelledby="meistgelesen">
        <h2 id="meistgelesen" className="font-serif text-2xl font-bold">Meistgelesen</h2>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <MostReadList id="letzte-stunde" title="Letzte Stunde" hint={`Seit ${since} Uhr (laufende und vorige volle Stunde, wie in der Rangliste der Website)`} items={dashboard.lastHour} />
          <MostReadList id="letzte-24-stunden" title="Letzte 24 Stunden" hint="Laufende Stunde und die 24 vollen Stunden davor" items={dashboard.lastDay} />
        </div>
      </section>

      <section aria-labelledby="im-kommen">
        <h2 id="im-kommen" className="font-serif text-2xl font-bold">Im Kommen</h2>
        <p className="mt-1 max-w-3xl text-sm text-muted">{trendingRule(dashboard.asOf, formatClock)}</p>
        {dashboard.trending.length === 0 ? (
          <p className="mt-3 text-sm">Gerade steigt kein Artikel auffällig.</p>
        ) : (
          <ol className="mt-3 space-y-2 text-sm">
            {dashboard.trending.map((item) => (
              <li key={item.articleId} className="rounded border border-rule px-3 py-2">
                <ArticleLink article={item} />
                <span className="ml-2 text-xs text-muted">{item.sectionName}</span>
                <span className="block tabular-nums">
                  <strong>{views(item.lastHour)}</strong> seit {since} Uhr · {trendComparison(item.trend)}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="pro-stunde">
        <h2 id="pro-stunde" className="font-serif text-2xl font-bold">Aufrufe pro Stunde, letzte 48 Stunden</h2>
        <p className="mt-1 text-sm text-muted">
          {scopeLabel}: {views(siteTotal)}. Stunden in Berliner Zeit; jede Säule ist eine Stunde.
        </p>
        <div className="mt-3">
          <HourlyChart id="chart-gesamt" title={`Aufrufe pro Stunde, ${scopeLabel}`} points={site} />
        </div>
        <h3 className="mt-6 font-serif text-xl font-bold">Nach Ressort</h3>
        <ul className="mt-3 grid gap-6 md:grid-cols-2">
          {sections.map((section) => (
            <li key={section.sectionId}>
              <h4 className="text-sm font-semibold">
                {section.name} <span className="font-normal text-muted">· {views(section.total)}</span>
              </h4>
              <HourlyChart id={`chart-ressort-${section.sectionId}`} title={`Aufrufe pro Stunde im Ressort ${section.name}`} points={section.points} height={130} explainCurrentHour={false} />
            </li>
          ))}
        </ul>
        <HourlyTable
          caption={`Aufrufe pro Stunde der letzten 48 Stunden: ${scopeLabel} und nach Ressort`}
          hours={site}
          columns={[{ name: scopeLabel, points: site }, ...sections.map((s) => ({ name: s.name, points: s.points }))]}
        />
      </section>
    </div>
  );
}
