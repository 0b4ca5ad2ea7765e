/**
 * Whether the database answers, checked in the background by the server
 * process (scripts/server/server.ts), so a reader request never waits to find
 * out: while it is down, pages never seen answer 503 at once and cached
 * pages are served as they are. No `server-only` marker: runs outside Next.
 */
export type AvailabilityProbe = () => Promise<unknown>;

export type AvailabilityOptions = {
  intervalMs: number;
  /** A probe without an answer by then counts as failed. */
  timeoutMs: number;
  /** Failed probes in a row before the database counts as down: one slow answer (a cold connection, a busy moment) is not an outage. */
  failuresBeforeDown: number;
};

export class DatabaseAvailability {
  private up = true;
  private since = Date.now();
  private timer: NodeJS.Timeout | undefined;
  private lastReason = "";
  private failures = 0;
  private readonly downListeners = new Set<() => void>();

  constructor(
    private readonly probe: AvailabilityProbe,
    // A refused connection fails at once, so a stopped database is found
    // within about half a second (two probes); a slow answer counts as failed
    // only after 2 s, since a busy machine can take over a second to open a
    // connection.
    private readonly options: AvailabilityOptions = { intervalMs: 500, timeoutMs: 2_000, failuresBeforeDown: 2 },
  ) {}

  get isUp(): boolean {
    return this.up;
  }

  /** Calls the listener once when the database is found down (at once if it is); returns the function that cancels it. */
  onceDown(listener: () => void): () => void {
    if (!this.up) {
      listener();
      return () => undefined;
    }
    this.downListeners.add(listener);
    return () => this.downListeners.delete(listener);
  }

  start(): void {
    if (this.timer) return;
    const tick = async () => {
      await this.check();
      this.timer = setTimeout(tick, this.options.intervalMs);
      this.timer.unref();
    };
    void tick();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** One probe, given up after the timeout; logs each change of state once. */
  async check(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.probe(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`keine Antwort nach ${this.options.timeoutMs} ms`)), this.options.timeoutMs);
        }),
      ]);
      if (!this.up) console.log(`Datenbank wieder erreichbar (nach ${Math.round((Date.now() - this.since) / 1000)} s).`);
      this.failures = 0;
      this.set(true, "");
    } catch (error) {
      if (++this.failures < this.options.failuresBeforeDown) return this.up;
      const reason = error instanceof Error ? error.message.split("\n")[0]! : String(error);
      if (this.up || reason !== this.lastReason) console.error(`Datenbank nicht erreichbar: ${reason}`);
      this.set(false, reason);
    } finally {
      clearTimeout(timer);
    }
    return this.up;
  }

  private set(up: boolean, reason: string): void {
    if (up !== this.up) this.since = Date.now();
    this.up = up;
    this.lastReason = reason;
    if (up) return;
    const listeners = [...this.downListeners];
    this.downListeners.clear();
    for (const listener of listeners) listener();
  }
}
