import { describe, expect, it } from "vitest";
import { isJsonContentType, parseBeacon, readLimited } from "./request";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("beacon body", () => {
  it("accepts exactly {articleId: positive integer}", () => {
    expect(parseBeacon(bytes('{"articleId":12}'))).toEqual({ ok: true, articleId: 12 });
    for (const body of ['{"articleId":"12"}', '{"articleId":0}', '{"articleId":1.5}', '{"articleId":1,"x":2}', "[]", "{}"]) {
      expect(parseBeacon(bytes(body)), body).toMatchObject({ ok: false, status: 400 });
    }
    expect(parseBeacon(bytes("{nope"))).toMatchObject({ ok: false, status: 400, reason: expect.stringContaining("JSON") });
  });

  it("recognises JSON content types", () => {
    expect(isJsonContentType("application/json")).toBe(true);
    expect(isJsonContentType("application/json; charset=UTF-8")).toBe(true);
    expect(isJsonContentType("text/plain")).toBe(false);
    expect(isJsonContentType(null)).toBe(false);
  });

  it("stops reading past the limit", async () => {
    const stream = (text: string) => new Response(text).body;
    expect(await readLimited(stream("x".repeat(1024)))).toHaveLength(1024);
    expect(await readLimited(stream("x".repeat(1025)))).toBeNull();
  });
});
