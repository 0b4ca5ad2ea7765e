/** Thrown when a render is refused: the queue is full, or it waited too long. */
export class RenderRefused extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = "RenderRefused";
  }
}

export type RenderLimiterOptions = {
  /** Renders at once; more only make each one slower on a small machine. */
  concurrency: number;
  /** Renders waiting for a slot; beyond that a request is refused at once. */
  maxQueue: number;
  /** Longest wait for a slot before the request is refused. */
  maxWaitMs: number;
};

/**
 * Bounds the work the server takes on: a few renders at a time, a short queue,
 * and a quick refusal past it, instead of a queue without bound in which every
 * request ends up timing out.
 */
export class RenderLimiter {
  private running = 0;
  private readonly queue: { start: () => void; timer: NodeJS.Timeout }[] = [];
  refused = 0;

  constructor(private readonly options: RenderLimiterOptions) {}

  get load(): { running: number; queued: number } {
    return { running: this.running, queued: this.queue.length };
  }

  /**
   * Runs `task` in a slot. `first`: it goes to the head of the queue (a page
   * readers already had and a write expired: many readers wait for that one
   * render, while a first visit of the archive's tail has one).
   */
  async run<T>(task: () => Promise<T>, { first = false }: { first?: boolean } = {}): Promise<T> {
    await this.acquire(first);
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(first: boolean): Promise<void> {
    if (this.running < this.options.concurrency) {
      this.running++;
      return Promise.resolve();
    }
    if (this.queue.length >= this.options.maxQueue) {
      this.refused++;
      return Promise.reject(new RenderRefused("queue full"));
    }
    return new Promise<void>((resolve, reject) => {
      const waiter = {
        start: () => {
          clearTimeout(waiter.timer);
          this.running++;
          resolve();
        },
        timer: setTimeout(() => {
          const index = this.queue.indexOf(waiter);
          if (index !== -1) this.queue.splice(index, 1);
          this.refused++;
          reject(new RenderRefused("waited too long"));
        }, this.options.maxWaitMs),
      };
      if (first) this.queue.unshift(waiter);
      else this.queue.push(waiter);
    });
  }

  private release(): void {
    this.running--;
    this.queue.shift()?.start();
  }
}
