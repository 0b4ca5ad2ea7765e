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
    expect(channel.description).toBe("Alles über <Geld>");
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
    // Characters XML forbids are dropped, everything else survives.
    expect(parsed.description).toBe(`Teaser mit <b>Markup</b> & "Zitaten"`);
    expect(parsed["dc:creator"]).toBe("Lena Hartmann, Jonas Weber");
    expect(parsed.category).toEqual(["Wirtschaft", "Mieten", "Köln & Umland"]);
    expect(xml).not.toContain("</script>");
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
