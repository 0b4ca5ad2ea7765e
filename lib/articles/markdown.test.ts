import { describe, expect, it } from "vitest";
import { countWords, readingMinutes, renderMarkdown, subheadings } from "./markdown";

describe("renderMarkdown", () => {
  it("renders subheadings, lists, emphasis and quotes", () => {
    const html = renderMarkdown("Einleitung mit **Fettdruck**.\n\n## Erste Zwischenzeile\n\n- eins\n- zwei\n\n> Zitat\n");
    expect(html).toContain("<h2>Erste Zwischenzeile</h2>");
    expect(html).toContain("<strong>Fettdruck</strong>");
    expect(html).toContain("<li>eins</li>");
    expect(html).toContain("<blockquote>");
  });

  it("renders GFM tables", () => {
    expect(renderMarkdown("| a | b |\n|---|---|\n| 1 | 2 |")).toContain("<table>");
  });

  it("never lets a script element through", () => {
    const html = renderMarkdown('Text <script>alert("x")</script>\n\n<script>alert(1)</script>\n\n<div onclick="x()">y</div>');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/onclick/i);
    expect(html).not.toContain("<div");
  });

  it("drops javascript: and data: links but keeps their text", () => {
    const html = renderMarkdown("[klick](javascript:alert(1)) und [auch](JaVaScRiPt:alert(1)) und [daten](data:text/html,hi)");
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/data:/i);
    expect(html).toContain("klick");
  });

  it("keeps ordinary web links", () => {
    expect(renderMarkdown("[Rundblick](https://example.org/a)")).toContain('href="https://example.org/a"');
  });

  it("does not allow images with javascript sources", () => {
    expect(renderMarkdown("![x](javascript:alert(1))")).not.toMatch(/javascript:/i);
  });
});

describe("word counts", () => {
  it("counts visible words", () => {
    expect(countWords("## Titel\n\nEin kurzer Satz mit [Link](https://x.y).")).toBe(6);
  });

  it("gives at least one minute of reading time", () => {
    expect(readingMinutes("kurz")).toBe(1);
    expect(readingMinutes(Array(1000).fill("Wort").join(" "))).toBe(5);
  });

  it("lists ## subheadings", () => {
    expect(subheadings("## Eins\n\nText\n\n### nicht\n\n## Zwei ##\n")).toEqual(["Eins", "Zwei"]);
  });
});
