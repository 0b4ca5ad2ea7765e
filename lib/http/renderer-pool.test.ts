import { describe, expect, it } from "vitest";
import { RendererPool } from "./renderer-pool";

function member(name: string, port: number | null = 1) {
  return { name, currentPort: port, port() { return this.currentPort; } };
}

describe("RendererPool", () => {
  it("sends each request to the member with the fewest under way, taking turns on a tie", () => {
    const a = member("a");
    const b = member("b");
    const pool = new RendererPool([a, b]);
    const first = pool.take();
    const second = pool.take();
    expect(new Set([first.member, second.member])).toEqual(new Set([a, b]));
    first.done();
    // The one that finished is free again; the other still has one under way.
    expect(pool.take().member).toBe(first.member);
    expect(pool.load(a) + pool.load(b)).toBe(2);
  });

  it("counts a lease once, however often done is called", () => {
    const a = member("a");
    const pool = new RendererPool([a]);
    const lease = pool.take();
    pool.take();
    lease.done();
    lease.done();
    expect(pool.load(a)).toBe(1);
  });

  it("passes over a member that is restarting, and uses the fallback when none is up", () => {
    const a = member("a", null);
    const b = member("b");
    const newsroom = member("newsroom");
    const pool = new RendererPool([a, b], [newsroom]);
    for (let i = 0; i < 4; i++) expect(pool.take().member).toBe(b);
    b.currentPort = null;
    expect(pool.take().member).toBe(newsroom);
    newsroom.currentPort = null;
    // Nothing is up: the first member, whose missing port gives the 503.
    expect(pool.take().member).toBe(a);
  });

  it("counts a request run through use until it settles, also when it fails", async () => {
    const a = member("a");
    const b = member("b");
    const pool = new RendererPool([a, b]);
    let release!: () => void;
    const held = pool.use(() => new Promise<void>((resolve) => (release = resolve)));
    await expect(pool.use(() => Promise.reject(new Error("kaputt")))).rejects.toThrow("kaputt");
    expect(pool.load(a) + pool.load(b)).toBe(1);
    release();
    await held;
    expect(pool.load(a) + pool.load(b)).toBe(0);
  });
});
