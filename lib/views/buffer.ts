/**
 * The in-memory view buffer: counts per (article, UTC hour) that a timer
 * writes to the database every few seconds in one statement. Kept free of
 * Next and database imports so tests and scripts can drive it directly.
 */

export const HOUR_MS = 3_600_000;

export type ViewCount = { articleId: number; /** start of the UTC hour, epoch ms */ hour: number; views: number };

/** Writes one batch in ONE statement; throws when the batch was not written. */
export type WriteViewCounts = (rows: ViewCount[]) => Promise<void>;

export type ViewBufferOptions = {
  write: WriteViewCounts;
  /** Distinct (article, hour) keys held at most, including a batch being written. */
  maxKeys?: number;
  flushIntervalMs?: number;
  /** Longest wait between retries after failed writes. */
  maxBackoffMs?: number;
  log?: (message: string) => void;
};

export type ViewBufferStats = {
  accepted: number;
  written: number;
  dropped: number;
  pending: number;
  flushes: number;
  failedFlushes: number;
};

export type AddResult = "buffered" | "dropped";

export function hourOf(at: number): number {
  return Math.floor(at / HOUR_MS) * HOUR_MS;
}

export class ViewBuffer {
  private counts = new Map<string, ViewCount>();
  private inFlight: Map<string, ViewCount> | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private consecutiveFailures = 0;
  private droppedSinceReport = 0;
  private readonly write: WriteViewCounts;
  private readonly maxKeys: number;
  private readonly flushIntervalMs: number;
  private readonly maxBackoffMs: number;
  private readonly log: (message: string) => void;
  readonly stats: Omit<ViewBufferStats, "pending"> = { accepted: 0, written: 0, dropped: 0, flushes: 0, failedFlushes: 0 };

  constructor(options: ViewBufferOptions) {
    this.write = options.write;
    this.maxKeys = options.maxKeys ?? 100_000;
    this.flushIntervalMs = options.flushIntervalMs ?? 3_000;
    this.maxBackoffMs = options.maxBackoffMs ?? 60_000;
    this.log = options.log ?? ((message) => console.warn(message));
  }

  /** Views held in memory, not yet in the database. */
  get pending(): number {
    let sum = 0;
    for (const row of this.counts.values()) sum += row.views;
    if (this.inFlight) for (const row of this.inFlight.values()) sum += row.views;
    return sum;
  }

  snapshotStats(): ViewBufferStats {
    return { ...this.stats, pending: this.pending };
  }

  add(articleId: number, at = Date.now()): AddResult {
    const hour = hourOf(at);
    const key = `${articleId}:${hour}`;
    const row = this.counts.get(key);
    if (row) {
      row.views += 1;
    } else {
      // Bounded: a long database outage must not grow memory without limit.
      if (this.counts.size + (this.inFlight?.size ?? 0) >= this.maxKeys) {
        this.stats.dropped += 1;
        if (this.droppedSinceReport++ === 0) this.log(`[views] Puffer voll (${this.maxKeys} Einträge): Aufrufe werden verworfen.`);
        return "dropped";
      }
      this.counts.set(key, { articleId, hour, views: 1 });
    }
    this.stats.accepted += 1;
    return "buffered";
  }

  /**
   * Writes everything buffered so far. Flushes never overlap; a failed write
   * puts its counts back, so nothing accepted is lost. Resolves true when the
   * batch (if any) was written.
   */
  flush(): Promise<boolean> {
    const run = this.chain.then(() => this.flushOnce());
    this.chain = run.catch(() => undefined);
    return run;
  }

  private async flushOnce(): Promise<boolean> {
    if (this.droppedSinceReport > 0) {
      this.log(`[views] ${this.droppedSinceReport} Aufrufe verworfen (Puffer voll), insgesamt ${this.stats.dropped}.`);
      this.droppedSinceReport = 0;
    }
    if (this.counts.size === 0) return true;
    const batch = this.counts;
    this.counts = new Map();
    this.inFlight = batch;
    // A stable order keeps concurrent instances from locking rows in opposite orders.
    const rows = [...batch.values()].sort((a, b) => a.articleId - b.articleId || a.hour - b.hour);
    try {
      await this.write(rows);
      this.stats.flushes += 1;
      for (const row of rows) this.stats.written += row.views;
      this.consecutiveFailures = 0;
      return true;
    } catch (error) {
      this.stats.failedFlushes += 1;
      this.consecutiveFailures += 1;
      // Put the counts back, merged with whatever arrived meanwhile.
      for (const [key, row] of batch) {
        const newer = this.counts.get(key);
        if (newer) newer.views += row.views;
        else this.counts.set(key, row);
      }
      this.log(
        `[views] Schreiben fehlgeschlagen (${this.consecutiveFailures}. Mal, ${this.pending} Aufrufe bleiben im Puffer): ${
          error instanceof Error ? error.message.split("\n")[0] : String(error)
        }`,
      );
      return false;
    } finally {
      this.inFlight = null;
    }
  }

  /** Delay before the next timed flush: the interval, or a growing backoff after failures. */
  nextDelay(): number {
    if (this.consecutiveFailures === 0) return this.flushIntervalMs;
    return Math.min(this.maxBackoffMs, this.flushIntervalMs * 2 ** Math.min(this.consecutiveFailures, 10));
  }

  /** Flushes on a timer. The timer never keeps the process alive. */
  start(): void {
    if (this.timer) return;
    const tick = () => {
      void this.flush().finally(() => {
        if (!this.timer) return;
        this.timer = setTimeout(tick, this.nextDelay());
        this.timer.unref();
      });
    };
    this.timer = setTimeout(tick, this.flushIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  get running(): boolean {
    return this.timer !== null;
  }

  /**
   * Final flush on shutdown: keeps trying (short pauses) until the buffer is
   * empty or the deadline passes, and leaves at the deadline even while a
   * write still hangs (a dead connection). Returns the views still unwritten
   * (a batch still in flight counts as unwritten).
   */
  async drain(deadlineMs = 8_000): Promise<number> {
    this.stop();
    const end = Date.now() + deadlineMs;
    for (let attempt = 0; ; attempt++) {
      const ok = await beforeDeadline(this.flush(), end);
      if (ok && this.pending === 0) return 0;
      if (Date.now() >= end) break;
      await new Promise((r) => setTimeout(r, Math.min(200 * 2 ** attempt, Math.max(0, end - Date.now()))));
    }
    const left = this.pending;
    if (left > 0) this.log(`[views] Beim Beenden konnten ${left} Aufrufe nicht geschrieben werden.`);
    return left;
  }
}

/** The flush's result, or false when the deadline comes first (the flush goes on unwatched). */
function beforeDeadline(flush: Promise<boolean>, end: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, end - Date.now()));
  });
  return Promise.race([flush, deadline]).finally(() => clearTimeout(timer));
}
