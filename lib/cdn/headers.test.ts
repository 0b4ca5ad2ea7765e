import { describe, expect, it } from "vitest";
import { CDN_TAG_HEADERS, cdnTagHeaders } from ".";

const none = { varnishUrls: [], fastly: null, cloudflare: null };
const all = { varnishUrls: ["http://127.0.0.1:6081"], fastly: { serviceId: "s", apiToken: "t" }, cloudflare: { zoneId: "z", apiToken: "t" } };

describe("cdnTagHeaders", () => {
  it("writes each configured CDN's header in its own format", () => {
    expect(cdnTagHeaders(["front", "article:12", "section:politik", "front"], all)).toEqual({
      xkey: ["front article:12 section:politik"],
      "Surrogate-Key": ["front article:12 section:politik"],
      "Cache-Tag": ["front,article:12,section:politik"],
    });
    expect(CDN_TAG_HEADERS).toEqual({ varnish: "xkey", fastly: "Surrogate-Key", cloudflare: "Cache-Tag" });
  });

  it("writes only the headers of the CDNs configured, and none without one", () => {
    expect(Object.keys(cdnTagHeaders(["front"], { ...none, varnishUrls: ["http://v:6081"] }))).toEqual(["xkey"]);
    expect(Object.keys(cdnTagHeaders(["front"], { ...none, cloudflare: all.cloudflare }))).toEqual(["Cache-Tag"]);
    expect(cdnTagHeaders(["front"], none)).toEqual({});
    expect(cdnTagHeaders([], all)).toEqual({});
  });

  it("encodes tags as the purge does, and splits a long xkey over several lines", () => {
    expect(cdnTagHeaders(["tag:über uns"], all)["Cache-Tag"]).toEqual(["tag%3A%C3%BCber%20uns"]);
    const many = Array.from({ length: 400 }, (_, i) => `article:${100_000 + i}`);
    const lines = cdnTagHeaders(many, all).xkey;
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => line.length <= 4_000)).toBe(true);
    expect(lines.join(" ").split(" ")).toEqual(many);
  });
});
