import { PurgeFailed, cdnKey, type PurgeTarget } from "./target";

export interface PurgerOptions {
  /** Expiries within this window go out together (a save expires several tags at once, in several messages). */
  windowMs?: number;
  /** Waits before each retry; a call is tried once more than there are delays. */
  retryDelaysMs?: number[];
  log?: (message: string) => void;
}

/**
 * Sends every expiry to every purge target: tags are collected for a short
 * window and deduplicated, split into calls each target takes, and each call
 * is retried with growing waits when retrying may help. A purge that fails
 * in the end is logged (`[cdn] …`), never thrown: the editor's save has
 * happened, and the CDN's own lifetime (s-maxage) bounds what stays stale.
 */
export class CdnPurger {
  private readonly windowMs: number;
  private readonly retryDelaysMs: number[];
  private readonly log: (message: string) => void;
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    readonly targets: readonly PurgeTarget[],
    options: PurgerOptions = {},
  ) {
    this.windowMs = options.windowMs ?? 150;
    this.retryDelaysMs = options.retryDelaysMs ?? [250, 1_000, 3_000];
    this.log = options.log ?? ((message) => console.error(message));
  }

  /** Queues these tags for the next purge. */
  expire(tags: readonly string[]): void {
    if (this.targets.length === 0) return;
    for (const tag of tags) this.pending.add(cdnKey(tag));
    if (this.pending.size > 0 && !this.timer) {
      this.timer = setTimeout(() => void this.flush(), this.windowMs);
      this.timer.unref();
    }
  }

  /** Sends what is queued now; settles when those calls (and their retries) have. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const tags = [...this.pending];
    this.pending = new Set();
    if (tags.length === 0) return Promise.resolve();
    const sending = Promise.all(this.targets.flatMap((target) => batches(tags, target.maxTagsPerCall).map((batch) => this.send(target, batch)))).then(
      () => undefined,
    );
    this.inFlight.add(sending);
    void sending.finally(() => this.inFlight.delete(sending));
    return sending;
  }

  /** At shutdown: sends what is queued and waits for every call still under way. */
  async close(): Promise<void> {
    await this.flush();
    await Promise.all([...this.inFlight]);
  }

  private async send(target: PurgeTarget, tags: string[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await target.purge(tags);
        return;
      } catch (error) {
        const retryable = !(error instanceof PurgeFailed) || error.retryable;
        if (!retryable || attempt >= this.retryDelaysMs.length) {
          const reason = error instanceof Error ? error.message : String(error);
          const shown = tags.length > 10 ? `${tags.slice(0, 10).join(" ")} …` : tags.join(" ");
          this.log(`[cdn] ${target.name}: Purge von ${tags.length} Tag(s) nach ${attempt + 1} Versuch(en) fehlgeschlagen: ${reason} (${shown})`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, this.retryDelaysMs[attempt]));
      }
    }
  }
}

function batches(tags: string[], size: number): string[][] {
  const result: string[][] = [];
  for (let i = 0; i < tags.length; i += Math.max(1, size)) result.push(tags.slice(i, i + Math.max(1, size)));
  return result;
}
