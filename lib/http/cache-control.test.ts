import { describe, expect, it } from "vitest";
import { cacheControlFor, NO_STORE, READER_CACHE_CONTROL } from "./cache-control";

describe("cacheControlFor", () => {
  it("lets CDNs keep reader pages briefly", () => {
    for (const path of ["/", "/politik", "/politik/ein-artikel", "/autor/x", "/thema/y"]) {
      expect(cacheControlFor("GET", path)).toBe(READER_CACHE_CONTROL);
    }
  });

  it("never caches admin or API answers", () => {
    for (const path of ["/admin", "/admin/login", "/api/health", "/api/views"]) {
      expect(cacheControlFor("GET", path)).toBe(NO_STORE);
      expect(cacheControlFor("POST", path)).toBe(NO_STORE);
    }
    expect(cacheControlFor("GET", "/administration")).toBe(READER_CACHE_CONTROL);
  });

  it("leaves other methods on reader paths alone", () => {
    expect(cacheControlFor("POST", "/politik")).toBeNull();
  });
});
