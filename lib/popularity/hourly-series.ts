/**
 * Views per hour as a series for charts and tables, free of I/O. The buckets
 * are real UTC hours (Berlin's offset is whole hours, so they are Berlin's
 * hours too); an hour without a row is a zero, never a gap; labels are
 * Berlin wall time, with the zone where a label would otherwise repeat (the
 * night the clocks go back has two hours called 02:00).
 */
import { formatBerlinHour } from "../dates";

export const HOUR_MS = 3_600_000;
/** An article's own series goes back to its publication, at most this far (the hourly rows' retention). */
export const ARTICLE_SERIES_MAX_HOURS = 30 * 24;

export type HourlyPoint = {
  /** Start of the UTC hour. */
  hour: Date;
  /** "So., 25.10., 02:00", plus " MESZ"/" MEZ" when that wall time occurs twice in the series. */
  label: string;
  views: number;
};

/** Start of the UTC hour `at` falls in, in ms. */
export function hourStartMs(at: Date | number): number {
  const ms = typeof at === "number" ? at : at.getTime();
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}

/** The hour starts from `from`'s hour to `to`'s hour, both included. */
export function hoursBetween(from: Date | number, to: Date | number): number[] {
  const first = hourStartMs(from);
  const last = hourStartMs(to);
  const hours: number[] = [];
  for (let h = first; h <= last; h += HOUR_MS) hours.push(h);
  return hours;
}

const berlinHours = new Map<number, ReturnType<typeof formatBerlinHour>>();

/**
 * formatBerlinHour() for the start of a UTC hour, remembered: Intl's
 * formatting costs tens of microseconds, and every render names the same few
 * hundred hours in several series and charts.
 */
export function berlinHour(hour: number): ReturnType<typeof formatBerlinHour> {
  let parts = berlinHours.get(hour);
  if (!parts) {
    if (berlinHours.size >= 10_000) berlinHours.clear();
    parts = formatBerlinHour(new Date(hour));
    berlinHours.set(hour, parts);
  }
  return parts;
}

/** Berlin labels for the hours, each unique within the list. */
export function labelHours(hours: number[]): string[] {
  const named = hours.map(berlinHour);
  const seen = new Map<string, number>();
  for (const n of named) seen.set(n.label, (seen.get(n.label) ?? 0) + 1);
  return named.map((n) => ((seen.get(n.label) ?? 0) > 1 ? `${n.label} ${n.zone}` : n.label));
}

/**
 * One point per hour in `hours`, zero where no row has that hour; rows for
 * other hours are left out, rows for the same hour add up. Several series
 * over the same hours can share one labelHours().
 */
export function toHourlySeries(
  hours: number[],
  rows: { hour: Date | number; views: number }[],
  labels: string[] = labelHours(hours),
): HourlyPoint[] {
  const byHour = new Map<number, number>();
  for (const row of rows) {
    const h = hourStartMs(row.hour);
    byHour.set(h, (byHour.get(h) ?? 0) + Number(row.views));
  }
  return hours.map((h, i) => ({ hour: new Date(h), label: labels[i]!, views: byHour.get(h) ?? 0 }));
}

/** The sum of a series' views. */
export function seriesTotal(points: { views: number }[]): number {
  return points.reduce((sum, p) => sum + p.views, 0);
}
