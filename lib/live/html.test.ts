import { describe, expect, it } from "vitest";
import { entryHtml, tickerTopHtml } from "./html";
import type { LiveEntryView } from "./types";

const entry = (overrides: Partial<LiveEntryView> = {}): LiveEntryView => ({
  id: 7,
  headline: "",
  bodyHtml: "<p>Text</p>",
  text: "Text",
  publishedAt: new Date("2026-12-07T17:42:00Z"),
  editedAt: null,
  authorName: "Lena Hartmann",
  picture: null,
  imageAlt: null,
  imageCredit: null,
  keyEvent: false,
  pinned: false,
  closing: false,
  ...overrides,
});

describe("an entry's markup", () => {
  it("has its permalink anchor, Berlin time, text and author", () => {
    const html = entryHtml(entry());
    expect(html).toContain('id="eintrag-7"');
    expect(html).toContain('href="#eintrag-7"');
    expect(html).toContain("7. Dezember 2026, 18:42 Uhr");
    expect(html).toContain('datetime="2026-12-07T17:42:00.000Z"');
    expect(html).toContain("<p>Text</p>");
    expect(html).toContain("Von Lena Hartmann");
    expect(html).not.toContain("Aktualisiert");
  });

  it("escapes headline and author, and says when it was updated", () => {
    const html = entryHtml(entry({ headline: '<script>alert("x")</script>', authorName: "A & B", editedAt: new Date("2026-12-07T18:00:00Z") }));
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("Von A &amp; B");
    expect(html).toContain("Aktualisiert <time");
  });

  it("shows a picture with its alt text and credit", () => {
    const html = entryHtml(entry({ picture: { hash: "a".repeat(32), width: 2000, height: 1000, focus: { x: 50, y: 50 } }, imageAlt: "Sturm \"Xaver\"", imageCredit: "dpa" }));
    expect(html).toContain('alt="Sturm &quot;Xaver&quot;"');
    expect(html).toContain("Foto: dpa");
    expect(html).toContain('type="image/avif"');
  });

  it("puts the pinned entry and 'Das Wichtigste' on top, under their own ids", () => {
    const html = tickerTopHtml(entry({ pinned: true }), [{ id: 3, label: "Waffenruhe <jetzt>", publishedAt: new Date("2026-12-07T10:00:00Z"), href: "?vor=4#eintrag-3" }]);
    expect(html).toContain('id="angeheftet-eintrag-7"');
    expect(html).toContain("Das Wichtigste");
    expect(html).toContain('href="?vor=4#eintrag-3"');
    expect(html).toContain("Waffenruhe &lt;jetzt&gt;");
    expect(tickerTopHtml(null, [])).toBe("");
  });
});
