import { berlinHour, type HourlyPoint } from "@/lib/popularity/client-safe";

const number = new Intl.NumberFormat("de-DE");

/** The smallest 1, 2 or 5 times a power of ten at or above `max` (at least 1): the top of the scale. */
export function niceCeiling(max: number): number {
  if (max <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/** Which points get a label under the axis: every sixth Berlin hour on short series, Berlin midnights spaced out on long ones. */
export function axisLabels(points: HourlyPoint[]): { index: number; text: string }[] {
  const named = points.map((p) => berlinHour(p.hour.getTime()));
  if (points.length <= 72) {
    return named.flatMap((n, index) => (n.hour % 6 === 0 && (index === 0 || named[index - 1]!.hour !== n.hour) ? [{ index, text: n.hour === 0 ? n.day : `${String(n.hour).padStart(2, "0")}` }] : []));
  }
  const midnights = named.flatMap((n, index) => (n.hour === 0 && (index === 0 || named[index - 1]!.hour !== 0) ? [index] : []));
  const every = Math.max(1, Math.ceil(midnights.length / 8));
  return midnights.filter((_, i) => i % every === 0).map((index) => ({ index, text: named[index]!.day }));
}

const WIDTH = 640;
const LEFT = 48;
const RIGHT = 8;
const TOP = 18;
const BOTTOM = 22;

/**
 * Views per hour as server-rendered SVG: bars for up to three days, a line
 * with its area beyond. Readable without colour: one series per chart, the
 * scale and the peak written as numbers, the current (unfinished) hour
 * hatched, and a title and description for screen readers (the numbers
 * themselves are in a table beside it).
 */
export function HourlyChart({
  id,
  title,
  points,
  height = 180,
  explainCurrentHour = true,
}: {
  id: string;
  title: string;
  points: HourlyPoint[];
  height?: number;
  /** Say under the chart what the hatched bar is (once per page is enough). */
  explainCurrentHour?: boolean;
}) {
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = height - TOP - BOTTOM;
  const total = points.reduce((s, p) => s + p.views, 0);
  const peakIndex = points.reduce((best, p, i) => (p.views > points[best]!.views ? i : best), 0);
  const peak = points[peakIndex];
  const top = niceCeiling(peak?.views ?? 0);
  const step = points.length > 0 ? plotWidth / points.length : plotWidth;
  const x = (i: number) => LEFT + i * step;
  const y = (views: number) => TOP + plotHeight - (views / top) * plotHeight;
  const bars = points.length <= 72;
  const last = points.length - 1;
  const description =
    points.length === 0
      ? "Keine Stunden."
      : `${points.length} Stunden von ${points[0]!.label} bis ${points[last]!.label} (Berliner Zeit), zusammen ${number.format(total)} Aufrufe` +
        (peak && peak.views > 0 ? `; am meisten ${number.format(peak.views)} um ${peak.label}.` : ".");
  const line = points.map((p, i) => `${i === 0 ? "M" : "L"}${(x(i) + step / 2).toFixed(1)},${y(p.views).toFixed(1)}`).join(" ");
  return (
    <figure className="m-0">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby={`${id}-titel`}
        aria-describedby={`${id}-beschreibung`}
        className="h-auto w-full text-brand"
        data-chart={id}
      >
        <title id={`${id}-titel`}>{title}</title>
        <desc id={`${id}-beschreibung`}>{description}</desc>
        <defs>
          <pattern id={`${id}-laufend`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="4" height="4" className="fill-paper" />
            <line x1="0" y1="0" x2="0" y2="4" className="stroke-current" strokeWidth="2" />
          </pattern>
        </defs>
        {[0, top / 2, top].map((value) => (
          <g key={value} className="text-muted">
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(value)} y2={y(value)} className="stroke-rule" strokeWidth="1" />
            <text x={LEFT - 6} y={y(value) + 4} textAnchor="end" className="fill-muted text-[11px]">
              {number.format(value)}
            </text>
          </g>
        ))}
        {bars ? (
          points.map((p, i) =>
            p.views > 0 ? (
              <rect
                key={p.hour.getTime()}
                x={x(i) + (step > 4 ? 1 : 0)}
                y={y(p.views)}
                width={Math.max(1, step - (step > 4 ? 2 : 0))}
                height={Math.max(0.5, TOP + plotHeight - y(p.views))}
                fill={i === last ? `url(#${id}-laufend)` : undefined}
                className={i === last ? "stroke-current" : "fill-current"}
                strokeWidth={i === last ? 1 : undefined}
              />
            ) : null,
          )
        ) : (
          <>
            <path d={`${line} L${(x(last) + step / 2).toFixed(1)},${y(0)} L${(x(0) + step / 2).toFixed(1)},${y(0)} Z`} className="fill-current opacity-20" />
            <path d={line} className="stroke-current" fill="none" strokeWidth="1.5" />
          </>
        )}
        {peak && peak.views > 0 && (
          <text
            x={Math.min(Math.max(x(peakIndex) + step / 2, LEFT + 20), WIDTH - RIGHT - 20)}
            y={y(peak.views) - 5}
            textAnchor="middle"
            className="fill-ink text-[11px] font-semibold"
          >
            {number.format(peak.views)}
          </text>
        )}
        {axisLabels(points).map(({ index, text }) => (
          <text key={index} x={Math.min(Math.max(x(index) + step / 2, LEFT + 16), WIDTH - RIGHT - 16)} y={height - 6} textAnchor="middle" className="fill-muted text-[11px]">
            {text}
          </text>
        ))}
      </svg>
      {bars && explainCurrentHour && points.length > 0 && (
        <figcaption className="mt-1 text-xs text-muted">Schraffiert: die laufende Stunde, noch nicht vollständig.</figcaption>
      )}
    </figure>
  );
}

/** The numbers behind one or more series, hour by hour, in a table that opens on demand. */
export function HourlyTable({ caption, hours, columns }: { caption: string; hours: HourlyPoint[]; columns: { name: string; points: HourlyPoint[] }[] }) {
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer font-semibold text-brand">Zahlen als Tabelle</summary>
      <div className="mt-2 max-h-96 overflow-auto">
        <table className="w-full text-left tabular-nums">
          <caption className="sr-only">{caption}</caption>
          <thead className="sticky top-0 border-b border-rule bg-paper text-muted">
            <tr>
              <th scope="col" className="py-1 pr-3">Stunde (Berliner Zeit)</th>
              {columns.map((c) => (
                <th key={c.name} scope="col" className="py-1 pr-3 text-right">{c.name}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-rule">
            {hours.map((h, i) => (
              <tr key={h.hour.getTime()}>
                <th scope="row" className="py-1 pr-3 font-normal">{h.label}</th>
                {columns.map((c) => (
                  <td key={c.name} className="py-1 pr-3 text-right">{number.format(c.points[i]?.views ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
