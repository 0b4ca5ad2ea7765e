import { describe, expect, it } from "vitest";
import { parsePageParam, paths } from "./paths";

describe("parsePageParam", () => {
  it("reads plain positive integers", () => {
    expect(parsePageParam("2")).toBe(2);
    expect(parsePageParam("17")).toBe(17);
  });

  it("falls back to page 1 for anything malformed", () => {
    for (const value of [undefined, "", "abc", "-1", "0", "2.5", "1e3", " 2", "9999999", ["2", "3"]]) {
      expect(parsePageParam(value), String(value)).toBe(1);
    }
  });
});

describe("paths", () => {
  it("follows the URL contract", () => {
    expect(paths.section("politik")).toBe("/politik");
    expect(paths.section("politik", 2)).toBe("/politik?seite=2");
    expect(paths.article("politik", "ein-artikel")).toBe("/politik/ein-artikel");
    expect(paths.author("lena-hartmann")).toBe("/autor/lena-hartmann");
    expect(paths.topic("bundestag")).toBe("/thema/bundestag");
    expect(paths.search("Rente & Steuern")).toBe("/suche?q=Rente%20%26%20Steuern");
  });
});
