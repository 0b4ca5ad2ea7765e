import { afterEach, describe, expect, it } from "vitest";
import { forgetProcessSingleton, onTagExpiry } from "../runtime";
import { expireCachedTags, registerCacheExpiry } from "./expire-here.mjs";

const heard = () => {
  const tags: string[][] = [];
  const stop = onTagExpiry((expired) => tags.push(expired));
  return { tags, stop };
};

afterEach(() => forgetProcessSingleton("cache.expireHere"));

describe("expiring tags in this process from outside a request", () => {
  it("goes through the handler, which announces them unless told the front has already", async () => {
    const calls: { tags: string[]; announce: boolean }[] = [];
    registerCacheExpiry(async (tags, { announce }) => void calls.push({ tags, announce }));
    await expireCachedTags(["article:1"]);
    await expireCachedTags(["article:2"], { announce: false });
    expect(calls).toEqual([
      { tags: ["article:1"], announce: true },
      { tags: ["article:2"], announce: false },
    ]);
  });

  it("before the handler is loaded (nothing cached yet) only announces, and only when asked to", async () => {
    const listener = heard();
    try {
      await expireCachedTags(["article:3"]);
      await expireCachedTags(["article:4"], { announce: false });
      expect(listener.tags).toEqual([["article:3"]]);
    } finally {
      listener.stop();
    }
  });
});
