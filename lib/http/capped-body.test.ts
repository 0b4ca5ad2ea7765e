import { describe, expect, it } from "vitest";
import { readCappedBody } from "./capped-body";

/** A stream that hands out the chunks, then ends, or breaks off when `fail` is set. */
function streamOf(chunks: string[], fail = false): { stream: ReadableStream<Uint8Array>; pulled: () => number; cancelled: () => boolean } {
  let index = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (index < chunks.length) controller.enqueue(new TextEncoder().encode(chunks[index++]));
      else if (fail) controller.error(new Error("connection reset"));
      else controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => index, cancelled: () => cancelled };
}

describe("readCappedBody", () => {
  it("joins the chunks of a body within the limit", async () => {
    const { stream } = streamOf(["ab", "cd", "e"]);
    expect(new TextDecoder().decode((await readCappedBody(stream, 5))!)).toBe("abcde");
  });

  it("stops at the chunk that passes the limit and cancels the rest", async () => {
    const source = streamOf(["abc", "def", "ghi", "jkl"]);
    expect(await readCappedBody(source.stream, 5)).toBeNull();
    expect(source.pulled()).toBeLessThan(4);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(source.cancelled()).toBe(true);
  });

  it("reads no body as empty and throws when the stream breaks off", async () => {
    expect(await readCappedBody(null, 5)).toHaveLength(0);
    await expect(readCappedBody(streamOf(["ab"], true).stream, 5)).rejects.toThrow("connection reset");
  });
});
