import { describe, expect, it } from "vitest";
import { RenderLimiter, RenderRefused } from "./render-limiter";

describe("the render limiter", () => {
  it("starts a render of a page readers already had before the first visits queued ahead of it", async () => {
    const limiter = new RenderLimiter({ concurrency: 1, maxQueue: 10, maxWaitMs: 5_000 });
    const started: string[] = [];
    let release = () => {};
    const busy = limiter.run(() => new Promise<void>((resolve) => (release = resolve)));
    const task = (name: string) => async () => void started.push(name);
    const queued = [
      limiter.run(task("Erstaufruf 1")),
      limiter.run(task("Erstaufruf 2")),
      limiter.run(task("Startseite, abgelaufen"), { first: true }),
      limiter.run(task("Erstaufruf 3")),
    ];
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await Promise.all([busy, ...queued]);
    expect(started).toEqual(["Startseite, abgelaufen", "Erstaufruf 1", "Erstaufruf 2", "Erstaufruf 3"]);
  });

  it("refuses at once past its queue, and after the longest wait", async () => {
    const limiter = new RenderLimiter({ concurrency: 1, maxQueue: 1, maxWaitMs: 50 });
    let release = () => {};
    const busy = limiter.run(() => new Promise<void>((resolve) => (release = resolve)));
    const waiting = limiter.run(async () => "spät");
    await expect(limiter.run(async () => "zu viel")).rejects.toBeInstanceOf(RenderRefused);
    await expect(waiting).rejects.toBeInstanceOf(RenderRefused);
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await busy;
    expect(limiter.refused).toBe(2);
  });
});
