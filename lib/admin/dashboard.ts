import "server-only";
import { db } from "../db";
import type { CurrentUser } from "../auth/session";
import { queryArticleViews, queryDashboard, type ArticleViews, type Dashboard, type DashboardScope } from "../popularity/dashboard";

/** Authors see their own articles' figures; editors and admins see all. */
export function dashboardScope(user: CurrentUser): DashboardScope {
  return user.role === "AUTHOR" ? { authorUserId: user.id } : {};
}

/**
 * The newsroom's dashboard for this user, as of now. Never cached: the page
 * refreshes itself every minute and must show the latest flush.
 */
export async function getDashboard(user: CurrentUser): Promise<Dashboard> {
  return queryDashboard(db, { now: new Date(), scope: dashboardScope(user) });
}

/** One article's views per hour since publication (at most 30 days) and its total; the caller checks canEdit(). */
export async function getArticleViews(articleId: number): Promise<ArticleViews | null> {
  return queryArticleViews(db, { articleId, now: new Date() });
}
