import { describe, expect, it } from "vitest";
import { cookieHeaderHasSession } from "./session-cookie";

describe("session cookie pre-check", () => {
  it("finds better-auth's cookie by its exact name, with or without the __Secure- prefix", () => {
    expect(cookieHeaderHasSession("better-auth.session_token=abc")).toBe(true);
    expect(cookieHeaderHasSession("a=1; __Secure-better-auth.session_token=abc; b=2")).toBe(true);
  });

  it("ignores look-alikes and values that merely contain the name", () => {
    expect(cookieHeaderHasSession(undefined)).toBe(false);
    expect(cookieHeaderHasSession("")).toBe(false);
    expect(cookieHeaderHasSession("xbetter-auth.session_token=abc")).toBe(false);
    expect(cookieHeaderHasSession("theme=better-auth.session_token=abc")).toBe(false);
    expect(cookieHeaderHasSession("better-auth.session_token")).toBe(false);
  });
});
