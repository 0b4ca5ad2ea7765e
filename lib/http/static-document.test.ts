import { describe, expect, it } from "vitest";
import { documentBody, withoutClientRuntime } from "./static-document";

const page = (body: string, head = "") =>
  `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"/>` +
  `<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>` +
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>` +
  `<link rel="modulepreload" href="/_next/static/chunks/m.js"/>` +
  `<link rel="preload" href="/fonts/serif.woff2" as="font" type="font/woff2" crossorigin=""/>` +
  `<script src="/_next/static/chunks/main.js" async=""></script>` +
  `<script src="/beacon.js" async=""></script>${head}</head><body>${body}` +
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script>` +
  `<script>self.__next_f.push([1,"1:\\u003c/script\\u003e tricky"])</script>` +
  `<script type="application/ld+json">{"@type":"NewsArticle","headline":"A \\u003c B"}</script>` +
  `</body></html>`;

describe("reader pages as documents", () => {
  it("drops Next's scripts and script preloads, keeps styles, fonts, JSON-LD and the beacon", () => {
    const out = withoutClientRuntime(page("<main><h1>Schlagzeile</h1></main>"))!;
    expect(out).not.toContain("main.js");
    expect(out).not.toContain("webpack.js");
    expect(out).not.toContain("m.js");
    expect(out).not.toContain("__next_f");
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(out).toContain("serif.woff2");
    expect(out).toContain('<script src="/beacon.js" async=""></script>');
    expect(out).toContain('<script type="application/ld+json">{"@type":"NewsArticle","headline":"A \\u003c B"}</script>');
    expect(out).toContain("<main><h1>Schlagzeile</h1></main>");
    expect(out.match(/<script/g)).toHaveLength(2);
  });

  it("keeps a running Liveticker's update script, and no other script by that name pattern", () => {
    const out = withoutClientRuntime(
      page('<main><script src="/liveticker.js" async=""></script><script src="/liveticker.js.evil" async=""></script></main>'),
    )!;
    expect(out).toContain('<script src="/liveticker.js" async=""></script>');
    expect(out).not.toContain("liveticker.js.evil");
  });

  it("leaves a page alone whose streamed parts still wait for a script", () => {
    const streamed = page('<main><template id="B:0"></template>Laden …</main><div hidden id="S:0"><p>Text</p></div>');
    expect(withoutClientRuntime(streamed)).toBeNull();
    expect(withoutClientRuntime(page("").replace("<html ", '<html id="__next_error__" '))).toBeNull();
    expect(documentBody("text/html; charset=utf-8", Buffer.from(streamed)).toString()).toBe(streamed);
  });

  it("changes only complete HTML documents", () => {
    const json = Buffer.from('{"a":"<script>x</script>"}');
    expect(documentBody("application/json", json)).toBe(json);
    expect(withoutClientRuntime("<p>kein Dokument</p><script>x()</script>")).toBeNull();
    const html = documentBody("text/html; charset=utf-8", Buffer.from(page("<p>ä ö ü ß</p>")));
    expect(html.toString("utf8")).toContain("<p>ä ö ü ß</p>");
  });
});
