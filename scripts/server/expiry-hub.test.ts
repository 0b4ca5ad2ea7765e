import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ExpiryHub, type ExpiryPeer } from "./expiry-hub";

/** A renderer that records what it is told to expire and confirms when the test says so. */
function renderer(name: string) {
  const received: string[][] = [];
  const confirmations: (() => void)[] = [];
  const peer: ExpiryPeer & { name: string } = {
    name,
    expireTags: (tags) => {
      received.push(tags);
      return new Promise<void>((resolve) => confirmations.push(resolve));
    },
  };
  return { peer, received, confirmAll: () => confirmations.splice(0).forEach((confirm) => confirm()) };
}

function setUp() {
  const announced: string[][] = [];
  const readers = renderer("readers");
  const newsroom = renderer("newsroom");
  const hub = new ExpiryHub([readers.peer, newsroom.peer], { expireHere: (tags) => announced.push(tags), waitMs: 2_000 });
  return { hub, announced, readers, newsroom };
}

const settled = async (promise: Promise<void> | null) => {
  if (promise === null) return "nothing to wait for";
  let done = false;
  void promise.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done ? "settled" : "waiting";
};

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("the front as the hub of tag expiry between its renderers", () => {
  it("announces an editor's save in the newsroom renderer once, and passes it to the readers' renderer only", () => {
    const { hub, announced, readers, newsroom } = setUp();
    hub.fromRenderer(newsroom.peer, ["article:7", "front"]);
    // Once here: the response cache and one CDN purge (expireHereAndPurge).
    expect(announced).toEqual([["article:7", "front"]]);
    expect(readers.received).toEqual([["article:7", "front"]]);
    // Not back to where it happened: no echo.
    expect(newsroom.received).toEqual([]);
  });

  it("passes the front's own expiry (a scheduled article's time came) to every renderer, announcing it once", () => {
    const { hub, announced, readers, newsroom } = setUp();
    hub.expire(["section:wissen"]);
    expect(announced).toEqual([["section:wissen"]]);
    expect(readers.received).toEqual([["section:wissen"]]);
    expect(newsroom.received).toEqual([["section:wissen"]]);
  });

  it("holds requests to a renderer until it has confirmed every expiry passed to it", async () => {
    const { hub, readers, newsroom } = setUp();
    expect(hub.applied(readers.peer)).toBeNull();
    hub.fromRenderer(newsroom.peer, ["article:1"]);
    hub.fromRenderer(newsroom.peer, ["article:2"]);
    const first = hub.applied(readers.peer);
    expect(await settled(first)).toBe("waiting");
    // The newsroom renderer made the expiry itself: its requests never wait.
    expect(hub.applied(newsroom.peer)).toBeNull();
    readers.confirmAll();
    expect(await settled(first)).toBe("settled");
    expect(hub.applied(readers.peer)).toBeNull();
  });

  it("lets requests go after waitMs, and announces again when the confirmation comes late", async () => {
    const { hub, announced, readers, newsroom } = setUp();
    hub.fromRenderer(newsroom.peer, ["article:3"]);
    const waiting = hub.applied(readers.peer);
    await vi.advanceTimersByTimeAsync(1_999);
    expect(await settled(waiting)).toBe("waiting");
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(waiting)).toBe("settled");
    expect(announced).toEqual([["article:3"]]);
    // Renders went to it meanwhile, perhaps on old entries: what they stored is out of date too.
    readers.confirmAll();
    await vi.advanceTimersByTimeAsync(0);
    expect(announced).toEqual([["article:3"], ["article:3"]]);
  });

  it("does not announce again when the confirmation is in time", async () => {
    const { hub, announced, readers, newsroom } = setUp();
    hub.fromRenderer(newsroom.peer, ["article:4"]);
    readers.confirmAll();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(announced).toEqual([["article:4"]]);
  });

  it("with one renderer, passes the front's own expiries to it and its own nowhere", () => {
    const announced: string[][] = [];
    const only = renderer("renderer");
    const hub = new ExpiryHub([only.peer], { expireHere: (tags) => announced.push(tags), waitMs: 2_000 });
    hub.fromRenderer(only.peer, ["article:5"]);
    expect(only.received).toEqual([]);
    hub.expire(["article:6"]);
    expect(only.received).toEqual([["article:6"]]);
    expect(announced).toEqual([["article:5"], ["article:6"]]);
  });
});
