import { PictureError, messages } from "./errors";

/**
 * One picture is processed at a time per process: a 24-megapixel photo takes
 * seconds and a few hundred MB while it is decoded, and two at once only make
 * both slower and double the memory. Further jobs wait in line; a long line
 * is refused with a German message instead of piling up.
 */
export class ProcessingQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  constructor(private readonly maxWaiting = 8) {}

  get length(): number {
    return this.waiting;
  }

  run<T>(job: () => Promise<T>): Promise<T> {
    if (this.waiting >= this.maxWaiting) return Promise.reject(new PictureError(messages.busy, 503));
    this.waiting++;
    const result = this.tail.then(job, job);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    void this.tail.finally(() => this.waiting--);
    return result;
  }
}

export const processingQueue = new ProcessingQueue();
