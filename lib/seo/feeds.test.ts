import { describe, expect, it } from "vitest";
import { articleGuid, buildRssFeed, rfc822, type FeedItem } from "./feeds";
import { parseXml, textOf, type XmlNode } from "./xml-parse";

const nasty = `Mieten & Preise: "Grenze" <erreicht> – Köln's Größe 🏠 </script>`;

const item: FeedItem = {
  id: 7,
  title: nasty,
  url: "https://www.rundblick.example/wirtschaft/mieten-preise?x=1&y=2",
  teaser: `Teaser mit <b>Markup</b> & "Zitaten"\u0001`,
  publishedAt: new Date("2026-07-01T08:05:09Z"),
  authors: ["Lena Hartmann", "Jonas Weber"],
  section: "Wirtschaft",
  tags: ["Mieten", "Köln & Umland"],
};

const feedBase = {
  title: "Rundblick",
  link: "https://www.rundblick.example/",
  selfUrl: "https://www.rundblick.example/feed.xml",
  description: "",
  items: [],
};

/** What a feed reader's HTML parser makes of character references (the few escapeHtml writes, and numeric ones). */
function decodeHtml(html: string): string {
  return html.replace(/&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos);/gi, (_, ref: string) => {
    if (ref[0] === "#") return String.fromCodePoint(ref[1].toLowerCase() === "x" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[ref.toLowerCase()];
  });
}

function channelOf(xml: string): XmlNode {
  const doc = parseXml(xml);
  const rss = doc.rss as XmlNode;
  expect(rss["@_version"]).toBe("2.0");
  expect(rss["@_xmlns:dc"]).toBe("http://purl.org/dc/elements/1.1/");
  return rss.channel as XmlNode;
}

describe("buildRssFeed", () => {
  const xml = buildRssFeed({
    title: "Rundblick – Wirtschaft & Finanzen",
    link: "https://www.rundblick.example/wirtschaft",
    selfUrl: "https://www.rundblick.example/wirtschaft/feed.xml",
    description: "Alles über <Geld>",
    items: [item],
  });

  it("is well-formed RSS 2.0 with the channel elements", () => {
    const channel = channelOf(xml);
    expect(channel.title).toBe("Rundblick – Wirtschaft & Finanzen");
    expect(channel.link).toBe("https://www.rundblick.example/wirtschaft");
    expect(channel.description).toBe("Alles über &lt;Geld&gt;");
    expect(channel.language).toBe("de-DE");
    expect((channel["atom:link"] as XmlNode)["@_href"]).toBe("https://www.rundblick.example/wirtschaft/feed.xml");
    expect(channel.lastBuildDate).toBe("Wed, 01 Jul 2026 08:05:09 GMT");
  });

  it("round-trips special characters and has every item element", () => {
    const [parsed] = (channelOf(xml).item as XmlNode[]);
    expect(parsed.title).toBe(nasty);
    expect(parsed.link).toBe(item.url);
    expect(textOf(parsed.guid)).toBe("rundblick-artikel-7");
    expect((parsed.guid as XmlNode)["@_isPermaLink"]).toBe("false");
    expect(parsed.pubDate).toBe("Wed, 01 Jul 2026 08:05:09 GMT");
    // Characters XML forbids are dropped; the description is HTML to its reader, so the text arrives HTML-escaped.
    expect(parsed.description).toBe(`Teaser mit &lt;b&gt;Markup&lt;/b&gt; &amp; &quot;Zitaten&quot;`);
    expect(parsed["dc:creator"]).toBe("Lena Hartmann, Jonas Weber");
    expect(parsed.category).toEqual(["Wirtschaft", "Mieten", "Köln & Umland"]);
    expect(xml).not.toContain("</script>");
  });

  it("sends editors' text in <description> as text, never as live HTML", () => {
    const teaser = `a < b & c > d <script>alert(1)</script><img src=x onerror="alert('x')">`;
    const feedXml = buildRssFeed({ ...feedBase, description: "Über <i>uns</i>", items: [{ ...item, teaser }] });
    const channel = channelOf(feedXml);
    const [parsed] = channel.item as XmlNode[];
    // What the feed reader gets after XML parsing is HTML: it must hold no tag at all
    // and, decoded as HTML, be exactly the typed text.
    const html = parsed.description as string;
    expect(html).not.toMatch(/[<>]/);
    expect(decodeHtml(html)).toBe(teaser);
    expect(channel.description).not.toMatch(/[<>]/);
    expect(decodeHtml(channel.description as string)).toBe("Über <i>uns</i>");
    // Titles, categories and bylines are text to the reader: XML-escaped once, nothing more.
    expect(parsed.title).toBe(nasty);
  });

  it("is valid with no items", () => {
    const channel = channelOf(buildRssFeed({ title: "Leer", link: "https://x.example/", selfUrl: "https://x.example/feed.xml", description: "", items: [] }));
    expect(channel.item).toBeUndefined();
  });
});

describe("feed helpers", () => {
  it("formats RFC 822 dates in GMT", () => {
    expect(rfc822(new Date("2026-12-24T23:30:00+01:00"))).toBe("Thu, 24 Dec 2026 22:30:00 GMT");
    expect(rfc822(new Date("2026-01-05T00:00:00Z"))).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
  });

  it("bases the guid on the id, not the slug", () => {
    expect(articleGuid(123)).toBe("rundblick-artikel-123");
  });
});
