import { describe, expect, it, vi } from "vitest";
import { HOUR_MS, ViewBuffer, type ViewCount } from "./buffer";

const t0 = Date.UTC(2026, 10, 25, 10, 15);

describe("view buffer", () => {
  it("sums views per article and hour and writes them in one call", async () => {
    const batches: ViewCount[][] = [];
    const buffer = new ViewBuffer({ write: async (rows) => void batches.push(rows) });
    buffer.add(2, t0);
    buffer.add(1, t0);
    buffer.add(1, t0 + 60_000);
    buffer.add(1, t0 + HOUR_MS);
    expect(buffer.pending).toBe(4);
    expect(await buffer.flush()).toBe(true);
    const hour = Date.UTC(2026, 10, 25, 10);
    expect(batches).toEqual([
      [
        { articleId: 1, hour, views: 2 },
        { articleId: 1, hour: hour + HOUR_MS, views: 1 },
        { articleId: 2, hour, views: 1 },
      ],
    ]);
    expect(buffer.pending).toBe(0);
    expect(buffer.snapshotStats()).toMatchObject({ accepted: 4, written: 4, flushes: 1 });
  });

  it("keeps the counts of a failed write, merged with newer ones, and backs off", async () => {
    let fail = true;
    const written: ViewCount[] = [];
    const log = vi.fn();
    const buffer = new ViewBuffer({
      write: async (rows) => {
        if (fail) throw new Error("connection refused");
        written.push(...rows);
      },
      flushIntervalMs: 1000,
      log,
    });
    buffer.add(1, t0);
    buffer.add(1, t0);
    expect(await buffer.flush()).toBe(false);
    expect(buffer.pending).toBe(2);
    expect(buffer.nextDelay()).toBe(2000);
    expect(await buffer.flush()).toBe(false);
    expect(buffer.nextDelay()).toBe(4000);
    buffer.add(1, t0);
    fail = false;
    expect(await buffer.flush()).toBe(true);
    expect(written).toEqual([{ articleId: 1, hour: Date.UTC(2026, 10, 25, 10), views: 3 }]);
    expect(buffer.nextDelay()).toBe(1000);
    expect(log).toHaveBeenCalledWith(expect.stringContaining("connection refused"));
  });

  it("is bounded: new keys beyond the cap are dropped, counted and logged", async () => {
    const log = vi.fn();
    const buffer = new ViewBuffer({ write: async () => {}, maxKeys: 2, log });
    expect(buffer.add(1, t0)).toBe("buffered");
    expect(buffer.add(2, t0)).toBe("buffered");
    expect(buffer.add(3, t0)).toBe("dropped");
    expect(buffer.add(3, t0)).toBe("dropped");
    // Existing keys still count.
    expect(buffer.add(1, t0)).toBe("buffered");
    expect(buffer.snapshotStats()).toMatchObject({ accepted: 3, dropped: 2, pending: 3 });
    expect(log).toHaveBeenCalledTimes(1);
    await buffer.flush();
    expect(log).toHaveBeenLastCalledWith(expect.stringContaining("2 Aufrufe verworfen"));
  });

  it("leaves the shutdown drain at its deadline even when a write hangs", async () => {
    const buffer = new ViewBuffer({ write: () => new Promise<void>(() => {}), log: () => {} });
    buffer.add(1, t0);
    buffer.add(2, t0);
    const started = Date.now();
    const left = await Promise.race([buffer.drain(200), new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), 2_000))]);
    expect(left).toBe(2);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("never runs two writes at once", async () => {
    let active = 0;
    let maxActive = 0;
    const buffer = new ViewBuffer({
      write: async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        await new Promise((r) => setTimeout(r, 10));
        active--;
      },
    });
    buffer.add(1, t0);
    const first = buffer.flush();
    buffer.add(2, t0);
    await Promise.all([first, buffer.flush()]);
    expect(maxActive).toBe(1);
    expect(buffer.pending).toBe(0);
  });
});
