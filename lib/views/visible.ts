/**
 * Which article ids may be counted, answered from memory: every published or
 * scheduled article with its publish time, reloaded in the background every
 * half minute. An unknown id triggers an early reload (at most one every few
 * seconds), so a just-published article is counted without letting made-up
 * ids hit the database on every request.
 */
export type VisibleArticleLoader = () => Promise<Map<number, number>>;

export class VisibleArticles {
  private publishTimes = new Map<number, number>();
  private loadedAt = -Infinity;
  private failedAt = -Infinity;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly load: VisibleArticleLoader,
    private readonly options: { maxAgeMs?: number; minReloadMs?: number } = {},
  ) {}

  /**
   * Answered from memory when the list is loaded, without a promise (this
   * runs for every beacon); a Promise only when the list must be (re)loaded
   * first.
   */
  visible(articleId: number, now = Date.now()): boolean | Promise<boolean> {
    const maxAge = this.options.maxAgeMs ?? 30_000;
    const minReload = this.options.minReloadMs ?? 5_000;
    if (this.loadedAt === -Infinity) {
      // Never loaded and the last try just failed (the database is down): no new try for every beacon.
      if (now - this.failedAt < minReload) return Promise.reject(new Error("Artikelliste nicht geladen"));
      return this.reload().then(() => this.lookup(articleId, now));
    }
    if (now - this.loadedAt > maxAge) void this.reload().catch(() => undefined);
    if (!this.publishTimes.has(articleId) && now - this.loadedAt > minReload) {
      return this.reload().then(() => this.lookup(articleId, now));
    }
    return this.lookup(articleId, now);
  }

  private lookup(articleId: number, now: number): boolean {
    const publishedAt = this.publishTimes.get(articleId);
    return publishedAt !== undefined && publishedAt <= now;
  }

  reload(): Promise<void> {
    this.loading ??= this.load()
      .then(
        (times) => {
          this.publishTimes = times;
          this.loadedAt = Date.now();
        },
        (error: unknown) => {
          this.failedAt = Date.now();
          throw error;
        },
      )
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }
}
