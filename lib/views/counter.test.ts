import { describe, expect, it } from "vitest";
import { ViewBuffer } from "./buffer";
import { ViewCounter, type Reader } from "./tracking";
import { VisibleArticles } from "./visible";
import { REPEAT_WINDOW_MS, VisitorLog } from "./visitor";

const FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
const reader = (name: string): Reader => ({ userAgent: `${FIREFOX} ${name}/1.0`, address: "203.0.113.7" });

function counter(maxKeys = 100) {
  const written: number[] = [];
  const buffer = new ViewBuffer({ write: async (rows) => void written.push(...rows.map((r) => r.views)), maxKeys, log: () => {} });
  const articles = new VisibleArticles(async () => new Map([[1, 0], [2, 0]]));
  return { counter: new ViewCounter(buffer, new VisitorLog(), articles), buffer, written };
}

describe("ViewCounter", () => {
  it("counts a view the full buffer refused when the reader sends it again", async () => {
    const { counter: views, buffer } = counter(1);
    const t = Date.UTC(2026, 11, 1, 12);
    expect(await views.record(1, reader("Anna"), t)).toBe("counted");
    // One article-hour fills this buffer: the next article is refused (503).
    expect(await views.record(2, reader("Bernd"), t)).toBe("dropped");
    await buffer.flush();
    // The retry after Retry-After is the first counted view, not a repeat.
    expect(await views.record(2, reader("Bernd"), t + 5_000)).toBe("counted");
    expect(await views.record(2, reader("Bernd"), t + 10_000)).toBe("repeat");
  });

  it("counts a repeat across UTC midnight once (the daily salt changes)", async () => {
    const { counter: views } = counter();
    const midnight = Date.UTC(2026, 11, 2);
    expect(await views.record(1, reader("Nachteule"), midnight - 10 * 60_000)).toBe("counted");
    expect(await views.record(1, reader("Nachteule"), midnight + 10 * 60_000)).toBe("repeat");
    expect(await views.record(1, reader("Frühaufsteher"), midnight + 5 * 60_000)).toBe("counted");
    // The window still ends 30 minutes after the counted view.
    expect(await views.record(1, reader("Nachteule"), midnight - 10 * 60_000 + REPEAT_WINDOW_MS)).toBe("counted");
    expect(await views.record(1, reader("Nachteule"), midnight + 25 * 60_000)).toBe("repeat");
  });
});
