import { describe, expect, it } from "vitest";
import { acceptsEsi, assemble, assembledKey, isPiecePath, pieceFragment, withEsiIncludes } from "./esi";

describe("Edge Side Includes", () => {
  it("turns the renderer's placeholders into ESI includes and lists the pieces once each", () => {
    const page = '<main><template data-esi-include="/esi/beliebt"></template><p>x</p><template data-esi-include="/esi/beliebt"></template></main>';
    const { html, includes } = withEsiIncludes(page);
    expect(html).toBe('<main><esi:include src="/esi/beliebt"/><p>x</p><esi:include src="/esi/beliebt"/></main>');
    expect(includes).toEqual(["/esi/beliebt"]);
    expect(withEsiIncludes("<p>ohne</p>")).toEqual({ html: "<p>ohne</p>", includes: [] });
    // Only our own pieces: a placeholder pointing elsewhere stays as it is.
    expect(withEsiIncludes('<template data-esi-include="https://x.example/a"></template>').includes).toEqual([]);
  });

  it("keeps the fragment between a piece's markers", () => {
    const render = '<!DOCTYPE html><html><body><template data-esi-piece="start"></template><aside>Box</aside><template data-esi-piece="end"></template><script>x</script></body></html>';
    expect(pieceFragment(render)).toBe("<aside>Box</aside>");
    expect(pieceFragment("<html><body>kein Stück</body></html>")).toBeNull();
  });

  it("assembles a page from its pieces, leaving out a piece it does not have", () => {
    const html = '<a/><esi:include src="/esi/beliebt"/><b/><esi:include src="/esi/beliebt/politik"/>';
    expect(assemble(html, new Map([["/esi/beliebt", "<aside>Box</aside>"]]))).toBe("<a/><aside>Box</aside><b/>");
  });

  it("passes includes on only to a cache that says it assembles them", () => {
    expect(acceptsEsi({ "surrogate-capability": 'varnish="ESI/1.0"' })).toBe(true);
    expect(acceptsEsi({})).toBe(false);
    expect(isPiecePath("/esi/beliebt")).toBe(true);
    expect(isPiecePath("/politik")).toBe(false);
    expect(assembledKey("/politik")).not.toBe("/politik");
  });
});
