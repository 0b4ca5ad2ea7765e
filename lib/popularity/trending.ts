/**
 * "Im Kommen": the rule for articles whose readership is taking off, free of
 * I/O so it is unit-tested. The figures come from the ranking windows (the
 * same sums as the public "Beliebteste Artikel"): the last hour is the
 * one-hour window (the current hour so far and the full hour before it), and
 * the 23 hours before that are the 24-hour window minus the one-hour window.
 */
import { HOUR_MS, hourStartMs } from "./hourly-series";

/** Fewer views in the last hour than this is never "im Kommen": a handful of readers is noise. */
export const TRENDING_MIN_VIEWS = 20;
/** The last hour must have at least this many times what the article usually has in the same time. */
export const TRENDING_FACTOR = 3;
/** The hours before the last hour that set an article's usual rate. */
export const TRENDING_BASELINE_HOURS = 23;

/** Where the last hour starts: the full hour before the current one, as in the public ranking. */
export function lastHourStart(now: Date): Date {
  return new Date(hourStartMs(now) - HOUR_MS);
}

/** The rule in one sentence, for the dashboard. */
export function trendingRule(now: Date, clock: (date: Date) => string): string {
  return (
    `Im Kommen ist ein Artikel mit mindestens ${TRENDING_MIN_VIEWS} Aufrufen seit ${clock(lastHourStart(now))} Uhr, ` +
    `wenn das mindestens ${TRENDING_FACTOR}-mal so viele sind, wie er in derselben Zeitspanne im Schnitt der ` +
    `${TRENDING_BASELINE_HOURS} Stunden davor hatte (bei jüngeren Artikeln: seit Erscheinen).`
  );
}

export type TrendInput = {
  /** Views in the last hour (the one-hour window). */
  lastHour: number;
  /** Views in the 23 hours before it. */
  before: number;
  publishedAt: Date | null;
};

export type Trend = {
  /** How many of those 23 hours the article was out (an article published within the last hour: 0). */
  baselineHours: number;
  /** Its views per hour over those hours. */
  usualPerHour: number;
  /** What that rate gives over the span of the last hour (one to two hours, depending on the minute). */
  expected: number;
  /** Views in the last hour above what was expected: the order of the list. */
  excess: number;
  /** lastHour / expected; null when there is no earlier rate to compare with (a new article). */
  factor: number | null;
  trending: boolean;
};

export function trendOf({ lastHour, before, publishedAt }: TrendInput, now: Date): Trend {
  const recentStart = lastHourStart(now).getTime();
  const span = (now.getTime() - recentStart) / HOUR_MS;
  const baselineStart = recentStart - TRENDING_BASELINE_HOURS * HOUR_MS;
  const out = publishedAt ? Math.max(hourStartMs(publishedAt), baselineStart) : baselineStart;
  const baselineHours = Math.min(TRENDING_BASELINE_HOURS, Math.max(0, (recentStart - out) / HOUR_MS));
  const usualPerHour = baselineHours > 0 ? Math.max(0, before) / baselineHours : 0;
  const expected = usualPerHour * span;
  return {
    baselineHours,
    usualPerHour,
    expected,
    excess: lastHour - expected,
    factor: expected > 0 ? lastHour / expected : null,
    trending: lastHour >= TRENDING_MIN_VIEWS && lastHour >= TRENDING_FACTOR * expected,
  };
}

/** More extra readers first; then more views in the last hour; then the higher id. */
export function compareTrends(
  a: { articleId: number; lastHour: number; trend: Pick<Trend, "excess"> },
  b: { articleId: number; lastHour: number; trend: Pick<Trend, "excess"> },
): number {
  return b.trend.excess - a.trend.excess || b.lastHour - a.lastHour || b.articleId - a.articleId;
}

const wholeNumber = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("de-DE", { maximumFractionDigits: 1 });

/**
 * How the dashboard says what a rising article is compared with. An expected
 * count under one view reads as "sonst etwa 0" and makes the factor absurd
 * (4.024,2-mal), so such an article was simply hardly read before; factors
 * from ten on are whole numbers.
 */
export function trendComparison(trend: Pick<Trend, "baselineHours" | "factor" | "expected">): string {
  if (trend.baselineHours === 0) return "neu erschienen";
  if (trend.factor === null || Math.round(trend.expected) < 1) return "zuvor kaum gelesen";
  const times = trend.factor >= 10 ? wholeNumber.format(trend.factor) : oneDecimal.format(trend.factor);
  return `${times}-mal so viele wie üblich (sonst etwa ${wholeNumber.format(Math.round(trend.expected))})`;
}
