import type { Prisma } from "../../lib/db/generated/prisma/client";
import { rebuildViewWindows } from "../../lib/views/windows";

const HOUR = 3_600_000;

/** At most this many seeded views per article and hour (tests rely on it to outrank the seed). */
export const SEED_MAX_HOURLY_VIEWS = 20;

/** Roughly how many views the demo history holds. */
export const SEED_TOTAL_VIEWS = 4_000;

const HISTORY_DAYS = 7;

// Deterministic, so every fresh start looks alike.
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Readers by hour of day (Berlin, roughly): quiet at night, peaks morning and evening. */
function diurnal(hourStart: number): number {
  const h = (new Date(hourStart).getUTCHours() + 1) % 24;
  if (h < 6) return 0.2;
  if (h < 9) return 1.2;
  if (h < 17) return 0.9;
  if (h < 22) return 1.3;
  return 0.5;
}

/**
 * A plausible week of readership for the demo articles: a few articles draw
 * most readers (a long tail), interest fades over the days after publishing,
 * nights are quiet. Hours end before the current one, so live counts add on top.
 * Writes hourly rows, the matching article totals and the ranking windows.
 */
export async function seedViewHistory(
  tx: Prisma.TransactionClient,
  articles: { id: number; publishedAt: Date }[],
  now = new Date(),
): Promise<number> {
  const random = mulberry32(20261125);
  const currentHour = Math.floor(now.getTime() / HOUR) * HOUR;
  const firstHour = currentHour - HISTORY_DAYS * 24 * HOUR;
  const order = articles.map((a) => ({ a, r: random() })).sort((x, y) => x.r - y.r).map((x) => x.a);
  const weights = order.map((_, rank) => 1 / (rank + 1) ** 0.8);
  const weightSum = weights.reduce((s, w) => s + w, 0);

  const rows: { articleId: number; hour: Date; views: number }[] = [];
  const totals = new Map<number, number>();
  order.forEach((article, rank) => {
    const start = Math.max(firstHour, Math.ceil(article.publishedAt.getTime() / HOUR) * HOUR);
    const hours: number[] = [];
    const chances: number[] = [];
    for (let hour = start; hour < currentHour; hour += HOUR) {
      hours.push(hour);
      chances.push(Math.exp(-(hour - article.publishedAt.getTime()) / (48 * HOUR)) * diurnal(hour));
    }
    if (hours.length === 0) return;
    const chanceSum = chances.reduce((s, c) => s + c, 0);
    const perHour = new Array<number>(hours.length).fill(0);
    const views = Math.round((SEED_TOTAL_VIEWS * weights[rank]) / weightSum);
    for (let v = 0; v < views; v++) {
      let pick = random() * chanceSum;
      let i = 0;
      while (i < hours.length - 1 && (pick -= chances[i]) > 0) i++;
      if (perHour[i] < SEED_MAX_HOURLY_VIEWS) perHour[i]++;
    }
    perHour.forEach((count, i) => {
      if (count > 0) rows.push({ articleId: article.id, hour: new Date(hours[i]), views: count });
    });
    totals.set(article.id, perHour.reduce((s, c) => s + c, 0));
  });

  await tx.articleViewHourly.createMany({ data: rows });
  for (const [id, total] of totals) {
    if (total > 0) await tx.article.update({ where: { id }, data: { totalViews: total } });
  }
  await rebuildViewWindows(tx, now);
  return rows.reduce((s, r) => s + r.views, 0);
}
