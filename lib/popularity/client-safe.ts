// The plain half of popularity: the ranking windows, hourly series, the
// trending rule and the dashboard's shapes. No database, no "server-only",
// no Next: a client component may import it, and so may code that runs
// outside Next (bench/popular.ts renders components/admin's dashboard in
// plain Node). A declared client-safe entry (scripts/lint/); index.ts
// re-exports all of it.
export { ARTICLE_SERIES_MAX_HOURS, berlinHour, type HourlyPoint } from "./hourly-series";
export { DEFAULT_WINDOW, WINDOW_PHRASE, windowAnchor, type MostReadWindow } from "./rank";
export { trendComparison, trendingRule, type Trend } from "./trending";
export type { ArticleViews, Dashboard, DashboardArticle, TrendingArticle } from "./dashboard";
