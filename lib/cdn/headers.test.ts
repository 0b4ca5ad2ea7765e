import { describe, expect, it } from "vitest";
import { CDN_KEYS, CDN_TAG_HEADERS, cdnTagHeaders, purgeKeysFor } from ".";

const none = { varnishUrls: [], fastly: null, cloudflare: null };
const all = { varnishUrls: ["http://127.0.0.1:6081"], fastly: { serviceId: "s", apiToken: "t" }, cloudflare: { zoneId: "z", apiToken: "t" } };

describe("cdnTagHeaders", () => {
  it("writes each configured CDN's header in its own format", () => {
    expect(cdnTagHeaders(["front", "article:12", "section:politik", "front"], all)).toEqual({
      xkey: ["front article:12 section:politik all-pages"],
      "Surrogate-Key": ["front article:12 section:politik all-pages"],
      "Cache-Tag": ["front,article:12,section:politik,all-pages"],
    });
    expect(CDN_TAG_HEADERS).toEqual({ varnish: "xkey", fastly: "Surrogate-Key", cloudflare: "Cache-Tag" });
  });

  it("writes only the headers of the CDNs configured, and none without one", () => {
    expect(Object.keys(cdnTagHeaders(["front"], { ...none, varnishUrls: ["http://v:6081"] }))).toEqual(["xkey"]);
    expect(Object.keys(cdnTagHeaders(["front"], { ...none, cloudflare: all.cloudflare }))).toEqual(["Cache-Tag"]);
    expect(cdnTagHeaders(["front"], none)).toEqual({});
  });

  it("marks every page with all-pages, and a page of unknown tags with untagged-pages", () => {
    expect(cdnTagHeaders([], all).xkey).toEqual(["all-pages"]);
    expect(cdnTagHeaders(null, all).xkey).toEqual(["untagged-pages all-pages"]);
    expect(CDN_KEYS).toEqual({ allPages: "all-pages", untaggedPages: "untagged-pages" });
  });

  it("encodes tags as the purge does, and splits a long xkey over several lines", () => {
    expect(cdnTagHeaders(["tag:über uns"], all)["Cache-Tag"]).toEqual(["tag%3A%C3%BCber%20uns,all-pages"]);
    const many = Array.from({ length: 400 }, (_, i) => `article:${100_000 + i}`);
    const lines = cdnTagHeaders(many, all).xkey;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => line.length <= 4_000)).toBe(true);
    expect(lines.join(" ").split(" ")).toEqual([...many, "all-pages"]);
  });
});

describe("purgeKeysFor", () => {
  it("purges an expiry's tags and the pages of unknown tags, as our response cache drops them", () => {
    expect(purgeKeysFor(["article:12", "section:politik"])).toEqual(["article:12", "section:politik", "untagged-pages"]);
  });

  it("purges every page when the expiry says too little (\"*\" or Next's path tags)", () => {
    expect(purgeKeysFor(["*"])).toEqual(["all-pages"]);
    expect(purgeKeysFor(["front", "_N_T_/politik/page"])).toEqual(["all-pages"]);
  });

  it("purges nothing for the admin's own paths", () => {
    expect(purgeKeysFor(["_N_T_/admin/artikel", "_N_T_/admin"])).toEqual([]);
    expect(purgeKeysFor(["_N_T_/admin/artikel", "article:1"])).toEqual(["article:1", "untagged-pages"]);
  });
});
